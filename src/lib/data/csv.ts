// CSV text → cells with their line and column, so that every problem can point
// at the exact place in the file. papaparse does the parsing; positions come from
// a small quote-aware scan of the same text.
import Papa from 'papaparse';
import type { Diagnostic } from './diagnostics.ts';

export interface Cell {
  raw: string;
  line: number;
  column: number;
}

export interface CsvTable {
  file: string;
  header: Cell[];
  rows: Cell[][];
  /** True when the CSV syntax itself is broken (rows may be merged or cut). */
  broken: boolean;
}

interface Position {
  line: number;
  column: number;
}

/** Start position of every field of every record, honouring quoted newlines. */
function fieldPositions(text: string): Position[][] {
  const records: Position[][] = [];
  let line = 1;
  let column = 1;
  let current: Position[] = [{ line, column }];
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          i++;
          column += 2;
          continue;
        }
        inQuotes = false;
      } else if (ch === '\n') {
        line++;
        column = 0;
      }
      column++;
      continue;
    }
    if (ch === '"') {
      inQuotes = true;
      column++;
    } else if (ch === ',') {
      column++;
      current.push({ line, column });
    } else if (ch === '\n') {
      records.push(current);
      line++;
      column = 1;
      current = [{ line, column }];
    } else {
      column++;
    }
  }
  records.push(current);
  return records;
}

// How to re-save a CSV from Excel, in the English and the Vietnamese Excel menus.
const SAVE_AS = 'File → Save As → "CSV UTF-8 (Comma delimited) (*.csv)" (Vietnamese Excel: "CSV UTF-8 (Phân tách bằng dấu phẩy) (*.csv)")';

/**
 * Bytes of a CSV file → its text, or the one problem that makes reading it pointless
 * (UTF-16, a legacy 8-bit encoding): one message instead of a cascade of follow-on errors.
 */
export function decodeCsv(file: string, bytes: Uint8Array): { text: string; problem: null } | { text: null; problem: Diagnostic } {
  const fail = (line: number, column: number, message: string, fix = `open it in Excel and save it again with ${SAVE_AS}`) =>
    ({ text: null, problem: { severity: 'error' as const, file, line, column, message, fix } });
  const bom16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  let nul = 0;
  for (const b of bytes) if (b === 0) nul++;
  // UTF-16 text of Latin letters has a NUL in every other byte; one stray NUL is not enough.
  if (bom16 || (bytes.length > 0 && nul >= bytes.length / 10)) {
    return fail(0, 0, `file is UTF-16 (${bom16 ? (bytes[0] === 0xff ? 'little-endian, ' : 'big-endian, ') : ''}Excel's "Unicode Text"), not UTF-8`);
  }
  try {
    // ignoreBOM keeps the BOM in the text, so that parseCsv can warn about it.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), problem: null };
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) { line++; lineStart = i + 1; }
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at)).length + 1;
    const hex = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
    return fail(line, column, `file is not UTF-8 (byte 0x${hex} here): it was saved in a legacy encoding such as Windows-1258 (Excel's plain "CSV (Comma delimited)")`);
  }
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return bytes.length;
}

/** A header line with semicolons and no comma: Excel under Vietnamese regional settings. */
export function semicolonProblem(file: string, text: string): Diagnostic | null {
  const header = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r?\n/, 1)[0] ?? '';
  if (!header.includes(';') || header.includes(',')) return null;
  return {
    severity: 'error', file, line: 1, column: header.indexOf(';') + 1,
    message: 'columns are separated by semicolons (;), not commas: Excel uses ";" under Vietnamese regional settings',
    fix: 'set the list separator to "," (Windows: Settings → Time & language → Region → Additional settings → List separator), ' +
      `then save it again from Excel with ${SAVE_AS}; or edit the tables in Excel through npm run data:export / npm run data:import, which need no CSV`,
  };
}

export interface ParseResult {
  table: CsvTable;
  diagnostics: Diagnostic[];
}

/** Parses one CSV file. BOM and CRLF are accepted with a warning (Excel writes both). */
export function parseCsv(file: string, input: string): ParseResult {
  const diagnostics: Diagnostic[] = [];
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    diagnostics.push({
      severity: 'warning', file, line: 1, column: 1,
      message: 'file starts with a UTF-8 byte-order mark (BOM); it was ignored',
      fix: 'save the file as "UTF-8" without BOM (in Excel: CSV UTF-8 adds one; our tools accept it)',
    });
  }
  if (text.includes('\r')) {
    text = text.replace(/\r\n?/g, '\n');
    diagnostics.push({
      severity: 'warning', file, line: 1, column: 1,
      message: 'file uses Windows (CRLF) line endings; they were read as LF',
      fix: 'save with LF line endings to keep diffs clean',
    });
  }
  if (text.trim() === '') {
    diagnostics.push({ severity: 'error', file, line: 0, column: 0, message: 'file is empty', fix: 'restore the header row and the data rows (see data/README.md)' });
    return { table: { file, header: [], rows: [], broken: false }, diagnostics };
  }
  // A trailing newline is normal; it must not count as an empty record.
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false });
  const positions = fieldPositions(body);
  for (const e of parsed.errors) {
    const pos = positions[e.row ?? 0]?.[0] ?? { line: 1, column: 1 };
    diagnostics.push({
      severity: 'error', file, line: pos.line, column: pos.column,
      message: `CSV syntax: ${e.message}`,
      fix: e.code === 'MissingQuotes' ? 'close the quoted field with a double quote, and double any quote inside it ("")' : 'check quoting and separators on this line',
    });
  }
  const records = parsed.data.map((fields, r) =>
    fields.map((raw, c) => ({ raw, ...(positions[r]?.[c] ?? { line: r + 1, column: 1 }) })),
  );
  const [header = [], ...rest] = records;
  const rows = rest.filter((cells, i) => {
    const blank = cells.every((c) => c.raw.trim() === '');
    if (blank && cells.length <= 1) {
      const pos = positions[i + 1]?.[0];
      diagnostics.push({
        severity: 'warning', file, line: pos?.line ?? i + 2, column: 1,
        message: 'blank line skipped', fix: 'remove empty lines between rows',
      });
    }
    return !blank;
  });
  return { table: { file, header, rows, broken: parsed.errors.length > 0 }, diagnostics };
}
