// One CSV cell ⇄ one spreadsheet cell. Export writes numbers and full dates as typed
// cells and everything else as text, so that reading the cell back gives the same CSV
// text. Import turns what staff type into the CSV conventions where that is unambiguous.
import type { CellObject } from '@e965/xlsx';
import type { CellKind } from '../schema/columns.ts';
import { isDateFormat } from './xlsx-types.ts';

/** A problem or a notice about one cell, in Vietnamese (staff read them). */
export interface CellNote {
  severity: 'error' | 'notice';
  message: string;
  fix: string;
}

const DAY_MS = 86_400_000;
// Excel's day 0 in the 1900 date system (it counts the non-existent 29 Feb 1900).
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MACHINE_NUMBER = /^-?\d+(\.\d+)?$/;

export const DATE_FORMAT = 'yyyy-mm-dd';
export const TEXT_FORMAT = '@';

function realDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** ISO day → Excel serial, or null where Excel's 1900 leap-year bug would shift it. */
export function isoToSerial(iso: string): number | null {
  const m = ISO_DAY.exec(iso);
  if (!m || !realDay(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (t < Date.UTC(1900, 2, 1)) return null;
  return Math.round((t - EPOCH_1900) / DAY_MS);
}

export function serialToIso(serial: number, date1904 = false): string {
  return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + serial * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** The cell that holds a CSV value, or null for an empty value. */
export function exportCell(raw: string, kind: CellKind | undefined): CellObject | null {
  if (raw === '') return null;
  if (kind === 'number' && MACHINE_NUMBER.test(raw) && String(Number(raw)) === raw)
    return { t: 'n', v: Number(raw) };
  if (kind === 'date' || kind === 'partial-date') {
    const serial = isoToSerial(raw);
    if (serial !== null) return { t: 'n', v: serial, z: DATE_FORMAT };
  }
  // Text, and partial dates (2015-08, 2015), which no date cell can hold exactly.
  return { t: 's', v: raw, z: TEXT_FORMAT };
}

/** How precise a date number format is: d/m/yyyy → day, mm/yyyy → month, yyyy → year. */
function formatPrecision(format: string): 'day' | 'month' | 'year' {
  const f = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').toLowerCase();
  if (/d/.test(f)) return 'day';
  if (/m/.test(f)) return 'month';
  return 'year';
}

const thousands = (s: string) => s.replace(/\./g, '');

/** Vietnamese ways of writing a number as text → the CSV form, or a problem. */
function numberFromText(v: string): { raw: string; note?: CellNote } {
  const t = v.trim();
  if (/^-?\d{1,3}(\.\d{3})*,\d+$/.test(t) || /^-?\d+,\d+$/.test(t)) {
    const raw = thousands(t).replace(',', '.');
    return {
      raw,
      note: {
        severity: 'notice',
        message: `số “${v}” gõ dạng chữ theo cách viết Việt Nam đã được đọc thành ${raw}`,
        fix: 'không cần làm gì; lần sau nên nhập ô dạng số',
      },
    };
  }
  if (/^-?[1-9]\d{0,2}(\.\d{3}){2,}$/.test(t)) {
    const raw = thousands(t);
    return {
      raw,
      note: {
        severity: 'notice',
        message: `số “${v}” gõ dạng chữ có dấu chấm ngăn hàng nghìn đã được đọc thành ${raw}`,
        fix: 'không cần làm gì; lần sau nên nhập ô dạng số',
      },
    };
  }
  if (/^-?[1-9]\d{0,2}\.\d{3}$/.test(t)) {
    return {
      raw: v,
      note: {
        severity: 'error',
        message: `số “${v}” gõ dạng chữ không rõ nghĩa: có thể là ${thousands(t)} (dấu chấm ngăn hàng nghìn) hoặc ${t.replace('.', ',')} (dấu chấm thập phân)`,
        fix: `nhập lại thành ô dạng số, hoặc gõ ${thousands(t)} nếu là số nguyên; số thập phân dùng dấu phẩy khi gõ dạng chữ, ví dụ ${t.replace('.', ',')}`,
      },
    };
  }
  return { raw: v };
}

/** dd/mm/yyyy and mm/yyyy typed as text → ISO, when the order of day and month is certain. */
function dateFromText(v: string): { raw: string; note?: CellNote } {
  const t = v.trim();
  const full = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (full) {
    const [a, b, y] = [Number(full[1]), Number(full[2]), Number(full[3])];
    const pad = (n: number) => String(n).padStart(2, '0');
    const asDayMonth = realDay(y, b, a) ? `${y}-${pad(b)}-${pad(a)}` : null;
    const asMonthDay = realDay(y, a, b) ? `${y}-${pad(a)}-${pad(b)}` : null;
    if (asDayMonth && (asMonthDay === null || asMonthDay === asDayMonth)) {
      return {
        raw: asDayMonth,
        note: {
          severity: 'notice',
          message: `ngày “${v}” gõ dạng chữ (ngày/tháng/năm) đã được đọc thành ${asDayMonth}`,
          fix: 'không cần làm gì; lần sau có thể gõ thẳng dạng năm-tháng-ngày',
        },
      };
    }
    if (asDayMonth && asMonthDay) {
      return {
        raw: v,
        note: {
          severity: 'error',
          message: `ngày “${v}” gõ dạng chữ không rõ nghĩa: ngày ${a} tháng ${b} hay ngày ${b} tháng ${a}`,
          fix: `gõ theo dạng năm-tháng-ngày: ${asDayMonth} nếu là ngày ${a} tháng ${b}, ${asMonthDay} nếu là ngày ${b} tháng ${a}`,
        },
      };
    }
    return { raw: v };
  }
  const month = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) {
    const raw = `${month[2]}-${month[1]!.padStart(2, '0')}`;
    return {
      raw,
      note: {
        severity: 'notice',
        message: `tháng “${v}” gõ dạng chữ (tháng/năm) đã được đọc thành ${raw}`,
        fix: 'không cần làm gì',
      },
    };
  }
  return { raw: v };
}

/** The CSV text a cell stands for, with what was converted (notices) or cannot be (errors). */
export function importCell(
  cell: CellObject | undefined,
  kind: CellKind | undefined,
  date1904: boolean,
): { raw: string; notes: CellNote[] } {
  const notes: CellNote[] = [];
  if (!cell) return { raw: '', notes };
  if (cell.f !== undefined) {
    if (cell.v === undefined || (cell.t === 'e' && cell.w === undefined)) {
      return {
        raw: '',
        notes: [
          {
            severity: 'error',
            message: `ô có công thức =${cell.f} nhưng tệp không lưu kết quả đã tính`,
            fix: 'mở tệp bằng Excel để Excel tính lại rồi lưu, hoặc gõ thẳng giá trị thay cho công thức',
          },
        ],
      };
    }
    notes.push({
      severity: 'notice',
      message: `ô có công thức =${cell.f}; đã lấy kết quả Excel đã tính: ${cell.w ?? String(cell.v)}`,
      fix: 'không cần làm gì; nếu công thức tham chiếu ô khác, hãy kiểm tra kết quả',
    });
  }
  if (cell.t === 'z' || cell.v === undefined || cell.v === null) return { raw: '', notes };
  if (cell.t === 'e') {
    return {
      raw: '',
      notes: [
        ...notes,
        {
          severity: 'error',
          message: `ô báo lỗi ${cell.w ?? '#ERROR'}`,
          fix: 'sửa công thức, hoặc gõ thẳng giá trị',
        },
      ],
    };
  }
  if (cell.t === 'b') return { raw: cell.v ? 'TRUE' : 'FALSE', notes };
  if (cell.t === 'n' || cell.t === 'd') {
    const n =
      cell.v instanceof Date
        ? (cell.v.getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY_MS
        : Number(cell.v);
    const isDate = cell.t === 'd' || (cell.z !== undefined && isDateFormat(String(cell.z)));
    if (!isDate) return { raw: String(n), notes };
    if (kind === 'number') {
      return {
        raw: String(n),
        notes: [
          ...notes,
          {
            severity: 'error',
            message: `ô chứa ngày (${cell.w ?? serialToIso(n, date1904)}) trong cột số`,
            fix: 'đổi định dạng ô về General hoặc Number rồi gõ lại số',
          },
        ],
      };
    }
    if (!Number.isInteger(n)) {
      return {
        raw: String(n),
        notes: [
          ...notes,
          {
            severity: 'error',
            message: `ô chứa cả giờ phút (${cell.w ?? String(n)})`,
            fix: 'chỉ nhập ngày, không nhập giờ',
          },
        ],
      };
    }
    const iso = serialToIso(n, date1904);
    const precision = kind === 'date' ? 'day' : formatPrecision(String(cell.z ?? DATE_FORMAT));
    const raw =
      precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
    if (kind !== 'partial-date' && kind !== 'date') {
      notes.push({
        severity: 'notice',
        message: `Excel đã hiểu ô này là ngày (${cell.w ?? iso}); đã ghi thành ${raw}`,
        fix: 'nếu đây không phải ngày, đổi định dạng ô sang Text (@) rồi gõ lại',
      });
    }
    return { raw, notes };
  }
  let text = String(cell.v);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  const nfc = text.normalize('NFC');
  if (nfc !== text) {
    notes.push({
      severity: 'notice',
      message:
        'chữ ở dạng Unicode tổ hợp (NFD, thường do dán từ nơi khác) đã được chuyển sang dạng dựng sẵn (NFC)',
      fix: 'không cần làm gì',
    });
    text = nfc;
  }
  const converted =
    kind === 'number'
      ? numberFromText(text)
      : kind === 'date' || kind === 'partial-date'
        ? dateFromText(text)
        : { raw: text };
  if (converted.note) notes.push(converted.note);
  return { raw: converted.raw, notes };
}
