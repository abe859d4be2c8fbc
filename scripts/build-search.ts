// Last build step: index dist/ with Pagefind (Node API) into dist/pagefind/.
// Pages mark their searchable body, filters (loai, huyen) and metadata themselves.
import { performance } from 'node:perf_hooks';
import * as pagefind from 'pagefind';

const dist = process.argv[2] ?? 'dist';
const t0 = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dist });
if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`✓ search index: ${added.page_count} pages → ${dist}/pagefind in ${Math.round(performance.now() - t0)} ms`);
