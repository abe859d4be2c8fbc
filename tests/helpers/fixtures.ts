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
/** Every file under dir (relative path → content), subfolders included. */
export function snapshot(dir: string, sub = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(join(dir, sub), { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, snapshot(dir, rel));
    else out[rel] = readFileSync(join(dir, rel), 'utf8');
  }
  return out;
}

/**
 * An output folder for a site build inside the project: Astro 6.0 looks for processed
 * images under the project's .astro/ when outDir lies outside the project, and fails.
 */
export function siteOutDir(name: string): string {
  const dir = join(
    import.meta.dirname,
    '..',
    'output',
    `${name}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
  );
  return join(dir, 'dist');
}
