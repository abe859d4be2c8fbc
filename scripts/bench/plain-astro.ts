// A bare Astro project that writes the same pages as one of our builds: the installed astro
// package, no integrations, one static route `[...slug].astro` whose getStaticPaths returns one
// path per HTML file of our build, each page a string of that file's byte size. Building it
// gives what Astro itself costs for that many pages and bytes, to compare our Astro phase with.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { HtmlFile } from '../lib/bench-measure.ts';

const DOCTYPE = '<!DOCTYPE html>';

/** build.concurrency of our astro.config.mjs (1, Astro's default, when it sets none). */
export function ourConcurrency(config = 'astro.config.mjs'): number {
  return Number(/\bconcurrency:\s*(\d+)/.exec(readFileSync(config, 'utf8'))?.[1] ?? 1);
}

/** `xa/a/index.html` → `xa/a`; `index.html` → undefined (the root); `404.html` → `404`. */
function slugOf(rel: string): string | undefined {
  const path = rel
    .split(sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '')
    .replace(/\.html$/, '');
  return path === '' ? undefined : path;
}

/**
 * Writes the project into `dir` for our built HTML files. The same build.concurrency as ours,
 * so the ratio measures our pages and integrations rather than that setting.
 */
export function writePlainAstro(
  dir: string,
  files: HtmlFile[],
  concurrency = ourConcurrency(),
): void {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(
    join(dir, 'pages.json'),
    JSON.stringify(files.map((f) => [slugOf(f.rel) ?? null, f.size])),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ build: { concurrency: ${concurrency} } });\n`,
  );
  // Astro puts "<!DOCTYPE html>" (15 bytes) before the page's string, so each file gets
  // exactly the byte size of ours.
  writeFileSync(
    join(dir, 'src', 'pages', '[...slug].astro'),
    `---
import pages from '../../pages.json';
export function getStaticPaths() {
  return (pages as [string | null, number][]).map(([slug, bytes]) => ({ params: { slug: slug ?? undefined }, props: { bytes } }));
}
const { bytes } = Astro.props;
---
<Fragment set:html={'x'.repeat(Math.max(0, bytes - ${DOCTYPE.length}))} />
`,
  );
}
