// Fact-card permalinks (/so-lieu/<figure-id>/) are cited by others: ids never change.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Papa from 'papaparse';

const listed = readFileSync('tests/published-figure-ids.txt', 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const current = Papa.parse<Record<string, string>>(readFileSync('data/figures.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data.map((r) => r['id']!);

test('every published figure id still exists in data/figures.csv', () => {
  const missing = listed.filter((id) => !current.includes(id));
  assert.deepEqual(
    missing,
    [],
    `published ids were removed or renamed: ${missing.join(', ')} — restore them; a correction changes the row, never its id`,
  );
});

test('every figure id in the data is in the published list (new ids are added on release)', () => {
  const unlisted = current.filter((id) => !listed.includes(id));
  assert.deepEqual(
    unlisted,
    [],
    `add these ids to tests/published-figure-ids.txt: ${unlisted.join(', ')}`,
  );
});

test('the published list has no duplicates', () => {
  assert.equal(new Set(listed).size, listed.length);
});
