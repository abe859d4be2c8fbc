// `npm run bench:budgets`: bytes a first visit transfers per page type (gzip), from dist/.
// HTML, CSS, JS and fonts are counted separately; fonts are the woff2 files the CSS
// declares (Vietnamese pages need both the Latin and the Vietnamese subset).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.argv[2] ?? 'dist';
const PAGES: [string, string, number | null][] = [
  ['overview', '/', 100],
  ['district', '/huyen/cu-chi/', null],
  ['commune', '/xa/tan-thong-hoi/', 40],
  ['targets', '/muc-tieu/', null],
  ['history', '/lich-su/', null],
  ['sources', '/nguon/', null],
];

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const file = (url: string) => join(DIST, url.endsWith('/') ? `${url}index.html` : url);

function measure(url: string) {
  const html = readFileSync(file(url), 'utf8');
  let css = 0;
  let js = 0;
  let fonts = 0;
  const cssTexts: string[] = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
    const t = readFileSync(file(m[1]!), 'utf8');
    css += gz(t);
    cssTexts.push(t);
  }
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) js += gz(readFileSync(file(m[1]!)));
  for (const m of html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)) js += m[1]!.length ? gz(m[1]!) : 0;
  const seen = new Set<string>();
  for (const t of cssTexts) {
    for (const m of t.matchAll(/url\(([^)]+\.woff2)\)/g)) {
      const u = m[1]!.replace(/["']/g, '');
      if (seen.has(u) || !existsSync(file(u))) continue;
      seen.add(u);
      fonts += readFileSync(file(u)).length; // already compressed
    }
  }
  return { html: gz(html), css, js, fonts };
}

const kb = (n: number) => (n / 1024).toFixed(1);
console.log(`Page weight, first visit, gzip (${DIST}/)`);
console.log('');
console.log('| page type | path | HTML | CSS | JS | fonts | total | target |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
let over = 0;
for (const [name, url, target] of PAGES) {
  const m = measure(url);
  const total = m.html + m.css + m.js + m.fonts;
  const ok = target === null || total / 1024 <= target;
  if (!ok) over++;
  console.log(`| ${name} | \`${url}\` | ${kb(m.html)} KB | ${kb(m.css)} KB | ${kb(m.js)} KB | ${kb(m.fonts)} KB | ${kb(total)} KB | ${target === null ? '—' : `≤ ${target} KB ${ok ? '✓' : '✗'}`} |`);
}
console.log('');
console.log('CSS is inlined by Astro where small, so it is counted inside HTML when it has no separate file.');
process.exitCode = 0;
if (over) console.log(`${over} page type(s) over target.`);
