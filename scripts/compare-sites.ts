// `npm run compare:sites -- <before-dist> <after-dist>`: what a reader would see differently
// between two builds, for toolchain upgrades. Every file that differs is listed with why:
// - non-HTML files byte by byte, pairing content-hashed names (`Base.BwaO2mSY.css`);
// - each HTML page rendered in Chromium: visible text (innerText), title, meta tags, link and
//   image targets, ids, data-* values, and a screenshot at 1280 px compared pixel by pixel;
// - the same search queries through each site's Pagefind index: result pages and their order.
// Markdown on stdout, progress on stderr. A developer tool, not a test.
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, relative } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import sharp from 'sharp';
import { serve } from '../tests/e2e/static-server.ts';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: npm run compare:sites -- <before-dist> <after-dist>');
  process.exit(2);
}
const log = (s: string) => process.stderr.write(`${s}\n`);
const QUERIES = [
  'cu chi',
  'hoc mon',
  'da phuoc',
  'dong thanh',
  'tan thong hoi',
  'nang cao',
  'kieu mau',
  'binh chanh',
  'thanh an',
  'nha be',
  'ocop',
  'xuan thoi son',
  'phuoc kieng',
  'can gio',
  'thi tran',
  'nông thôn mới',
  'binh my',
  'tan quy tay',
  'vietgap',
  'hop tac xa',
];

function walk(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(root, p) : [relative(root, p)];
  });
}
/** Astro's and Pagefind's content hashes removed, so renamed assets pair up. */
const unhash = (p: string) =>
  p
    .replace(/\.[A-Za-z0-9_-]{8}(?=\.[a-z0-9]+$)/, '.#')
    .replace(/_[A-Za-z0-9_-]{6}(?=\.svg$)/, '_#')
    .replace(/^(pagefind\/(?:fragment|index|filter)\/[a-z_]+)[0-9a-f]+(\.pf_\w+)$/, '$1#$2')
    .replace(/^(pagefind\/[a-z_-]+)[0-9a-f]+(\.pf_meta)$/, '$1#$2');
/** Pagefind's per-page fragments, by page URL: gzip, a signature, then JSON. */
function fragments(root: string, files: string[]): Map<string, string> {
  return new Map(
    files
      .filter((f) => f.startsWith('pagefind/fragment/'))
      .map((f) => {
        const json = gunzipSync(readFileSync(join(root, f)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, '');
        const { url, ...rest } = JSON.parse(json) as { url: string };
        return [url, JSON.stringify(rest)];
      }),
  );
}
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

interface Snapshot {
  text: string;
  title: string;
  meta: string[];
  links: string[];
  ids: string[];
  data: string[];
  shot: Buffer;
}

const PAGE_FACTS = `(() => {
  const attrs = (sel, name) => [...document.querySelectorAll(sel)].map((e) => e.tagName.toLowerCase() + ' ' + name + '=' + e.getAttribute(name));
  return {
    text: document.body.innerText,
    title: document.title,
    meta: [...document.querySelectorAll('meta')].filter((m) => m.getAttribute('http-equiv') !== 'content-security-policy')
      .map((m) => (m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('charset') ?? '') + '=' + (m.getAttribute('content') ?? '')),
    links: [...attrs('[href]', 'href'), ...attrs('[src]', 'src'), ...attrs('[action]', 'action')],
    ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
    data: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes]
      .filter((a) => a.name.startsWith('data-') && !a.name.startsWith('data-astro')).map((a) => a.name + '=' + a.value)),
  };
})()`;

async function snapshot(page: Page, url: string): Promise<Snapshot> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  const s = await page.evaluate<Omit<Snapshot, 'shot'>>(PAGE_FACTS);
  const shot = await page.screenshot({ fullPage: true });
  return { ...s, links: s.links.map(unhash), shot };
}

async function pixelsDiffer(a: Buffer, b: Buffer): Promise<string | null> {
  const [ra, rb] = await Promise.all(
    [a, b].map((x) => sharp(x).raw().toBuffer({ resolveWithObject: true })),
  );
  if (ra!.info.width !== rb!.info.width || ra!.info.height !== rb!.info.height)
    return `screenshot size ${ra!.info.width}×${ra!.info.height} → ${rb!.info.width}×${rb!.info.height}`;
  let n = 0;
  for (let i = 0; i < ra!.data.length; i += ra!.info.channels)
    if (ra!.data.compare(rb!.data, i, i + 3, i, i + 3) !== 0) n++;
  return n ? `${n} of ${ra!.info.width * ra!.info.height} pixels differ` : null;
}

