// The data build's diagnostics (English, file:line:column) → Vietnamese messages naming
// the workbook cell. Only the wording changes here; the rules stay in validate.ts and
// columns.ts. A message without a translation is shown in English rather than hidden.
import type { Diagnostic } from '../data/diagnostics.ts';
import type { SheetDiagnostic, SheetTable } from './import.ts';

type Rule = [RegExp, (m: RegExpExecArray) => string];

const q = (s: string | undefined) => `“${s ?? ''}”`;

// Cell problems from src/lib/schema/columns.ts (after the "column: " prefix).
const PROBLEMS: Rule[] = [
  [/^empty cell in a required column$/, () => 'ô trống ở cột bắt buộc'],
  [/^text longer than (\d+) characters$/, (m) => `chữ dài quá ${m[1]} ký tự`],
  [/^"(.*)" is not a valid id$/, (m) => `${q(m[1])} không phải mã định danh hợp lệ`],
  [/^"(.*)" is not a GSO code$/, (m) => `${q(m[1])} không phải mã GSO`],
  [
    /^"(.*)" is not an allowed value$/,
    (m) => `${q(m[1])} không có trong danh sách giá trị được phép`,
  ],
  [/^"(.*)" is not a number$/, (m) => `${q(m[1])} không phải là số`],
  [/^"(.*)" is not a whole number$/, (m) => `${q(m[1])} không phải số nguyên`],
  [/^(.*) is below the minimum (.*)$/, (m) => `${m[1]} nhỏ hơn mức tối thiểu ${m[2]}`],
  [/^(.*) is above the maximum (.*)$/, (m) => `${m[1]} lớn hơn mức tối đa ${m[2]}`],
  [
    /^"(.*)" looks like a Vietnamese day\/month\/year date$/,
    (m) => `${q(m[1])} là ngày viết kiểu ngày/tháng/năm`,
  ],
  [/^"(.*)" is not a date$/, (m) => `${q(m[1])} không phải là ngày`],
  [/^year (\d+) is out of range$/, (m) => `năm ${m[1]} nằm ngoài khoảng cho phép`],
  [/^month (\d+) does not exist$/, (m) => `không có tháng ${m[1]}`],
  [/^(.*) is not a real calendar day$/, (m) => `${m[1]} không phải ngày có thật`],
  [/^"(.*)" is not a year$/, (m) => `${q(m[1])} không phải là năm`],
  [/^"(.*)" is not a web address$/, (m) => `${q(m[1])} không phải địa chỉ web`],
  [/^"(.*)" is not an ASCII slug$/, (m) => `${q(m[1])} không phải slug (chữ không dấu)`],
  [
    /^stray spaces around "(.*)" were removed$/s,
    (m) => `có dấu cách thừa ở đầu hoặc cuối ${q(m[1])}`,
  ],
  [
    /^contains HTML\/script markup; it is kept as plain text and never rendered$/,
    () => 'có mã HTML/script; chỉ được giữ như chữ thường, không bao giờ hiển thị như HTML',
  ],
  [
    /^unknown (unit code|source id|criteria set id) "(.*)"$/,
    (m) =>
      `${m[1] === 'unit code' ? 'mã đơn vị' : m[1] === 'source id' ? 'mã nguồn' : 'mã bộ tiêu chí'} ${q(m[2])} không có trong ${m[1] === 'unit code' ? 'trang units' : m[1] === 'source id' ? 'trang sources' : 'trang criteria_sets'}`,
  ],
];

