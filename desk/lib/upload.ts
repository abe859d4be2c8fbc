// Is an uploaded file a real, plain .xlsx workbook? Checked from its bytes before any library
// parses it: a ZIP whose central directory is read here, so a renamed file, a zip bomb, a
// macro-enabled or a password-protected workbook gets a message in Vietnamese instead.

export interface UploadVerdict {
  ok: boolean;
  message?: string;
}

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Limits for what a workbook of this project unpacks to (the bundled one: ~1.5 MB, 30 parts). */
export const UNPACKED_LIMIT = 60 * 1024 * 1024;
export const ENTRY_LIMIT = 2000;

/** A file name the staff chose: used only for messages, never as a path. */
export function safeUploadName(name: string): UploadVerdict {
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (!name || /[\\/]|\.\.|[\u0000-\u001f]/.test(name))
    return {
      ok: false,
      message: `Tên tệp "${name}" không hợp lệ: tên tệp không được chứa "/", "\\" hay "..". Đổi tên tệp (ví dụ: so-lieu.xlsx) rồi tải lên lại.`,
    };
  if (!/\.xlsx$/i.test(name)) {
    if (/\.xlsm$/i.test(name))
      return {
        ok: false,
        message:
          'Tệp .xlsm có macro, hệ thống không nhận. Trong Excel chọn Tệp › Lưu thành › "Sổ làm việc Excel (.xlsx)" rồi tải lên tệp .xlsx.',
      };
    return {
      ok: false,
      message: `Tệp "${name}" không phải bảng tính .xlsx. Tải về bảng tính hiện hành ở trang này, sửa trong Excel, lưu dạng .xlsx rồi tải lên.`,
    };
  }
  return { ok: true };
}

export function checkWorkbookBytes(bytes: Uint8Array, maxBytes: number): UploadVerdict {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length === 0)
    return { ok: false, message: 'Tệp trống (0 byte). Chọn lại tệp bảng tính đã lưu.' };
  if (b.length > maxBytes)
    return {
      ok: false,
      message: `Tệp quá lớn (${mb(b.length)}; tối đa ${mb(maxBytes)}). Bảng tính của chương trình chỉ khoảng vài trăm KB: kiểm tra lại tệp, xóa ảnh hay trang tính thừa.`,
    };
  if (b.subarray(0, 8).equals(OLE))
    return {
      ok: false,
      message:
        'Tệp này được đặt mật khẩu (hoặc là tệp .xls đời cũ). Mở trong Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc), lưu dạng .xlsx rồi tải lên lại.',
    };
  if (b.readUInt32LE(0) !== 0x04034b50)
    return {
      ok: false,
      message:
        'Tệp không phải bảng tính Excel thật (có thể chỉ đổi đuôi thành .xlsx). Mở bảng tính trong Excel và lưu dạng "Sổ làm việc Excel (.xlsx)".',
    };
  // The end-of-central-directory record: within the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65557); i--)
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0)
    return {
      ok: false,
      message:
        'Tệp bảng tính bị hỏng hoặc chưa tải lên hết. Lưu lại trong Excel rồi tải lên lần nữa.',
    };
  const entries = b.readUInt16LE(eocd + 10);
  const cdOffset = b.readUInt32LE(eocd + 16);
  if (entries > ENTRY_LIMIT)
    return {
      ok: false,
      message: `Tệp có ${entries} phần bên trong, quá nhiều với một bảng tính. Hệ thống không mở tệp này.`,
    };
  let unpacked = 0;
  let p = cdOffset;
  let hasWorkbook = false;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== 0x02014b50)
      return {
        ok: false,
        message: 'Tệp bảng tính bị hỏng. Lưu lại trong Excel rồi tải lên lần nữa.',
      };
    const flags = b.readUInt16LE(p + 8);
    const size = b.readUInt32LE(p + 24);
    const nameLen = b.readUInt16LE(p + 28);
    const extra = b.readUInt16LE(p + 30);
    const comment = b.readUInt16LE(p + 32);
    const name = b.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    if (flags & 1)
      return {
        ok: false,
        message:
          'Tệp này được mã hóa bằng mật khẩu. Bỏ mật khẩu trong Excel, lưu dạng .xlsx rồi tải lên lại.',
      };
    if (/vbaProject\.bin$/i.test(name))
      return {
        ok: false,
        message:
          'Bảng tính có macro (VBA), hệ thống không nhận. Lưu dạng "Sổ làm việc Excel (.xlsx)" (không macro) rồi tải lên lại.',
      };
    if (name === 'xl/workbook.xml') hasWorkbook = true;
    unpacked += size;
    if (size === 0xffffffff || unpacked > UNPACKED_LIMIT)
      return {
        ok: false,
        message: `Tệp giải nén ra quá lớn (hơn ${mb(UNPACKED_LIMIT)}): không giống bảng tính của chương trình. Hệ thống không mở tệp này.`,
      };
    p += 46 + nameLen + extra + comment;
  }
  if (!hasWorkbook)
    return {
      ok: false,
      message:
        'Tệp là tệp nén nhưng không phải bảng tính Excel (.xlsx). Tải lên đúng tệp bảng tính.',
    };
  return { ok: true };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
