// The project refuses an old Node.js in one line, before any build work, and npm scripts
// run on the Node 24 that `npm ci` installs even where the machine ships an older one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { checkNode, parseMinimum } from '../../scripts/runtime/check-node.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
};
const GUARD = 'scripts/runtime/check-node.mjs';

/** The first `node` on PATH outside this project: the machine's own. */
function machineNode(): string | undefined {
  const own = resolve('node_modules');
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    const p = join(dir, 'node');
    if (dir && !resolve(dir).startsWith(own) && existsSync(p)) return p;
  }
  return undefined;
}

describe('the Node.js runtime', () => {
  it('engines.node is one lower bound at Node 24 or later', () => {
    const [major] = parseMinimum(pkg.engines.node);
    assert.ok(major >= 24, pkg.engines.node);
  });

  it('refuses versions below engines.node with one line naming the version, the binary and the fix', () => {
    for (const v of ['v20.20.2', '22.12.0', 'v24.10.9', '18.0.0']) {
      const msg = checkNode(v, '>=24.11.0', '/usr/bin/node');
      assert.ok(msg, v);
      assert.equal(msg.split('\n').length, 1);
      assert.match(
        msg,
        new RegExp(`this is v${v.replace(/^v/, '').replaceAll('.', '\\.')} \\(/usr/bin/node\\)`),
      );
      assert.match(msg, /needs Node\.js >=24\.11\.0/);
      assert.match(msg, /npm ci/);
    }
  });

  it('accepts versions at or above the bound', () => {
    for (const v of ['24.11.0', 'v24.21.0', '25.0.0', 'v26.10.0'])
      assert.equal(checkNode(v, '>=24.11.0'), null, v);
  });

  it('rejects an engines range it cannot read instead of guessing', () => {
    assert.throws(() => parseMinimum('^24'), /must be ">=X\.Y\.Z"/);
  });

  it('npm scripts and the tests run on the Node that engines.node asks for', () => {
    assert.equal(checkNode(process.versions.node, pkg.engines.node), null, process.version);
    const r = spawnSync('npm', ['exec', '--', 'node', '--version'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(checkNode(r.stdout.trim(), pkg.engines.node), null, r.stdout);
  });

  it("the guard, run by the machine's own Node, passes or fails exactly as its version says", () => {
    const node = machineNode();
    assert.ok(node, 'no node on PATH outside node_modules');
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
    const r = spawnSync(node, [GUARD], { encoding: 'utf8' });
    const expected = checkNode(version, pkg.engines.node, node);
    if (expected === null) {
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, '');
    } else {
      // The machine ships an older Node (this one does: Node 20), so this is the refusal users see.
      assert.equal(r.status, 1);
      assert.equal(r.stderr, `${expected}\n`);
      assert.equal(r.stdout, '');
    }
  });

  it('runs before start, test, build, dev and bench, and nothing calls around the astro bin', () => {
    for (const s of ['start', 'test', 'build', 'dev', 'bench'])
      assert.equal(pkg.scripts[`pre${s}`], `node ${GUARD}`, `pre${s}`);
    for (const [name, cmd] of Object.entries(pkg.scripts))
      assert.doesNotMatch(cmd, /astro\/dist\/cli|scripts\/astro\.mjs/, name);
    assert.equal(existsSync('scripts/astro.mjs'), false);
  });
});
