// The glossary (src/i18n/glossary.ts): one anchor per term, decisions that exist in data/, and
// the English names the English pages print for the standards.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { GLOSSARY, plain, quotes, segments } from '../../src/i18n/glossary.ts';
import { LABELS } from '../../src/lib/labels.ts';
import { STANDARDS } from '../../src/lib/schema/tables.ts';

const ids = (file: string) =>
  new Set(parseCsv(file, readFileSync(`data/${file}`, 'utf8')).table.rows.map((r) => r[0]!.raw));
const known = new Set([...ids('criteria_sets.csv'), ...ids('sources.csv')]);

describe('glossary', () => {
  it('gives each term its own anchor', () => {
    const all = GLOSSARY.map((t) => t.id);
    assert.deepEqual(all, [...new Set(all)]);
    for (const id of all) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('cites only decisions and sources that are in data/, and says so where a term has none', () => {
    for (const t of GLOSSARY) {
      for (const id of [...t.decisions, ...(t.related ?? [])])
        assert.ok(known.has(id), `${t.id}: ${id}`);
      if (t.decisions.length === 0)
        assert.ok(t.missing, `${t.id} names no defining decision and does not say why`);
    }
  });

  it('explains every standard, under the English name the English pages use', () => {
    for (const s of Object.keys(STANDARDS) as (keyof typeof STANDARDS)[]) {
      const t = GLOSSARY.find((x) => x.standard === s);
      assert.ok(t, `no term for ${s}`);
      assert.equal(t.en, LABELS.en.standardShort[s]);
    }
  });

  it('marks Vietnamese phrases in English explanations with balanced brackets', () => {
    for (const t of GLOSSARY) {
      for (const text of [t.explanation.en, t.explanation.vi]) {
        assert.ok(text.length > 0, t.id);
        assert.ok(!/\[\[|\]\]/.test(plain(text)), `${t.id}: unbalanced [[ ]]`);
        assert.equal(
          segments(text)
            .map((x) => x.text)
            .join(''),
          plain(text),
        );
      }
    }
  });

  it('finds the Vietnamese quotes in an English text, and only those', () => {
    assert.deepEqual(quotes('Each name with "kiểu mẫu" (model); "3165/KH-UBND"; "model".'), [
      { text: 'Each name with ', vi: false },
      { text: '"kiểu mẫu"', vi: true },
      { text: ' (model); ', vi: false },
      { text: '"3165/KH-UBND"', vi: false },
      { text: '; ', vi: false },
      { text: '"model"', vi: false },
      { text: '.', vi: false },
    ]);
  });
});
