// The tables of data/ → one .xlsx workbook: a guide sheet, then one sheet per table with
// documented headers, drop-down lists for enums, typed numbers and dates, a frozen header.
// Pure: CSV texts in, bytes out.
import * as XLSX from '@e965/xlsx';
import type { CellObject, WorkSheet } from '@e965/xlsx';
import type { Column } from '../schema/columns.ts';
import { TABLES, type TableName } from '../schema/tables.ts';
import { parseCsv } from '../data/csv.ts';
import { exportCell } from './cells.ts';
import {
  DICTIONARY_SHEET,
  GUIDE_SHEET,
  INTRO_SHEET,
  dictionaryRows,
  guideRows,
  headerNote,
  introRows,
} from './guide.ts';
import {
  MAX_LIST_CHARS,
  addListValidations,
  freezeHeaderRow,
  patchSheets,
  type ListValidation,
} from './ooxml.ts';

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export interface ExportResult {
  bytes: Uint8Array;
  /** Things worth telling whoever exports (e.g. a list too long for a drop-down). */
  notes: string[];
}

const LIST_ERROR = {
  title: 'Giá trị không có trong danh sách',
  text: 'Chọn một giá trị trong danh sách thả xuống (xem ghi chú ở ô tiêu đề của cột).',
};
const LAST_ROW = 1_048_576;

/**
 * Who the workbook is for: staff who edit and import it (`npm run data:export`, the guide
 * first), or readers who download it from /so-lieu/ (an introduction first, a dictionary last).
 */
export type Audience = { for: 'staff' } | { for: 'readers'; licence: string; siteUrl: string };

/** `csv` maps each table to the text of its CSV file (null when the file is missing). */
export function buildWorkbook(
  csv: Record<TableName, string | null>,
  audience: Audience = { for: 'staff' },
): ExportResult {
  const notes: string[] = [];
  const wb = XLSX.utils.book_new();
  const ds = csv.dataset === null ? null : parseCsv(TABLES.dataset.file, csv.dataset).table;
  const releaseAt = ds?.header.findIndex((h) => h.raw === 'release') ?? -1;
  const release = releaseAt >= 0 ? (ds?.rows[0]?.[releaseAt]?.raw ?? null) : null;
  const guide = XLSX.utils.aoa_to_sheet(
    audience.for === 'staff'
      ? guideRows(release)
      : introRows(release, audience.licence, audience.siteUrl),
  );
  guide['!cols'] = [{ wch: 16 }, { wch: 100 }, { wch: 20 }];
  XLSX.utils.book_append_sheet(wb, guide, audience.for === 'staff' ? GUIDE_SHEET : INTRO_SHEET);
  const validations: ListValidation[][] = [[]];
  for (const name of TABLE_NAMES) {
    const spec = TABLES[name];
    const columns = spec.columns as Record<string, Column<unknown>>;
    const parsed = csv[name] === null ? null : parseCsv(spec.file, csv[name]).table;
    // The CSV's own header, so that nothing in the file is lost; the spec's when it is missing.
    const header =
      parsed && parsed.header.length > 0 ? parsed.header.map((h) => h.raw) : Object.keys(columns);
    const ws: WorkSheet = {};
    const widths = header.map((h) => h.length);
    header.forEach((h, c) => {
      const cell: CellObject = { t: 's', v: h };
      const col = columns[h];
      if (col) {
        const comment = Object.assign([{ a: 'NTM TP.HCM', t: headerNote(name, h, col) }], {
          hidden: true,
        });
        cell.c = comment;
      }
      ws[XLSX.utils.encode_cell({ r: 0, c })] = cell;
    });
    const rows = parsed?.rows ?? [];
    rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        const out = exportCell(cell.raw, columns[header[c] ?? '']?.cell);
        if (out) ws[XLSX.utils.encode_cell({ r: r + 1, c })] = out;
        widths[c] = Math.max(widths[c] ?? 0, Math.min(60, cell.raw.length));
      });
    });
    ws['!ref'] = XLSX.utils.encode_range({
      s: { r: 0, c: 0 },
      e: { r: Math.max(rows.length, 1), c: Math.max(header.length - 1, 0) },
    });
    ws['!cols'] = widths.map((w) => ({ wch: Math.max(8, w + 2) }));
    XLSX.utils.book_append_sheet(wb, ws, name);
    const lists: ListValidation[] = [];
    header.forEach((h, c) => {
      const col = columns[h];
      if (!col?.values) return;
      const values = Object.keys(col.values);
      const letter = XLSX.utils.encode_col(c);
      if (values.join(',').length > MAX_LIST_CHARS) {
        notes.push(
          `${name}.${h}: the list of allowed values is longer than Excel's ${MAX_LIST_CHARS} characters; no drop-down (the header note lists them)`,
        );
        return;
      }
      lists.push({ sqref: `${letter}2:${letter}${LAST_ROW}`, values, allowBlank: !col.required });
    });
    validations.push(lists);
  }
  if (audience.for === 'readers') {
    const dict = XLSX.utils.aoa_to_sheet(dictionaryRows());
    dict['!cols'] = [{ wch: 14 }, { wch: 24 }, { wch: 24 }, { wch: 9 }, { wch: 80 }, { wch: 60 }];
    XLSX.utils.book_append_sheet(wb, dict, DICTIONARY_SHEET);
  }
  const written = XLSX.write(wb, {
    type: 'buffer',
    bookType: 'xlsx',
    compression: true,
  }) as Uint8Array;
  const bytes = patchSheets(
    written,
    (i, xml) =>
      i === 0 ? xml : addListValidations(freezeHeaderRow(xml), validations[i]!, LIST_ERROR),
    TABLE_NAMES.length + 1,
  );
  return { bytes, notes };
}
