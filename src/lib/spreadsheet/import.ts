// An .xlsx workbook → the CSV text of each table, with every problem and notice named by
// its cell. Only the layout is checked here (sheets, headers, merged or hidden cells,
// formulas, typed-in dates and numbers); the data rules run afterwards, unchanged, on the
// CSV text (parseCsv → validateDataset, through the pipeline). Pure: bytes in, text out.
import Papa from 'papaparse';
import * as XLSX from '@e965/xlsx';
import type { WorkBook, WorkSheet } from '@e965/xlsx';
import type { Column } from '../schema/columns.ts';
import { TABLES, type TableName } from '../schema/tables.ts';
import { parseCsv } from '../data/csv.ts';
import { closest } from '../data/validate.ts';
import { importCell } from './cells.ts';
import { sheetCell } from './xlsx-types.ts';
import { TABLE_NAMES } from './export.ts';
import { GUIDE_SHEET } from './guide.ts';

/** A problem (blocks the import) or a notice (printed, does not block), in Vietnamese. */
export interface SheetDiagnostic {
  severity: 'error' | 'notice';
  /** Sheet name; null for the whole workbook. */
  sheet: string | null;
  /** A1-style address inside the sheet ("C12", "B3:B4", "1:1"); null for the whole sheet. */
  address: string | null;
  message: string;
  fix: string;
}

export interface SheetTable {
  name: TableName;
  /** The table as CSV text, columns in the spec's order, in the data/ conventions. */
  csv: string;
  /** CSV position "line:column" of each field → the cell it came from. */
  cellAt: Map<string, string>;
  /** CSV line → sheet row, for messages that name another line ("first on line 4"). */
  rowAt: Map<number, number>;
}

export interface WorkbookResult {
  tables: Partial<Record<TableName, SheetTable>>;
  diagnostics: SheetDiagnostic[];
}

/** The data/ CSV conventions: LF, a final newline, quotes only where needed. */
export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return (
    Papa.unparse(
      { fields: [...header], data: rows.map((r) => [...r]) },
      { newline: '\n', quotes: false },
    ) + '\n'
  );
}