/** The first place two texts part, with a little context, whitespace shown. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const show = (t: string) => JSON.stringify(t.slice(Math.max(0, i - 30), i + 30));
  return `${show(a)} → ${show(b)}`;
}

function listDiff(name: string, a: string[], b: string[]): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  const sa = new Set(a),
    sb = new Set(b);
  const gone = a.filter((x) => !sb.has(x)),
    added = b.filter((x) => !sa.has(x));
  if (!gone.length && !added.length) return `${name}: same values, other order or count`;
  return `${name}: −${gone.slice(0, 3).join(' | ')} +${added.slice(0, 3).join(' | ')}`;
}

async function search(page: Page, base: string): Promise<string[]> {
  await page.goto(`${base}/tim-kiem/`);
  return page.evaluate<string[]>(`(async () => {
    const pf = await import(location.origin + '/pagefind/pagefind.js');
    await pf.init();
    const out = [];
    for (const q of ${JSON.stringify(QUERIES)}) {
      const r = await pf.search(q);
      const top = await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
      out.push(q + ': ' + r.results.length + ' results; ' + top.map((d) => d.url).join(' '));
    }
    return out;
  })()`);
}

const filesA = walk(before),
  filesB = walk(after);
// Fragment names hash their content: compare them by the page they index instead.
const fragA = fragments(before, filesA),
  fragB = fragments(after, filesB);
const fragRows = [...new Set([...fragA.keys(), ...fragB.keys()])]
  .sort()
  .filter((u) => fragA.get(u) !== fragB.get(u))
  .map(
    (u) =>
      `| search fragment of \`${u}\` | ${!fragA.has(u) ? 'only after' : !fragB.has(u) ? 'only before' : `indexed text or meta differs: ${firstDifference(fragA.get(u)!, fragB.get(u)!)}`} | |`,
  );
const byKeyB = new Map(filesB.map((f) => [unhash(f), f]));
const keysA = new Set(filesA.map(unhash));
const rows: string[] = [];
const htmlPages: string[] = [];
let same = 0;
for (const f of filesA) {
  if (f.startsWith('pagefind/fragment/')) continue;
  const g = byKeyB.get(unhash(f));
  if (!g) {
    rows.push(`| \`${f}\` | only before | |`);
    continue;
  }
  if (f.endsWith('.html')) {
    htmlPages.push(f);
    continue;
  }
  const eq = sha(join(before, f)) === sha(join(after, g));
  if (eq && f === g) same++;
  else
    rows.push(
      `| \`${f}\`${f !== g ? ` → \`${g}\`` : ''} | ${eq ? 'renamed, same bytes' : 'content differs'} | |`,
    );
}
rows.push(...fragRows);
for (const g of filesB)
  if (!g.startsWith('pagefind/fragment/') && !keysA.has(unhash(g)))
    rows.push(`| \`${g}\` | only after | |`);

const servers: Server[] = [serve(before, 4471), serve(after, 4472)];
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
// font-display: optional uses the web font only if it arrives within ~100 ms, which makes a
// screenshot depend on timing; 'block' waits for it, on both sides alike.
const [pa, pb] = await Promise.all(
  [0, 1].map(async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await ctx.route(/\/$|\.html$/, async (route) => {
      const res = await route.fetch();
      await route.fulfill({
        response: res,
        body: (await res.text())
          .replaceAll('font-display:optional', 'font-display:block')
          // The edited inline style no longer matches its CSP hash: drop the policy on both sides.
          .replace(/<meta http-equiv="content-security-policy"[^>]*>/, ''),
      });
    });
    return ctx.newPage();
  }),
);
let bytesOnly = 0;
const seen: Record<string, number> = {};
for (const [i, f] of htmlPages.sort().entries()) {
  if (i % 50 === 0) log(`pages ${i}/${htmlPages.length}`);
  const path = `/${f.replace(/index\.html$/, '')}`;
  const identical = sha(join(before, f)) === sha(join(after, f));
  if (identical) {
    same++;
    continue;
  }
  const [a, b] = await Promise.all([
    snapshot(pa!, `http://127.0.0.1:4471${path}`),
    snapshot(pb!, `http://127.0.0.1:4472${path}`),
  ]);
  const diffs = [
    a.text === b.text ? null : `visible text: ${firstDifference(a.text, b.text)}`,
    a.title === b.title ? null : 'title',
    listDiff('meta', a.meta, b.meta),
    listDiff('links', a.links, b.links),
    listDiff('ids', a.ids, b.ids),
    listDiff('data-*', a.data, b.data),
    await pixelsDiffer(a.shot, b.shot),
  ].filter((x): x is string => x !== null);
  for (const d of diffs)
    seen[d.replace(/\d+ of \d+/, 'N of M')] = (seen[d.replace(/\d+ of \d+/, 'N of M')] ?? 0) + 1;
  if (diffs.length) rows.push(`| \`${f}\` | rendered page differs | ${diffs.join('; ')} |`);
  else bytesOnly++;
}
const [sa, sb] = [
  await search(pa!, 'http://127.0.0.1:4471'),
  await search(pb!, 'http://127.0.0.1:4472'),
];
await browser.close();
for (const s of servers) s.close();

console.log(`## ${before} → ${after}\n`);
console.log(
  `- files: ${filesA.length} before, ${filesB.length} after; ${same} byte-identical under the same name.`,
);
console.log(
  `- search fragments (one per indexed page): ${fragA.size} before, ${fragB.size} after, ${fragRows.length} differ in indexed text, meta or filters.`,
);
console.log(
  `- HTML pages whose bytes differ but render the same (text, title, meta, links, ids, data-*, screenshot): ${bytesOnly} of ${htmlPages.length}.`,
);
console.log(
  `- search, ${QUERIES.length} queries (result count and top 5 pages): ${sa.filter((x, i) => x === sb[i]).length} the same.`,
);
for (const [i, x] of sa.entries())
  if (x !== sb[i]) console.log(`  - before: ${x}\n    after:  ${sb[i]}`);
console.log(`\n| file | difference | rendered |\n|---|---|---|`);
for (const r of rows) console.log(r);
