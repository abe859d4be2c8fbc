// `tsx scripts/deploy/precompress.ts [dist]` (last step of `npm run build`): writes .br
// (brotli 11) and .gz (gzip 9) next to every text file the servers may send compressed, so
// nginx (brotli_static, gzip_static) and Caddy (precompressed) never compress on the fly.
// Deterministic: the same file gives the same bytes (gzip carries no name or time). A copy
// that would not be smaller is not written. Pagefind's .pf_* and .pagefind files are gzip
// already and are left alone.
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PRECOMPRESS_EXTENSIONS, PRECOMPRESS_MIN_BYTES } from '../../deploy/policy.ts';
import { filesUnder } from '../lib/files.ts';

const dist = process.argv[2] ?? 'dist';
const t0 = performance.now();
const exts = new Set<string>(PRECOMPRESS_EXTENSIONS);

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
let count = 0;
let raw = 0;
let gz = 0;
let br = 0;
async function compress(file: string): Promise<void> {
  const bytes = readFileSync(file);
  const params = {
    [constants.BROTLI_PARAM_QUALITY]: 11,
    [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
  };
  const [g, b] = await Promise.all([gzipped(bytes, { level: 9 }), brotli(bytes, { params })]);
  count++;
  raw += bytes.length;
  for (const [suffix, out] of [
    ['.gz', g],
    ['.br', b],
  ] as const) {
    const kept = out.length < bytes.length;
    if (kept) writeFileSync(file + suffix, out);
    else rmSync(file + suffix, { force: true });
    if (suffix === '.gz') gz += kept ? out.length : bytes.length;
    else br += kept ? out.length : bytes.length;
  }
}
const todo = filesUnder(dist).filter(
  (f) =>
    !f.endsWith('.br') &&
    !f.endsWith('.gz') &&
    exts.has(extname(f)) &&
    statSync(f).size >= PRECOMPRESS_MIN_BYTES,
);
// zlib's async calls run on libuv's thread pool: a few at a time use every core.
let next = 0;
await Promise.all(
  Array.from({ length: 4 }, async () => {
    while (next < todo.length) await compress(todo[next++]!);
  }),
);
const mb = (n: number) => `${(n / 1048576).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
console.log(
  `✓ precompressed ${count} files in ${dist}/ (${Math.round(performance.now() - t0)} ms): ${mb(raw)} → gzip ${mb(gz)}, brotli ${mb(br)}`,
);
