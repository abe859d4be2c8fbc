// The checker's messages in Vietnamese, for the editor. `npm run check:stories` prints its
// frontmatter messages in English (the lead's terminal tool, matched by its tests); the
// story-language messages are Vietnamese already. Field rules come from STORY_FIELDS, so a
// rule and its translation are declared together; the rest are the checker's reference
// messages. A message not listed here is shown as it is, after the field's Vietnamese name.
import { STORY_FIELDS } from '../schema/story-fields.ts';

const F = STORY_FIELDS;

/** "cover.alt" → "Ảnh bìa › Mô tả ảnh", from the labels the form shows. */
export function fieldLabel(path: string): string {
  const [head, sub] = path.split('.');
  const f = (F as Record<string, { label: string } & Record<string, unknown>>)[head ?? ''];
  if (!f) return path;
  const child = sub !== undefined ? (f[sub] as { label?: string } | undefined)?.label : undefined;
  if (child) return `${f.label} › ${child}`;
  return sub !== undefined && /^\d+$/.test(sub) ? `${f.label} (mục ${Number(sub) + 1})` : f.label;
}

const exact = new Map<string, string>([
  [F.title.length.tooShort, F.title.length.vi],
  [F.title.length.tooLong, F.title.length.vi],
  [F.summary.length.tooShort, F.summary.length.vi],
  [F.summary.length.tooLong, F.summary.length.vi],
  [F.titleEn.length.tooShort, F.titleEn.length.vi],
  [F.titleEn.length.tooLong, F.titleEn.length.vi],
  [F.summaryEn.length.tooShort, F.summaryEn.length.vi],
  [F.summaryEn.length.tooLong, F.summaryEn.length.vi],
  [F.communes.tooFew, F.communes.tooFewVi],
  [F.sources.tooFew, F.sources.tooFewVi],
  [F.modelType.message, 'Chọn một loại mô hình trong danh sách.'],
  [F.cover.alt.message, 'Ảnh bìa cần mô tả cho người không nhìn thấy. Điền "Mô tả ảnh".'],
  [F.cover.alt.length.tooShort, F.cover.alt.length.vi],
  [F.cover.credit.message, 'Ảnh bìa cần tác giả và giấy phép. Điền "Tác giả và giấy phép".'],
  [F.cover.credit.length.tooShort, F.cover.credit.length.vi],
]);

const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^(published|updated): write the date as YYYY-MM-DD/,
    (m) => `${fieldLabel(m[1]!)}: chọn ngày trong lịch.`,
  ],
  [
    /^(published|updated): not a real date/,
    (m) => `${fieldLabel(m[1]!)}: ngày không có thật, chọn lại trong lịch.`,
  ],
  [
    /^(communes\.\d+): "([^"]*)" is not a commune or town code/,
    (m) => `${fieldLabel(m[1]!)}: "${m[2]}" không phải mã xã, thị trấn trong dữ liệu.`,
  ],
  [
    /^(sources\.\d+): "([^"]*)" is not a source id/,
    (m) => `${fieldLabel(m[1]!)}: "${m[2]}" không có trong danh mục nguồn.`,
  ],
  [
    /^district: "([^"]*)" is not a district code/,
    (m) => `Huyện: "${m[1]}" không phải mã huyện; bỏ trống để tự suy ra.`,
  ],
  [
    /^district: district (\S+) does not match the communes/,
    (m) => `Huyện: huyện ${m[1]} không khớp với các xã đã chọn; bỏ trống để tự suy ra.`,
  ],
  [
    /^cover\.src: file (.*) not found next to the story/,
    (m) => `Ảnh bìa › Tệp ảnh: không tìm thấy tệp ${m[1]} cạnh bài; chọn lại ảnh.`,
  ],
  [
    /^cover\.src: /,
    () =>
      'Ảnh bìa: có mô tả hoặc tác giả nhưng chưa chọn tệp ảnh. Chọn ảnh, hoặc xóa mô tả và tác giả.',
  ],
  [
    /^<Stat id="([^"]*)">/,
    (m) => `Số liệu (Stat) "${m[1]}" không có trong dữ liệu; chọn lại trong danh sách.`,
  ],
  [/^<Cite id="([^"]*)">/, (m) => `Trích nguồn (Cite) "${m[1]}" không có trong danh mục nguồn.`],
  [
    /^<PullQuote source="([^"]*)">/,
    (m) => `Trích dẫn nổi bật: nguồn "${m[1]}" không có trong danh mục nguồn.`,
  ],
  [/^<PullQuote> needs source/, () => 'Trích dẫn nổi bật cần nguồn đã đăng đúng lời trích.'],
  [
    /^<CommuneLink code="([^"]*)">/,
    (m) => `Liên kết tới xã: mã "${m[1]}" không phải xã, thị trấn trong dữ liệu.`,
  ],
  [/^no frontmatter/, () => 'Bài thiếu phần thông tin đầu bài.'],
  [/^frontmatter is not valid YAML/, () => 'Phần thông tin đầu bài viết sai cú pháp.'],
  [
    /^([a-zA-Z.\d]+): (Invalid input|Required)/,
    (m) => `${fieldLabel(m[1]!)}: chưa điền hoặc điền sai kiểu.`,
  ],
];

export function messageInVietnamese(message: string): string {
  const known = exact.get(message);
  if (known) return `${fieldLabel(message.split(':')[0]!)}: ${known}`;
  for (const [re, vi] of patterns) {
    const m = re.exec(message);
    if (m) return vi(m);
  }
  const field = /^([a-zA-Z]+(?:\.[a-zA-Z\d]+)*): ([\s\S]*)$/.exec(message);
  return field && field[1]! in F ? `${fieldLabel(field[1]!)}: ${field[2]}` : message;
}