// Whole-row and cross-table problems from src/lib/data/validate.ts.
const MESSAGES: Rule[] = [
  [
    /^duplicate (\w+) "(.*)" \(first on line (\d+)\)$/,
    (m) => `${m[1]} ${q(m[2])} bị trùng (đã có ở hàng {line:${m[3]}})`,
  ],
  [
    /^file has a header but no data rows$/,
    () => 'trang có hàng tiêu đề nhưng không có hàng dữ liệu nào',
  ],
  [
    /^source has neither a URL nor a decision number$/,
    () => 'nguồn không có cả địa chỉ web (url) lẫn số văn bản (decision_number)',
  ],
  [
    /^url_status is "unknown" but the source has a URL$/,
    () => 'url_status là “unknown” nhưng nguồn lại có địa chỉ web (url)',
  ],
  [
    /^a source whose address is not known needs a note$/,
    () => 'nguồn không rõ địa chỉ (url_status “unknown”) cần có ghi chú (note)',
  ],
  [/^the city has no parent$/, () => 'thành phố không có đơn vị cấp trên'],
  [/^a (\w+) needs a parent (\w+)$/, (m) => `một ${m[1]} cần có đơn vị cấp trên là ${m[2]}`],
  [
    /^parent of a (\w+) must be a (\w+), not a (\w+)$/,
    (m) => `đơn vị cấp trên của ${m[1]} phải là ${m[2]}, không phải ${m[3]}`,
  ],
  [/^only one of lat\/lon is filled$/, () => 'chỉ điền một trong hai cột lat/lon'],
  [/^coordinates (.*) lie outside Ho Chi Minh City$/, (m) => `toạ độ ${m[1]} nằm ngoài TP.HCM`],
  [/^coordinates without a quality mark$/, () => 'có toạ độ nhưng thiếu coord_quality'],
  [/^coordinates without a source$/, () => 'có toạ độ nhưng thiếu nguồn (coord_source_id)'],
  [
    /^a unit outside the programme needs the reason$/,
    () => 'đơn vị không thuộc chương trình cần ghi lý do',
  ],
  [
    /^standard "(.*)" does not apply to a (\w+)$/,
    (m) => `chuẩn ${q(m[1])} không áp dụng cho ${m[2]}`,
  ],
  [
    /^"not-yet" needs the date it was still not reached$/,
    () => '“not-yet” cần ngày mà tại đó đơn vị vẫn chưa đạt (as_of)',
  ],
  [
    /^cannot place this in time: no year, as_of or decided_on$/,
    () => 'không xác định được thời điểm: thiếu cả year, as_of và decided_on',
  ],
  [
    /^"(.*)" dated (\d+), before the "(.*)" it requires \((\d+), line (\d+)\)$/,
    (m) =>
      `${q(m[1])} ghi năm ${m[2]}, sớm hơn chuẩn ${q(m[3])} phải đạt trước (năm ${m[4]}, hàng {line:${m[5]}})`,
  ],
  [/^share (.*) is outside 0–1$/, (m) => `tỷ lệ ${m[1]} nằm ngoài khoảng 0–1`],
  [
    /^count (.*) is larger than its denominator (.*)$/,
    (m) => `số đếm ${m[1]} lớn hơn mẫu số ${m[2]}`,
  ],
  [/^unknown scope "(.*)"$/, (m) => `phạm vi (scope) ${q(m[1])} không phải mã đơn vị`],
  [
    /^a target needs a value or a count$/,
    () => 'mục tiêu cần có tỷ lệ (value) hoặc số đơn vị (count)',
  ],
  [
    /^a denominator without a count$/,
    () => 'có mẫu số (denominator) nhưng thiếu số đơn vị (count)',
  ],
  [
    /^a count without its total cannot be a share$/,
    () =>
      'có số đơn vị (count) mà không có tổng số (denominator) thì không tính được tỷ lệ (value)',
  ],
  [
    /^value (.*) is not (\d+)\/(\d+)$/,
    (m) => `tỷ lệ (value) ${m[1]!.replace('.', ',')} không bằng ${m[2]}/${m[3]}`,
  ],
  [
    /^only a city target can be a main target$/,
    () => 'chỉ mục tiêu của thành phố (level city) mới là mục tiêu chính (tier main)',
  ],
  [
    /^nothing contradicts this statement: goal "(.*)" has no other statement$/,
    (m) => `không có gì mâu thuẫn với hàng này: goal ${q(m[1])} không có hàng nào khác`,
  ],
  [
    /^a count of units reaching a standard must say which standard$/,
    () => 'số đơn vị đạt chuẩn phải ghi rõ chuẩn nào (cột standard)',
  ],
  [/^unknown standard "(.*)"$/, (m) => `chuẩn ${q(m[1])} không có trong danh sách`],
  [/^unknown topic "(.*)"$/, (m) => `chủ đề ${q(m[1])} không có trong danh sách`],
  [
    /^topic "(.*)" is already answered by "(.*)" \(line (\d+)\)$/,
    (m) => `chủ đề ${q(m[1])} đã do câu hỏi ${q(m[2])} trả lời (hàng {line:${m[3]}})`,
  ],
  [
    /^the nearest published fact and its source go together$/,
    () => 'dữ kiện gần nhất (nearest) và nguồn của nó (nearest_source_id) phải đi cùng nhau',
  ],
  [
    /^"(\w+)_en" translates an empty "(\w+)"$/,
    (m) => `cột ${m[1]}_en (tiếng Anh) dịch một ô ${m[2]} đang trống`,
  ],
  [
    /^no open question answers the topics? (.*)$/,
    (m) => `chưa có câu hỏi nào trả lời chủ đề ${m[1]!.replace(/"([^"]*)"/g, '“$1”')}`,
  ],
  [
    /^only communes and towns are in the crosswalk, not a (\w+)$/,
    (m) => `bảng crosswalk chỉ gồm xã và thị trấn, không gồm ${m[1]}`,
  ],
  [/^(.*) has no row in crosswalk\.csv$/, (m) => `${m[1]} chưa có hàng nào trong trang crosswalk`],
  [
    /^(.*) is a (\w+); only communes and towns get a tile$/,
    (m) => `${m[1]} là ${m[2]}; chỉ xã và thị trấn có ô trên bản đồ`,
  ],
  [
    /^(.*) is on the same tile \(col (\d+), row (\d+)\) as (.*) \(line (\d+)\)$/,
    (m) => `${m[1]} trùng ô (col ${m[2]}, row ${m[3]}) với ${m[4]} (hàng {line:${m[5]}})`,
  ],
  [
    /^(.*) \((\d+)\) has no tile in hex_layout\.csv$/,
    (m) => `${m[1]} (${m[2]}) chưa có ô trong trang hex_layout`,
  ],
  [/^dataset\.csv must have exactly one row$/, () => 'trang dataset chỉ được có đúng một hàng'],
];

