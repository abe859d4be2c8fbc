// Helpers shared by the unit tests: temporary dataset folders built from fixtures.
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const MINIMAL = join(FIXTURES, 'minimal');

export function tempDir(prefix = 'ntm-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of the minimal dataset with the files of a bad-input case laid over it. */
export function datasetWithCase(name: string): string {
  const dir = tempDir(`ntm-${name}-`);
  cpSync(MINIMAL, dir, { recursive: true });
  const over = join(FIXTURES, 'bad', name);
  for (const f of readdirSync(over)) cpSync(join(over, f), join(dir, f));
  return dir;
}

/** Every file in a folder → its bytes, for comparing whole outputs. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).sort()) out[f] = readFileSync(join(dir, f), 'utf8');
  return out;
}
