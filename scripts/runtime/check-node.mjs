// Fails early, in one line, when the project runs on a Node.js older than package.json's
// `engines.node`. Plain JavaScript with no imports beyond node:, so it runs on any Node,
// including the old one it refuses. npm's pre-hooks call it before start, test, build, dev.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `engines.node` is kept to one lower bound, ">=MAJOR.MINOR.PATCH". */
export function parseMinimum(range) {
  const m = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
  if (!m) throw new Error(`package.json engines.node must be ">=X.Y.Z", found "${range}"`);
  return m.slice(1).map(Number);
}

/** null when `version` ("24.21.0" or "v24.21.0") meets `range`, else the one-line refusal. */
export function checkNode(version, range, execPath = '') {
  const have = version
    .replace(/^v/, '')
    .split('.')
    .map((n) => Number.parseInt(n, 10) || 0);
  const need = parseMinimum(range);
  for (let i = 0; i < 3; i++) {
    if ((have[i] ?? 0) > need[i]) return null;
    if ((have[i] ?? 0) < need[i]) {
      const where = execPath ? ` (${execPath})` : '';
      return `✗ NTM TP.HCM needs Node.js ${range}, but this is v${have.join('.')}${where}: run "npm ci" (it installs Node 24 into node_modules/.bin, which npm scripts use) or install Node 24 LTS, then run the npm script again.`;
    }
  }
  return null;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const refusal = checkNode(process.versions.node, pkg.engines.node, process.execPath);
  if (refusal) {
    console.error(refusal);
    process.exit(1);
  }
}
