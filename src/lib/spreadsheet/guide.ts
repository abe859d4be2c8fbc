// The Vietnamese texts of the workbook: the guide sheet, the table descriptions and the
// header notes. The rules themselves stay in src/lib/schema/tables.ts.
import type { Column } from '../schema/columns.ts';
import { columnDocVi, typeLabelVi, valueDocVi } from '../schema/docs-vi.ts';
import { TABLES, type TableName } from '../schema/tables.ts';

export const GUIDE_SHEET = 'Hướng dẫn';
/** The first sheet of the public download (/so-lieu/), and its data dictionary. */
export const INTRO_SHEET = 'Giới thiệu';
export const DICTIONARY_SHEET = 'Từ điển';

/** What each sheet holds, for staff (the English docs are in tables.ts). */
export const TABLE_TITLES: Record<TableName, string> = {
  dataset: 'Một dòng mô tả đợt phát hành dữ liệu này',
  sources: 'Danh mục nguồn: mọi văn bản, bài báo, bộ dữ liệu mà số liệu dẫn từ đó',
  units: 'Đơn vị hành chính trước 01/07/2025: thành phố, 5 huyện, các xã và thị trấn',
  recognitions: 'Nguồn nói gì về việc một đơn vị đạt (hoặc chưa đạt) một chuẩn',
  figures: 'Số liệu tổng hợp, chép đúng như nguồn công bố',
  targets:
    'Mục tiêu của thành phố (theo năm, theo huyện, 2020–2030) và mục tiêu cả nước để so sánh',
  criteria_sets: 'Các quyết định ban hành bộ tiêu chí và quyết định của chương trình',
  crosswalk: 'Mỗi xã, thị trấn cũ trở thành đơn vị nào từ 01/07/2025',
  hex_layout: 'Vị trí ô lục giác của mỗi xã, thị trấn trên bản đồ ô',
  open_questions:
    'Những gì chưa được công bố: câu hỏi, đã tìm gì, dữ kiện gần nhất, văn bản cần có (trang /chua-cong-bo/)',
};

const KIND_LABELS: Record<string, string> = {
  number: 'số (nhập ô dạng số; dấu chấm thập phân khi ghi CSV)',
  date: 'ngày (nhập ô dạng ngày; ghi ra năm-tháng-ngày)',
  'partial-date': 'ngày đủ (ô dạng ngày), hoặc chỉ tháng "2015-08" / chỉ năm "2015" (ô dạng chữ)',
};

/** The note on a header cell: what the column means, its type, and its allowed values. */
export function headerNote(table: TableName, name: string, col: Column<unknown>): string {
  const lines = [
    name,
    columnDocVi(table, name),
    `Kiểu: ${col.cell ? KIND_LABELS[col.cell] : col.values ? 'chọn trong danh sách' : 'chữ'} (${typeLabelVi(col.typeLabel)})`,
    `Bắt buộc: ${col.required ? 'có' : 'không (để trống nếu không có)'}`,
  ];
  if (col.ref) lines.push(`Phải là mã có trong trang ${col.ref}.`);
  if (col.values) {
    lines.push('Giá trị được phép:');
    for (const v of Object.keys(col.values)) lines.push(`• ${v}: ${valueDocVi(table, name, v)}`);
  }
  return lines.join('\n');
}

