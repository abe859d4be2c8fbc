import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { withColumnDocs } from '../../scripts/lib/data-docs.ts';
import { TABLES } from '../../src/lib/schema/tables.ts';

it('data/README.md documents every column of every table, as the schema defines it', () => {
  const readme = readFileSync('data/README.md', 'utf8');
  assert.equal(
    readme,
    withColumnDocs(readme),
    'run `npm run data:docs` to regenerate the column reference',
  );
  for (const spec of Object.values(TABLES)) {
    for (const col of Object.keys(spec.columns))
      assert.ok(readme.includes(`| \`${col}\` |`), `${spec.file}: ${col}`);
  }
});