const FIXES: Rule[] = [
  [/^fill in a value$/, () => 'điền giá trị'],
  [/^shorten it$/, () => 'rút gọn'],
  [
    /^use lower-case ASCII letters, digits and single hyphens/,
    () => 'chỉ dùng chữ thường không dấu (a–z), chữ số và dấu gạch nối, ví dụ “ccptnt-2015-08”',
  ],
  [/^use the 2–5 digit GSO code/, () => 'dùng mã GSO 2–5 chữ số, ví dụ 27556'],
  [/^use one of: (.*)$/, (m) => `chọn một trong: ${m[1]}`],
  [
    /^write numbers in CSV with a dot/,
    () => 'nhập ô dạng số; nếu gõ dạng chữ thì dùng dấu phẩy thập phân, ví dụ 1234,5',
  ],
  [/^write a plain number/, () => 'nhập một số, ví dụ 42 hoặc 63,2'],
  [/^use an integer$/, () => 'nhập số nguyên'],
  [/^use a value ≥ (.*)$/, (m) => `nhập giá trị ≥ ${m[1]}`],
  [/^use a value ≤ (.*)$/, (m) => `nhập giá trị ≤ ${m[1]}`],
  [
    /^write dates in ISO form, here (.*)$/,
    (m) => `gõ dạng năm-tháng-ngày: ${m[1]}, hoặc nhập ô dạng ngày`,
  ],
  [
    /^write an ISO date/,
    () =>
      'nhập ô dạng ngày, hoặc gõ năm-tháng-ngày (2015-08-31), năm-tháng (2015-08) hay năm (2015) khi nguồn chỉ ghi đến đó',
  ],
  [/^use a year between (\d+) and (\d+)$/, (m) => `dùng năm từ ${m[1]} đến ${m[2]}`],
  [/^use a month from 01 to 12$/, () => 'tháng từ 01 đến 12'],
  [/^check the day of the month$/, () => 'kiểm tra lại ngày trong tháng'],
  [/^write a four-digit year/, () => 'gõ năm bốn chữ số, ví dụ 2015'],
  [/^write a full address/, () => 'gõ đầy đủ địa chỉ, bắt đầu bằng https:// hoặc http://'],
  [
    /^use lower-case letters without diacritics/,
    () => 'dùng chữ thường không dấu, chữ số và dấu gạch nối, ví dụ tan-thong-hoi',
  ],
  [/^delete the leading\/trailing spaces$/, () => 'xoá dấu cách ở đầu và cuối ô'],
  [/^remove the markup/, () => 'xoá mã HTML, trừ khi nguồn thật sự có'],
  [/^did you mean "(.*)"\?$/, (m) => `có phải ${q(m[1])}?`],
  [
    /^add it to (\w+)\.csv first, or correct the reference$/,
    (m) => `thêm nó vào trang ${m[1]} trước, hoặc sửa lại mã`,
  ],
  [/^give each row its own (\w+)$/, (m) => `mỗi hàng cần một ${m[1]} riêng`],
  [/^add the data rows/, () => 'thêm các hàng dữ liệu'],
  [
    /^add the URL where it is published, or the decision number/,
    () =>
      'điền địa chỉ web của nguồn, hoặc số văn bản; nếu không biết cả hai, đặt url_status là “unknown” và ghi trong note văn bản có được bằng cách nào',
  ],
  [/^empty url_status$/, () => 'để trống url_status'],
  [
    /^say in note how the text reached us/,
    () => 'ghi trong note văn bản có được bằng cách nào và điều gì về nó chưa rõ',
  ],
  [/^leave parent_code empty$/, () => 'để trống parent_code'],
  [/^fill in the code of its (\w+)$/, (m) => `điền mã của ${m[1]} chứa nó`],
  [/^correct parent_code$/, () => 'sửa lại parent_code'],
  [/^make the slug unique/, () => 'đặt slug khác, ví dụ thêm tên huyện: “tan-phu-cu-chi”'],
  [/^fill both or neither$/, () => 'điền cả hai hoặc để trống cả hai'],
  [
    /^check the point;.*\(lat and lon swapped\?\)$/,
    () => 'kiểm tra lại toạ độ (có bị đảo lat và lon không?)',
  ],
  [/^set coord_quality to "approximate"$/, () => 'điền coord_quality là “approximate”'],
  [/^fill coord_source_id/, () => 'điền coord_source_id là mã nguồn của toạ độ'],
  [/^write why, as the source states it$/, () => 'ghi lý do như nguồn nêu'],
  [
    /^use a (\w+)-level standard, or correct unit_code$/,
    (m) => `dùng chuẩn cấp ${m[1]}, hoặc sửa unit_code`,
  ],
  [/^fill as_of$/, () => 'điền as_of'],
  [
    /^fill the year of the standard/,
    () => 'điền năm đạt chuẩn (year), hoặc ngày mà chậm nhất đến đó đã đạt (as_of)',
  ],
  [/^check both years/, () => 'kiểm tra cả hai năm: đơn vị phải đạt chuẩn thấp hơn trước'],
  [/^store shares as fractions/, () => 'ghi tỷ lệ dạng phân số: 79,3% → 0,793'],
  [/^check both numbers against the source$/, () => 'đối chiếu cả hai số với nguồn'],
  [
    /^use a unit code from units\.csv, VN for the whole country, or VN-HN for Hà Nội$/,
    () => 'dùng mã đơn vị trong trang units, VN cho cả nước, hoặc VN-HN cho Hà Nội',
  ],
  [
    /^use a unit code from units\.csv, or VN/,
    () => 'dùng mã đơn vị trong trang units, hoặc VN cho cả nước',
  ],
  [
    /^fill standard \((.*)\), or explain in note why the source does not allow it$/,
    (m) => `điền standard (${m[1]}), hoặc ghi trong note vì sao nguồn không cho biết`,
  ],
  [
    /^fill value \(a share, 0–1\), or count when the source states a number of units$/,
    () => 'điền value (tỷ lệ, 0–1), hoặc count khi nguồn nêu số đơn vị',
  ],
  [
    /^fill count \("(.*)" → (\d+)\), or empty denominator$/,
    (m) => `điền count (${q(m[1])} → ${m[2]}), hoặc để trống denominator`,
  ],
  [
    /^empty value, or fill denominator with the total the source states$/,
    () => 'để trống value, hoặc điền denominator là tổng số nguồn nêu',
  ],
  [
    /^write (.*) \(count \/ denominator, 4 decimals\)$/,
    (m) => `nhập ${m[1]!.replace('.', ',')} (count / denominator, làm tròn 4 chữ số thập phân)`,
  ],
  [/^use tier "context" for a national target$/, () => 'dùng tier “context” cho mục tiêu cả nước'],
  [
    /^empty standing, or add the statements that settle the goal$/,
    () => 'để trống standing, hoặc thêm các hàng cùng goal cho thấy mục tiêu đúng là gì',
  ],
  [/^use: (.*)$/, (m) => `dùng: ${m[1]}`],
  [/^give each topic to one question only$/, () => 'mỗi chủ đề chỉ ghi ở một câu hỏi'],
  [
    /^fill both, or neither when nothing near is published$/,
    () => 'điền cả hai, hoặc để trống cả hai khi chưa có dữ kiện nào gần được công bố',
  ],
  [
    /^add the topic to the "topics" of the question that explains it/,
    () =>
      'thêm chủ đề vào cột topics của câu hỏi giải thích nó, để mỗi chỗ “Chưa có số liệu công bố” trên trang đều dẫn tới một mục',
  ],
  [/^fill "(\w+)" first, or empty "(\w+)"$/, (m) => `điền ${m[1]} trước, hoặc để trống ${m[2]}`],
  [/^remove the row$/, () => 'xoá hàng này'],
  [
    /^add what it became on 1 July 2025$/,
    () => 'thêm hàng cho biết đơn vị này trở thành gì từ 01/07/2025',
  ],
  [/^move one of them to a free tile$/, () => 'chuyển một trong hai sang ô trống'],
  [
    /^add a row "code,col,row" for it/,
    () => 'thêm một hàng (code, col, row) cho nó ở ô trống gần huyện của nó',
  ],
  [/^keep only the row for this release$/, () => 'chỉ giữ hàng của đợt dữ liệu này'],
];