/** Rows of the first sheet: what the workbook is and how to hand it back. */
export function guideRows(release: string | null): string[][] {
  const rows: string[][] = [
    ['NTM TP.HCM – sổ dữ liệu để chỉnh sửa bằng Excel'],
    [
      release
        ? `Xuất từ thư mục data/ (đợt dữ liệu ${release}) bằng lệnh npm run data:export.`
        : 'Xuất từ thư mục data/ bằng lệnh npm run data:export.',
    ],
    [],
    ['Các trang tính'],
    ...(Object.keys(TABLES) as TableName[]).map((t) => [t, TABLE_TITLES[t], `(${TABLES[t].file})`]),
    [],
    ['Cách chỉnh sửa'],
    [
      '1.',
      'Mỗi trang là một bảng; mỗi hàng là một dữ kiện, có nguồn ở cột source_id (mã trong trang sources).',
    ],
    [
      '2.',
      'Di chuột vào ô tiêu đề (hàng 1) để xem ghi chú: ý nghĩa cột, kiểu dữ liệu, bắt buộc hay không, các giá trị được phép.',
    ],
    ['3.', 'Cột có danh sách thả xuống: chọn một giá trị trong danh sách.'],
    [
      '4.',
      'Số: nhập ô dạng số. Tỷ lệ ghi dạng phân số: 79,3% → 0,793. Không có số liệu thì để trống, không ghi 0.',
    ],
    [
      '5.',
      'Ngày: nhập ô dạng ngày khi biết đủ ngày; khi nguồn chỉ ghi tháng hoặc năm, gõ dạng chữ "2015-08" hoặc "2015".',
    ],
    [
      '6.',
      'Thêm hàng ở cuối bảng; xoá cả hàng khi bỏ một dữ kiện. Thêm nguồn vào trang sources trước, rồi mới thêm các hàng dẫn nguồn đó.',
    ],
    ['7.', 'KHÔNG đổi tên trang tính, KHÔNG đổi tên hay xoá cột ở hàng 1. Được đổi thứ tự cột.'],
    [
      '8.',
      'Không gộp ô (Merge), không ẩn hàng hay cột chứa dữ liệu. Công thức được chấp nhận nhưng nên thay bằng giá trị.',
    ],
    ['9.', 'Trang này (Hướng dẫn) và các trang tự thêm sẽ được bỏ qua khi nhập.'],
    [],
    ['Nộp lại'],
    [
      '1.',
      'Lưu tệp dạng "Excel Workbook (*.xlsx)" (Excel tiếng Việt: "Sổ làm việc Excel (*.xlsx)").',
    ],
    [
      '2.',
      'Chạy npm run data:import -- <tệp.xlsx>. Lệnh kiểm tra toàn bộ sổ theo đúng các quy tắc của dữ liệu CSV.',
    ],
    [
      '3.',
      'Mỗi lỗi ghi rõ ô: "tệp.xlsx › units!C12: lỗi gì — sửa thế nào". Sửa trong Excel, lưu, chạy lại. Khi còn lỗi, thư mục data/ không bị thay đổi.',
    ],
    [
      '4.',
      'Khi không còn lỗi, lệnh ghi lại các tệp CSV trong data/ và in số hàng thêm, xoá, sửa của từng bảng.',
    ],
    [
      '5.',
      'Gửi thay đổi của các tệp CSV (git diff) để người duyệt kiểm tra; CSV trong data/ vẫn là bản gốc.',
    ],
  ];
  return rows;
}

/** Rows of the first sheet of the workbook readers download from /so-lieu/. */
export function introRows(release: string | null, licence: string, siteUrl: string): string[][] {
  return [
    ['NTM TP.HCM – dữ liệu Chương trình xây dựng nông thôn mới TP. Hồ Chí Minh (sổ Excel)'],
    [
      `Đợt dữ liệu ${release ?? '(chưa rõ)'}. Giấy phép: ${licence}. Nguồn và cách trích dẫn: ${siteUrl}/so-lieu/`,
    ],
    [],
    ['Cách đọc'],
    [
      '1.',
      'Mỗi trang tính là một bảng, cùng nội dung với tệp CSV cùng tên: ô số là số, ô ngày là ngày; ngày chỉ có tháng hoặc năm ("2015-08", "2015") là chữ, đúng như nguồn ghi.',
    ],
    ['2.', 'Ô trống nghĩa là chưa có số liệu công bố, không phải 0.'],
    ['3.', 'Mỗi dòng dẫn nguồn ở cột source_id: mã của một dòng trong trang sources.'],
    [
      '4.',
      `Trang "${DICTIONARY_SHEET}" mô tả từng cột: kiểu, bắt buộc hay không, ý nghĩa, giá trị được phép. Di chuột vào ô tiêu đề để xem ghi chú.`,
    ],
    [
      '5.',
      'Phần mềm thống kê (R, Python, DuckDB…) nên đọc các tệp CSV và datapackage.json; sổ này dành cho người dùng Excel.',
    ],
    [],
    ['Các trang tính'],
    ...(Object.keys(TABLES) as TableName[]).map((t) => [t, TABLE_TITLES[t]]),
    [DICTIONARY_SHEET, 'Từ điển dữ liệu của mọi bảng'],
  ];
}

/** The dictionary sheet: one row per column of every table. */
export function dictionaryRows(): string[][] {
  const rows: string[][] = [['bang', 'cot', 'kieu', 'bat_buoc', 'y_nghia', 'gia_tri_cho_phep']];
  for (const t of Object.keys(TABLES) as TableName[]) {
    for (const [name, c] of Object.entries(TABLES[t].columns as Record<string, Column<unknown>>)) {
      rows.push([
        t,
        name,
        typeLabelVi(c.typeLabel),
        c.required ? 'có' : 'không',
        columnDocVi(t, name),
        c.values
          ? Object.keys(c.values)
              .map((k) => `${k} = ${valueDocVi(t, name, k)}`)
              .join('; ')
          : '',
      ]);
    }
  }
  return rows;
}
