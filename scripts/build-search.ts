// Last build step: index dist/ with Pagefind (Node API) into dist/pagefind/.
// Pages mark their searchable body, filters (loai, huyen) and metadata themselves.
// Pagefind writes one index per page language (<html lang>): the Vietnamese pages' index (no
// stemmer for Vietnamese; words as written, marks folded) and the English pages' index (English
// stemming). pagefind.js picks the index of the page it runs on, so /tim-kiem/ searches the
// Vietnamese edition and /en/search/ the English one.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as pagefind from 'pagefind';

/** The editions' languages, and the stemmer Pagefind must use for each (null: none). */
const LANGUAGES: Record<string, string | null> = { vi: null, en: 'en' };

const dist = process.argv[2] ?? 'dist';
const t0 = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dist });
if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();

// A page with another lang would get an index no search page ever loads: fail instead.
const entry = JSON.parse(readFileSync(`${dist}/pagefind/pagefind-entry.json`, 'utf8')) as {
  languages: Record<string, { wasm: string | null; page_count: number }>;
};
for (const [lang, l] of Object.entries(entry.languages)) {
  if (!(lang in LANGUAGES))
    throw new Error(
      `pagefind: ${l.page_count} page(s) with lang="${lang}" got an index of their own that no search page loads — use lang="vi" or lang="en"`,
    );
  if (l.wasm !== LANGUAGES[lang])
    throw new Error(
      `pagefind: the ${lang} index uses stemmer ${l.wasm ?? 'none'}, expected ${LANGUAGES[lang] ?? 'none'}`,
    );
}
const counts = Object.entries(entry.languages)
  .map(([lang, l]) => `${lang} ${l.page_count}`)
  .join(', ');
console.log(
  `✓ search index: ${added.page_count} pages (${counts} searchable) → ${dist}/pagefind in ${Math.round(performance.now() - t0)} ms`,
);
