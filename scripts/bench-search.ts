// `npm run bench:search -- [dist] [port]`: search index size, bytes fetched before focus,
// for the first query and for later ones, and query latency in Chromium (median of 24).
// Not a test: it prints figures for the README.
import { chromium } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../tests/e2e/static-server.ts';

const dist = process.argv[2] ?? 'dist';
const port = Number(process.argv[3] ?? 4395);
const QUERIES = ['cu chi', 'hoc mon', 'da phuoc', 'dong thanh', 'tan thong hoi', 'nang cao', 'kieu mau', 'binh chanh', 'thanh an', 'nha be',
  'can gio', '511/QĐ-TTg', 'xa dao', 'phuoc kien', 'tan nhut', 'ly nhon', 'vinh loc', 'hiep phuoc', 'thai my', 'trung chanh', 'dat chuan', 'nguon', 'ocop', 'thu nhap'];

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

const server = serve(dist, port);
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
let fetched = 0;
page.on('response', async (r) => {
  if (new URL(r.url()).pathname.startsWith('/pagefind/')) fetched += (await r.body().catch(() => Buffer.alloc(0))).length;
});
await page.goto(`http://localhost:${port}/tim-kiem/`);
await page.waitForLoadState('networkidle');
const beforeFocus = fetched;

async function query(q: string): Promise<number> {
  const t0 = performance.now();
  await page.fill('#search-q', q);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction((want) => (document.querySelector('#search-status')?.textContent ?? '').includes(`«${want}»`), q);
  return performance.now() - t0;
}

const first = await query(QUERIES[0]!);
const afterFirst = fetched;
const times: number[] = [];
for (const q of QUERIES.slice(1)) times.push(await query(q));
const afterAll = fetched;
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
await browser.close();
server.close();

const idx = dirSize(join(dist, 'pagefind'));
const pages = dirSize(dist).files;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`| site | files in the site | index folder (files) | fetched before focus | first query: fetched, time | later ${times.length} queries: fetched, median time |`);
console.log('|---|---:|---:|---:|---:|---:|');
console.log(`| \`${dist}\` | ${pages.toLocaleString('en')} | ${kb(idx.bytes)} (${idx.files}) | ${kb(beforeFocus)} | ${kb(afterFirst - beforeFocus)}, ${Math.round(first)} ms | ${kb(afterAll - afterFirst)}, ${Math.round(median)} ms |`);
