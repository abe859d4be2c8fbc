// `npm run data:docs`: regenerates the column reference in data/README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { withColumnDocs } from './lib/data-docs.ts';

const path = 'data/README.md';
writeFileSync(path, withColumnDocs(readFileSync(path, 'utf8')));
console.log(`✓ ${path} column reference updated`);