function readBook(bytes: Uint8Array): WorkBook | string {
  // SheetJS also reads CSV, HTML and old .xls files; only a real .xlsx (a zip) keeps types and notes.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return 'tệp Excel 97–2003 (.xls), không phải .xlsx';
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return 'không phải tệp .xlsx';
  try {
    return XLSX.read(bytes, {
      type: 'buffer',
      cellNF: true,
      cellStyles: true,
      cellFormula: true,
      cellDates: false,
    });
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export function readWorkbook(bytes: Uint8Array): WorkbookResult {
  const diagnostics: SheetDiagnostic[] = [];
  const tables: WorkbookResult['tables'] = {};
  const book = readBook(bytes);
  if (typeof book === 'string' || book.SheetNames.length === 0) {
    diagnostics.push({
      severity: 'error',
      sheet: null,
      address: null,
      message: `không đọc được tệp như một sổ Excel (${typeof book === 'string' ? book : 'không có trang tính nào'})`,
      fix: 'mở tệp bằng Excel và lưu dạng "Excel Workbook (*.xlsx)" (Excel tiếng Việt: "Sổ làm việc Excel (*.xlsx)")',
    });
    return { tables, diagnostics };
  }
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const missing = TABLE_NAMES.filter((t) => !book.SheetNames.includes(t));
  book.SheetNames.forEach((sheet, i) => {
    if (sheet === GUIDE_SHEET) return;
    if (!(TABLE_NAMES as string[]).includes(sheet)) {
      const guess =
        closest(sheet.toLowerCase(), missing) ??
        missing.find((m) => m === sheet.toLowerCase().trim()) ??
        null;
      diagnostics.push(
        guess
          ? {
              severity: 'error',
              sheet,
              address: null,
              message: `trang “${sheet}” không phải tên một bảng; có phải trang “${guess}” bị đổi tên?`,
              fix: `đổi tên trang lại thành “${guess}” (các trang cần có: ${TABLE_NAMES.join(', ')})`,
            }
          : {
              severity: 'notice',
              sheet,
              address: null,
              message: `trang “${sheet}” không phải một bảng dữ liệu, đã bỏ qua`,
              fix: 'không cần làm gì; dữ liệu trong trang này không được nhập',
            },
      );
      return;
    }
    if (book.Workbook?.Sheets?.[i]?.Hidden) {
      diagnostics.push({
        severity: 'notice',
        sheet,
        address: null,
        message: 'trang đang bị ẩn; dữ liệu của nó vẫn được nhập',
        fix: 'bỏ ẩn trang (Unhide) để kiểm tra',
      });
    }
    const table = readSheet(sheet as TableName, book.Sheets[sheet]!, date1904, diagnostics);
    if (table) tables[sheet as TableName] = table;
  });
  for (const t of missing) {
    diagnostics.push({
      severity: 'error',
      sheet: null,
      address: null,
      message: `thiếu trang “${t}” (${TABLES[t].file})`,
      fix: `khôi phục trang “${t}” với đúng tên đó; không đổi tên trang tính`,
    });
  }
  return { tables, diagnostics };
}

function readSheet(
  name: TableName,
  ws: WorkSheet,
  date1904: boolean,
  out: SheetDiagnostic[],
): SheetTable | null {
  const spec = TABLES[name];
  const columns = spec.columns as Record<string, Column<unknown>>;
  const expected = Object.keys(columns);
  const expectedList = expected.join(', ');
  const diag = (
    severity: SheetDiagnostic['severity'],
    address: string | null,
    message: string,
    fix: string,
  ) => out.push({ severity, sheet: name, address, message, fix });
  const range = ws['!ref'] ? XLSX.utils.decode_range(ws['!ref']) : null;
  if (!range) {
    diag(
      'error',
      null,
      'trang trống, không có hàng tiêu đề',
      `khôi phục hàng 1 với các cột: ${expectedList}`,
    );
    return null;
  }
  let ok = true;
  for (const m of ws['!merges'] ?? []) {
    ok = false;
    diag(
      'error',
      XLSX.utils.encode_range(m),
      'ô bị gộp (Merge): chỉ ô đầu giữ giá trị, các ô còn lại sẽ thành trống',
      'bỏ gộp ô (Home → Merge & Center → Unmerge Cells) rồi điền giá trị vào từng ô',
    );
  }
  const text = (r: number, c: number) => {
    const cell = sheetCell(ws, XLSX.utils.encode_cell({ r, c }));
    return cell?.v === undefined || cell.v === null ? '' : String(cell.v).trim().normalize('NFC');
  };
  const hasData = (c: number) => {
    for (let r = 1; r <= range.e.r; r++) if (text(r, c) !== '') return true;
    return false;
  };
  // Header: columns are found by name, in any order.
  const colOf = new Map<string, number>();
  const misspelt = new Set<string>();
  for (let c = 0; c <= range.e.c; c++) {
    const address = XLSX.utils.encode_cell({ r: 0, c });
    const h = text(0, c);
    if (h === '') {
      if (hasData(c)) {
        ok = false;
        diag(
          'error',
          address,
          `cột ${XLSX.utils.encode_col(c)} có dữ liệu nhưng ô tiêu đề trống`,
          `gõ lại tên cột; các cột của bảng ${name}: ${expectedList}`,
        );
      }
      continue;
    }
    if (colOf.has(h)) {
      ok = false;
      diag(
        'error',
        address,
        `cột “${h}” xuất hiện hai lần (lần đầu ở ô ${XLSX.utils.encode_cell({ r: 0, c: colOf.get(h)! })})`,
        'xoá cột thừa, hoặc gộp dữ liệu vào một cột',
      );
      continue;
    }
    if (!columns[h]) {
      ok = false;
      const guess = closest(
        h,
        expected.filter((e) => !colOf.has(e)),
      );
      if (guess) misspelt.add(guess);
      diag(
        'error',
        address,
        `“${h}” không phải tên cột của bảng ${name}`,
        `${guess ? `đổi lại tên cột thành “${guess}”; ` : ''}các cột của bảng ${name} là: ${expectedList} (không đổi tên cột; cột tự thêm thì xoá đi)`,
      );
      continue;
    }
    colOf.set(h, c);
  }
  const absent = expected.filter((e) => !colOf.has(e));
  // A misspelt header already names the column it should be.
  for (const m of absent.filter((a) => !misspelt.has(a))) {
    ok = false;
    diag(
      'error',
      '1:1',
      `thiếu cột “${m}”`,
      `thêm cột “${m}” vào hàng tiêu đề (${columns[m]!.doc}); các cột của bảng ${name} là: ${expectedList}`,
    );
  }
  const order = expected.filter((e) => colOf.has(e)).map((e) => colOf.get(e)!);
  if (order.some((c, i) => i > 0 && c < order[i - 1]!)) {
    diag(
      'notice',
      '1:1',
      'các cột không theo thứ tự gốc; đã nhận theo tên cột',
      'không cần làm gì; tệp CSV vẫn ghi các cột theo thứ tự chuẩn',
    );
  }
  const hiddenCols = ws['!cols'] ?? [];
  for (const [h, c] of colOf) {
    if (hiddenCols[c]?.hidden)
      diag(
        'notice',
        `${XLSX.utils.encode_col(c)}:${XLSX.utils.encode_col(c)}`,
        `cột ${XLSX.utils.encode_col(c)} (“${h}”) đang bị ẩn; dữ liệu của nó vẫn được nhập`,
        'bỏ ẩn cột (Unhide) để kiểm tra',
      );
  }
  if (!ok && absent.length > 0) return null;
  // Rows: every non-empty row below the header, hidden ones included (with a notice).
  const hiddenRows = ws['!rows'] ?? [];
  const rows: { sheetRow: number; cells: string[]; addresses: string[] }[] = [];
  const empty: number[] = [];
  for (let r = 1; r <= range.e.r; r++) {
    const cells: string[] = [];
    const addresses: string[] = [];
    const notes: {
      address: string;
      severity: SheetDiagnostic['severity'];
      message: string;
      fix: string;
    }[] = [];
    for (const e of expected) {
      const c = colOf.get(e);
      if (c === undefined) {
        cells.push('');
        addresses.push('');
        continue;
      }
      const address = XLSX.utils.encode_cell({ r, c });
      const read = importCell(sheetCell(ws, address), columns[e]!.cell, date1904);
      cells.push(read.raw);
      addresses.push(address);
      for (const n of read.notes) notes.push({ address, ...n });
    }
    for (const n of notes) diag(n.severity, n.address, n.message, n.fix);
    // A row with nothing in it is not a CSV record (parseCsv would drop it too).
    if (cells.every((v) => v.trim() === '')) {
      if (notes.length === 0) empty.push(r + 1);
      continue;
    }
    if (hiddenRows[r]?.hidden)
      diag(
        'notice',
        `${r + 1}:${r + 1}`,
        `hàng ${r + 1} đang bị ẩn; dữ liệu của nó vẫn được nhập`,
        'bỏ ẩn hàng (Unhide) để kiểm tra; nếu không muốn nhập hàng này, hãy xoá hẳn hàng',
      );
    rows.push({ sheetRow: r + 1, cells, addresses });
  }
  const last = rows.at(-1)?.sheetRow ?? 0;
  for (const r of empty)
    if (r < last)
      diag(
        'notice',
        `${r}:${r}`,
        `hàng ${r} trống, đã bỏ qua`,
        'không cần làm gì; có thể xoá hàng trống',
      );
  const csv = formatCsv(
    expected,
    rows.map((r) => r.cells),
  );
  // Where each field of the CSV text came from, by the positions parseCsv itself reports.
  const parsed = parseCsv(spec.file, csv).table;
  const cellAt = new Map<string, string>();
  const rowAt = new Map<number, number>([[1, 1]]);
  parsed.header.forEach((h, c) =>
    cellAt.set(
      `${h.line}:${h.column}`,
      XLSX.utils.encode_cell({ r: 0, c: colOf.get(expected[c]!) ?? 0 }),
    ),
  );
  parsed.rows.forEach((cells, i) => {
    const row = rows[i]!;
    rowAt.set(cells[0]!.line, row.sheetRow);
    cells.forEach((cell, c) =>
      cellAt.set(`${cell.line}:${cell.column}`, row.addresses[c] || `A${row.sheetRow}`),
    );
  });
  return { name, csv, cellAt, rowAt };
}
