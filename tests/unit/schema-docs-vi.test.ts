// The Vietnamese column and value texts (src/lib/schema/docs-vi.ts) cover the schema exactly:
// every column and enum value of tables.ts has one, none is left over, and each is Vietnamese.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  COLUMN_DOCS_VI,
  VALUE_DOCS_VI,
  columnDocVi,
  valueDocVi,
} from '../../src/lib/schema/docs-vi.ts';
import { TABLES, type TableName } from '../../src/lib/schema/tables.ts';

const TABLE_NAMES = Object.keys(TABLES) as TableName[];
const columnsOf = (t: TableName) =>
  Object.entries(
    TABLES[t].columns as Record<string, { values?: Readonly<Record<string, string>> }>,
  );
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** Every Vietnamese text, labelled by where it belongs. */
function allTexts(): [string, string][] {
  const out: [string, string][] = [];
  for (const t of TABLE_NAMES) {
    for (const [col, doc] of Object.entries(COLUMN_DOCS_VI[t])) out.push([`${t}.${col}`, doc]);
    for (const [col, values] of Object.entries(VALUE_DOCS_VI[t])) {
      for (const [v, doc] of Object.entries(values)) out.push([`${t}.${col}=${v}`, doc]);
    }
  }
  return out;
}

describe('Vietnamese schema docs', () => {
  it('has a text for every table of the schema, and no other table', () => {
    assert.deepEqual(Object.keys(COLUMN_DOCS_VI).sort(), [...TABLE_NAMES].sort());
    assert.deepEqual(Object.keys(VALUE_DOCS_VI).sort(), [...TABLE_NAMES].sort());
  });

  it('has a non-empty Vietnamese doc for every column', () => {
    for (const t of TABLE_NAMES) {
      for (const [col] of columnsOf(t)) {
        assert.ok(Object.hasOwn(COLUMN_DOCS_VI[t], col), `no Vietnamese doc for ${t}.${col}`);
        assert.ok(columnDocVi(t, col).trim().length > 0, `empty Vietnamese doc for ${t}.${col}`);
      }
    }
  });

  it('lists the columns in the schema order, with no column the schema does not have', () => {
    for (const t of TABLE_NAMES) {
      assert.deepEqual(
        Object.keys(COLUMN_DOCS_VI[t]),
        columnsOf(t).map(([col]) => col),
        `columns of ${t}`,
      );
    }
  });

  it('gives every allowed value of every enum column a non-empty Vietnamese meaning', () => {
    for (const t of TABLE_NAMES) {
      for (const [col, spec] of columnsOf(t)) {
        for (const v of Object.keys(spec.values ?? {})) {
          assert.ok(
            Object.hasOwn(VALUE_DOCS_VI[t][col] ?? {}, v),
            `no Vietnamese meaning for ${t}.${col}=${v}`,
          );
          assert.ok(
            valueDocVi(t, col, v).trim().length > 0,
            `empty Vietnamese meaning for ${t}.${col}=${v}`,
          );
        }
      }
    }
  });

  it('has no stale value text: only enum columns, only their allowed values', () => {
    for (const t of TABLE_NAMES) {
      const enums = new Map(
        columnsOf(t)
          .filter(([, spec]) => spec.values)
          .map(([col, spec]) => [col, spec.values!]),
      );
      assert.deepEqual(
        Object.keys(VALUE_DOCS_VI[t]).sort(),
        [...enums.keys()].sort(),
        `enum columns of ${t}`,
      );
      for (const [col, values] of Object.entries(VALUE_DOCS_VI[t])) {
        assert.deepEqual(
          Object.keys(values).sort(),
          Object.keys(enums.get(col) ?? {}).sort(),
          `values of ${t}.${col}`,
        );
      }
    }
  });

  it('writes every text in Unicode NFC', () => {
    for (const [where, s] of allTexts()) assert.ok(s === s.normalize('NFC'), `${where} is not NFC`);
  });

  it('writes every text in Vietnamese (at least one letter with a diacritic)', () => {
    for (const [where, s] of allTexts())
      assert.match(s, VIETNAMESE_LETTER, `${where} looks untranslated: "${s}"`);
  });

  it('throws, naming what is missing, for an unknown column or value', () => {
    assert.throws(() => columnDocVi('units', 'no_such_column'), /no_such_column.*units/);
    assert.throws(() => valueDocVi('units', 'kind', 'no-such-kind'), /no-such-kind.*units\.kind/);
    assert.throws(() => valueDocVi('units', 'name', 'x'), /name.*units/);
    assert.throws(() => columnDocVi('units', 'toString'), /toString/);
  });
});
