// `npm run data:synthetic -- <out-dir> [--communes N] [--districts M] [--seed S]`
// Writes a synthetic dataset (for tests and benchmarks only) in the layout of data/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeSynthetic } from './lib/synthetic.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 1) {
    console.error(`--${name} needs a positive whole number`);
    process.exit(2);
  }
  return v;
}

const out = process.argv
  .slice(2)
  .find((a, i, all) => !a.startsWith('--') && !(all[i - 1] ?? '').startsWith('--'));
if (!out) {
  console.error(
    'usage: npm run data:synthetic -- <out-dir> [--communes 1000] [--districts 20] [--seed 42]',
  );
  process.exit(2);
}
const communes = arg('communes', 63);
const districts = arg('districts', Math.max(1, Math.round(communes / 12)));
let files: Record<string, string>;
try {
  files = makeSynthetic({ communes, districts, seed: arg('seed', 42) });
} catch (e) {
  console.error(`✗ ${(e as Error).message}`);
  process.exit(2);
}
mkdirSync(out, { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
console.log(
  `✓ synthetic dataset: ${communes} communes in ${districts} districts → ${out} (for tests and benchmarks only)`,
);
