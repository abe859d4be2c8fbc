// `npm run bench:search -- [dist] [port]`: search as readers meet it, in Chromium on loopback.
// For each query of a fixed list (unit names typed without marks, a decision number, a story
// phrase): the time to the first result on a cold page (a new tab opening /tim-kiem/?q=…), the
// time for a refined query typed into the box (results complete), and the bytes fetched for the
// first query: the files' bytes, and what a server sends with the build's .br copies (Pagefind's
// index and fragments are gzip inside already). Median of
// 3 runs each. Also the index size and what loads before the box is focused.
// Not a test: it prints figures for the README.
import { chromium, type Browser } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../tests/e2e/static-server.ts';

const dist = process.argv[2] ?? 'dist';
const port = Number(process.argv[3] ?? 4395);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
/** [first query, refined query, what it is] */
const QUERIES: [string, string, string][] = [
  ['da phuoc', 'da phuoc binh chanh', 'unit name, no marks, đ'],
  ['tan thong', 'tan thong hoi', 'unit name, no marks, unfinished'],
  ['cu chi', 'cu chi nong thon moi', 'district name, no marks'],
  ['511/QD-TTg', '511/QD-TTg can gio', 'decision number, D for Đ'],
  ['vuon lan', 'vuon lan dendrobium', 'story phrase'],
];

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const s = dirSize(p);
      bytes += s.bytes;
      files += s.files;
    } else {
      bytes += statSync(p).size;
      files++;
    }
  }
  return { bytes, files };
}

/** The file's bytes, and what a server with the shipped precompression sends: its .br copy where the build has one. */
function sizes(path: string): [number, number] {
  const file = join(dist, decodeURIComponent(path));
  const size = (f: string) => {
    try {
      return statSync(f).size;
    } catch {
      return null;
    }
  };
  const raw = size(file) ?? 0;
  return [raw, size(`${file}.br`) ?? raw];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const final = (q: string) => `«${q}»`;

async function measure(browser: Browser, first: string, refined: string) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  let bytes = 0;
  let served = 0;
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (!path.startsWith('/pagefind/') && !path.startsWith('/tim-kiem/don-vi')) return;
    const [raw, wire] = sizes(path);
    bytes += raw;
    served += wire;
  });
  const t0 = Date.now();
  await page.goto(`http://localhost:${port}/tim-kiem/?q=${encodeURIComponent(first)}`, {
    waitUntil: 'commit',
  });
  await page.waitForSelector('#search-results li', { timeout: 30_000 });
  const firstResult = Date.now() - t0;
  await page.waitForFunction(
    (want) => (document.querySelector('#search-status')?.textContent ?? '').includes(want),
    final(first),
    { timeout: 30_000 },
  );
  const complete = Date.now() - t0;
  const firstBytes = bytes;
  const firstServed = served;
  // Refined: the reader keeps typing; time from the keystroke to complete results.
  const t1 = Date.now();
  await page.fill('#search-q', refined);
  await page.waitForFunction(
    (want) => (document.querySelector('#search-status')?.textContent ?? '').includes(want),
    final(refined),
    { timeout: 30_000 },
  );
  const refinedMs = Date.now() - t1;
  await ctx.close();
  return { firstResult, complete, firstBytes, firstServed, refinedMs };
}

const server = serve(dist, port);
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
// What loads before the box is focused.
const idle = await browser.newPage();
let beforeFocus = 0;
idle.on('response', async (r) => {
  if (new URL(r.url()).pathname.startsWith('/pagefind/'))
    beforeFocus += (await r.body().catch(() => Buffer.alloc(0))).length;
});
await idle.goto(`http://localhost:${port}/tim-kiem/`);
await idle.waitForLoadState('networkidle');
await idle.close();

const rows: string[] = [];
for (const [first, refined, what] of QUERIES) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, first, refined));
  process.stderr.write(
    `${first}: ${runs.map((r) => `${r.firstResult}/${r.complete}/${r.refinedMs} ms`).join(', ')}\n`,
  );
  rows.push(
    `| \`${first}\` → \`${refined}\` | ${what} | ${median(runs.map((r) => r.firstResult))} ms | ${median(runs.map((r) => r.complete))} ms | ${median(runs.map((r) => r.refinedMs))} ms | ${(median(runs.map((r) => r.firstBytes)) / 1024).toFixed(1)} KB | ${(median(runs.map((r) => r.firstServed)) / 1024).toFixed(1)} KB |`,
  );
}
await browser.close();
server.close();

const idx = dirSize(join(dist, 'pagefind'));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `Site \`${dist}\`: ${dirSize(dist).files.toLocaleString('en')} files; search index ${kb(idx.bytes)} in ${idx.files} files; fetched before the box is focused: ${kb(beforeFocus)}. Median of ${RUNS} cold tabs per query.`,
);
console.log('');
console.log(
  '| first → refined query | kind | first result (cold page) | first query complete | refined query complete | bytes for the first query (files) | on the wire (brotli where shipped) |',
);
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(r);
