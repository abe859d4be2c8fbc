// The I/O around src/lib/spreadsheet: data/ → .xlsx, and .xlsx → checked → data/.
// The import checks the workbook's CSV text with the data build itself (runPipeline,
// strict, on a scratch copy of the data folder) and writes data/ only when nothing fails.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { decodeCsv } from '../../src/lib/data/csv.ts';
import { formatDiagnostic } from '../../src/lib/data/diagnostics.ts';
import { TABLES, type TableName } from '../../src/lib/schema/tables.ts';
import {
  formatChanges,
  tableChanges,
  type TableChanges,
} from '../../src/lib/spreadsheet/changes.ts';
import { TABLE_NAMES, buildWorkbook } from '../../src/lib/spreadsheet/export.ts';
import { readWorkbook, type SheetDiagnostic } from '../../src/lib/spreadsheet/import.ts';
import {
  formatSheetDiagnostic,
  sortSheetDiagnostics,
  toSheetDiagnostic,
} from '../../src/lib/spreadsheet/messages.ts';
import { checkStory, isDraft } from '../../src/lib/stories/check-story.ts';
import { readKnownIds } from '../../src/lib/stories/known-ids.ts';
import { messageInVietnamese } from '../../src/lib/stories/messages-vi.ts';
import { runPipeline } from './pipeline.ts';

/** The text of each table's CSV file (null when missing); throws on a file that is not UTF-8. */
export function readTables(dataDir: string): Record<TableName, string | null> {
  const out = {} as Record<TableName, string | null>;
  for (const name of TABLE_NAMES) {
    const path = join(dataDir, TABLES[name].file);
    if (!existsSync(path)) {
      out[name] = null;
      continue;
    }
    const decoded = decodeCsv(
      `${basename(resolve(dataDir))}/${TABLES[name].file}`,
      readFileSync(path),
    );
    if (decoded.problem) throw new Error(formatDiagnostic(decoded.problem));
    out[name] = decoded.text;
  }
  return out;
}

export function exportWorkbook(dataDir: string, file: string): { bytes: number; notes: string[] } {
  const { bytes, notes } = buildWorkbook(readTables(dataDir));
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, bytes);
  return { bytes: bytes.length, notes };
}

export interface ImportResult {
  ok: boolean;
  /** Every problem and notice, formatted, in workbook order. */
  messages: string[];
  changes: TableChanges[];
}

/**
 * The stories checked against the statistics the new data would give: a published story that
 * cites a code, source or figure the workbook removed would stop the site build, so it stops
 * the import; a draft only gets a notice.
 */
function storiesAgainst(
  label: string,
  storiesDir: string,
  statsDir: string,
): { errors: string[]; notices: string[] } {
  const known = readKnownIds(statsDir);
  const errors: string[] = [];
  const notices: string[] = [];
  for (const name of readdirSync(storiesDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const path = join(storiesDir, name);
    const text = readFileSync(path, 'utf8');
    const problems = checkStory(path, text, known, (p) => existsSync(join(storiesDir, p)));
    for (const p of problems) {
      const where = `${label} › bài ${path}:${p.line}`;
      if (isDraft(text))
        notices.push(`${where}: lưu ý: bản nháp này sẽ cần sửa: ${messageInVietnamese(p.message)}`);
      else
        errors.push(
          `${where}: ${messageInVietnamese(p.message)} — bài đã đăng dùng giá trị mà bảng tính đã xóa hoặc đổi; giữ lại giá trị đó trong bảng tính, hoặc nhờ người biên tập sửa bài trước rồi nhập lại.`,
        );
    }
  }
  return { errors, notices };
}

export interface ImportOptions {
  /** Stories to check against the new data (the folder the site builds them from), or null to skip. */
  storiesDir?: string | null;
}

export function importWorkbook(
  file: string,
  dataDir: string,
  options: ImportOptions = {},
): ImportResult {
  const label = basename(file);
  const book = readWorkbook(readFileSync(file));
  const diagnostics: SheetDiagnostic[] = [...book.diagnostics];
  const other: string[] = [];
  const notices: string[] = [];
  const complete = TABLE_NAMES.every((t) => book.tables[t]);
  const scratch = mkdtempSync(join(tmpdir(), 'ntm-import-'));
  try {
    if (complete) {
      // The same checks as `npm run data:build -- --strict`, on data/ with the workbook's tables.
      const data = join(scratch, 'data');
      cpSync(dataDir, data, { recursive: true });
      for (const t of TABLE_NAMES) writeFileSync(join(data, TABLES[t].file), book.tables[t]!.csv);
      const result = runPipeline({ dataDir: data, outDir: join(scratch, 'stats'), strict: true });
      const taken = new Set(
        diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.sheet}!${d.address}`),
      );
      for (const d of result.diagnostics) {
        const table = TABLE_NAMES.find((t) => d.file === `data/${TABLES[t].file}`);
        if (table === undefined) {
          other.push(formatDiagnostic(d)); // e.g. an archived release in data/releases/
          continue;
        }
        const s = toSheetDiagnostic(d, book.tables[table]);
        // A cell already reported (a formula without a value) needs no second message.
        if (!taken.has(`${s.sheet}!${s.address}`)) diagnostics.push(s);
      }
      if (!result.ok && result.diagnostics.length === 0)
        other.push('the data build failed without a message');
      if (result.ok && options.storiesDir) {
        const stories = storiesAgainst(label, options.storiesDir, join(scratch, 'stats'));
        other.push(...stories.errors);
        notices.push(...stories.notices);
      }
    }
    const messages = [
      ...sortSheetDiagnostics(diagnostics, TABLE_NAMES).map((d) => formatSheetDiagnostic(label, d)),
      ...other,
      ...notices,
    ];
    const failed = other.length > 0 || diagnostics.some((d) => d.severity === 'error') || !complete;
    if (failed) return { ok: false, messages, changes: [] };
    const before = readTables(dataDir);
    const changes = TABLE_NAMES.map((t) => tableChanges(t, before[t], book.tables[t]!.csv));
    // Each file is written next to its final place and renamed, so none is ever half written.
    for (const t of TABLE_NAMES) {
      if (before[t] === book.tables[t]!.csv) continue;
      const path = join(dataDir, TABLES[t].file);
      writeFileSync(`${path}.tmp-${process.pid}`, book.tables[t]!.csv);
      renameSync(`${path}.tmp-${process.pid}`, path);
    }
    return { ok: true, messages, changes };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export { formatChanges };
