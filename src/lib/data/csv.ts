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
