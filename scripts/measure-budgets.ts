// `npm run bench:budgets`: bytes a first visit transfers per page type (gzip), from dist/,
// against the limits in tests/budgets.json.
// HTML, CSS, JS, fonts and images are counted separately; fonts are the woff2 files the CSS
// declares (Vietnamese pages need both the Latin and the Vietnamese subset); images are the
// <img> files (SVG gzipped, raster formats as stored).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.argv[2] ?? 'dist';
/** Limits live in one file, shared with the budget test. */
export interface Budget {
  path: string;
  total: number;
  js: number;
  images: number;
}
export const BUDGETS = Object.fromEntries(
  Object.entries(
    JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'tests', 'budgets.json'), 'utf8'),
    ) as Record<string, Budget | string>,
  ).filter((e): e is [string, Budget] => typeof e[1] === 'object'),
);
const PAGES: [string, string, number | null][] = [
  ...Object.entries(BUDGETS).map(([name, b]): [string, string, number | null] => [
    name,
    b.path,
    b.total,
  ]),
  ['targets', '/muc-tieu/', null],
  ['history', '/lich-su/', null],
  ['sources', '/nguon/', null],
];

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

export function measure(url: string, dist = DIST) {
  const file = (u: string) => join(dist, u.endsWith('/') ? `${u}index.html` : u);
  const html = readFileSync(file(url), 'utf8');
  let css = 0;
  let js = 0;
  let fonts = 0;
  const cssTexts: string[] = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(
    (m) => m[1]!,
  );
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
    const t = readFileSync(file(m[1]!), 'utf8');
    css += gz(t);
    cssTexts.push(t);
  }
  // A module and what it imports statically: the browser fetches those too before it runs.
  const scripts = new Set<string>();
  const addScript = (u: string) => {
    if (scripts.has(u)) return;
    scripts.add(u);
    const text = readFileSync(file(u), 'utf8');
    js += gz(text);
    for (const m of text.matchAll(
      /(?:^|[;}\s])import\s*(?:[^'"`()]*?\sfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g,
    ))
      addScript(new URL(m[1]!, `http://x${u}`).pathname);
  };
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) addScript(m[1]!);
  for (const m of html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g))
    js += m[1]!.length ? gz(m[1]!) : 0;
  const seen = new Set<string>();
  for (const t of cssTexts) {
    for (const m of t.matchAll(/url\(([^)]+\.woff2)\)/g)) {
      const u = m[1]!.replace(/["']/g, '');
      if (seen.has(u) || !existsSync(file(u))) continue;
      seen.add(u);
      fonts += readFileSync(file(u)).length; // already compressed
    }
  }
  let images = 0;
  for (const m of html.matchAll(/<img[^>]+src="(\/[^"]+)"/g)) {
    if (seen.has(m[1]!)) continue;
    seen.add(m[1]!);
    const bytes = readFileSync(file(m[1]!));
    images += m[1]!.endsWith('.svg') ? gz(bytes) : bytes.length;
  }
  return { html: gz(html), css, js, fonts, images };
}

const kb = (n: number) => (n / 1024).toFixed(1);
if (process.argv[1]?.endsWith('measure-budgets.ts')) {
  console.log(`Page weight, first visit, gzip (${DIST}/)`);
  console.log('');
  console.log('| page type | path | HTML | CSS | JS | fonts | images | total | target |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  let over = 0;
  for (const [name, url, target] of PAGES) {
    const m = measure(url);
    const total = m.html + m.css + m.js + m.fonts + m.images;
    const ok = target === null || total / 1024 <= target;
    if (!ok) over++;
    console.log(
      `| ${name} | \`${url}\` | ${kb(m.html)} KB | ${kb(m.css)} KB | ${kb(m.js)} KB | ${kb(m.fonts)} KB | ${kb(m.images)} KB | ${kb(total)} KB | ${target === null ? '—' : `≤ ${target} KB ${ok ? '✓' : '✗'}`} |`,
    );
  }
  console.log('');
  console.log(
    'CSS is inlined by Astro where small, so it is counted inside HTML when it has no separate file.',
  );
  process.exitCode = 0;
  if (over) console.log(`${over} page type(s) over target.`);
}
