// What the data desk (src/views/DataDesk.astro) says about each table and column in an edition:
// the Vietnamese edition has its own texts (src/lib/schema/docs-vi.ts, the workbook's titles),
// the English one the schema's. Pure.
import type { Lang } from '../../i18n/lang.ts';
import { specOf } from '../release/tables.ts';
import { columnDocVi, typeLabelVi, valueDocVi } from '../schema/docs-vi.ts';
import type { TableName } from '../schema/tables.ts';
import { TABLE_TITLES } from '../spreadsheet/guide.ts';

export const tableContents = (t: TableName, lang: Lang): string =>
  lang === 'vi' ? TABLE_TITLES[t] : specOf(t).doc;

export const typeLabel = (label: string, lang: Lang): string =>
  lang === 'vi' ? typeLabelVi(label) : label;

/**
 * A column's meaning as runs of text. The English docs quote Vietnamese wording ("tính đến"):
 * those runs (quotes included) are flagged `vi`, to be marked lang="vi" with the text unchanged.
 */
export function columnDoc(
  t: TableName,
  column: string,
  doc: string,
  lang: Lang,
): { text: string; vi: boolean }[] {
  if (lang === 'vi') return [{ text: columnDocVi(t, column), vi: false }];
  return doc
    .split(/("[^"]*")/)
    .filter(Boolean)
    .map((text) => ({ text, vi: /^".+"$/.test(text) && /[\u00C0-\u1EF9]/.test(text) }));
}

/** A column's allowed values, each with what it means where the edition says it (Vietnamese only). */
export const columnValues = (
  t: TableName,
  column: string,
  values: Record<string, unknown>,
  lang: Lang,
): { value: string; doc: string | null }[] =>
  Object.keys(values).map((value) => ({
    value,
    doc: lang === 'vi' ? valueDocVi(t, column, value) : null,
  }));