function apply(rules: Rule[], text: string): string | null {
  for (const [re, f] of rules) {
    const m = re.exec(text);
    if (m) return f(m);
  }
  return null;
}

/** Vietnamese wording of one diagnostic of the data build; `row` maps a CSV line to its sheet row. */
export function translate(
  message: string,
  fix: string,
  row: (line: number) => number,
): { message: string; fix: string } {
  const lines = (s: string) =>
    s.replace(/\{line:(\d+)\}/g, (_, l: string) => String(row(Number(l))));
  const col = /^(\w+): (.*)$/s.exec(message);
  let vi = col ? apply(PROBLEMS, col[2]!) : null;
  if (vi !== null) vi = `cột ${col![1]}: ${vi}`;
  vi ??= apply(MESSAGES, message) ?? (col ? apply(MESSAGES, col[2]!) : null);
  return { message: lines(vi ?? message), fix: lines(apply(FIXES, fix) ?? fix) };
}

/** A data-build diagnostic about a table's CSV → the same problem at its workbook cell. */
export function toSheetDiagnostic(d: Diagnostic, table: SheetTable | undefined): SheetDiagnostic {
  const row = (line: number) => table?.rowAt.get(line) ?? line;
  const { message, fix } = translate(d.message, d.fix, row);
  const address =
    d.line === 0
      ? null
      : (table?.cellAt.get(`${d.line}:${d.column}`) ??
        (d.line === 1 ? '1:1' : `${row(d.line)}:${row(d.line)}`));
  return { severity: 'error', sheet: table?.name ?? null, address, message, fix };
}

/** `file.xlsx › Sheet!C12: what is wrong — how to fix it`. */
export function formatSheetDiagnostic(file: string, d: SheetDiagnostic): string {
  const where = d.sheet === null ? file : `${file} › ${d.sheet}${d.address ? `!${d.address}` : ''}`;
  return `${where}: ${d.severity === 'notice' ? 'lưu ý: ' : ''}${d.message} — ${d.fix}`;
}

/** Workbook order: whole-workbook problems, then sheet by sheet in table order, row, column. */
export function sortSheetDiagnostics(
  ds: readonly SheetDiagnostic[],
  sheets: readonly string[],
): SheetDiagnostic[] {
  const pos = (d: SheetDiagnostic): [number, number, number] => {
    const s =
      d.sheet === null ? -1 : sheets.indexOf(d.sheet) < 0 ? sheets.length : sheets.indexOf(d.sheet);
    const m = /^([A-Z]*)(\d*)/.exec(d.address ?? '')!;
    const col = m[1] ? [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0;
    return [s, m[2] ? Number(m[2]) : 0, col];
  };
  return [...ds].sort((a, b) => {
    const [pa, pb] = [pos(a), pos(b)];
    return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
  });
}
