// Keystatic's own interface in Vietnamese. Keystatic 0.6 has no Vietnamese locale, and most of
// its labels are plain English literals, so the editor's Vite plugin rewrites the literals
// staff see in Keystatic's and Keystar UI's bundles. Only a literal in a UI position (a label,
// children, aria-label, title, placeholder, a dictionary entry) is rewritten, never one used
// as a key or a value. tests/unit/editor-l10n.test.ts fails if a listed text is no longer
// found in the installed Keystatic (an upgrade renamed it), and the browser test reads the
// Vietnamese buttons.

/** English text as Keystatic shows it → Vietnamese. */
export const KEYSTATIC_VI: Record<string, string> = {
  // Navigation and lists
  Dashboard: 'Tổng quan',
  Collections: 'Danh mục',
  'Open app navigation': 'Mở thanh điều hướng',
  Add: 'Thêm',
  Slug: 'Tên tệp',
  Search: 'Tìm',
  'show search': 'Hiện ô tìm',
  'Empty list': 'Danh sách trống',
  'Add the first item to see it here.': 'Thêm mục đầu tiên để thấy ở đây.',
  // An entry's page
  Create: 'Tạo bài',
  Save: 'Lưu',
  Unsaved: 'Chưa lưu',
  Reset: 'Hủy thay đổi',
  'Reset changes': 'Hủy thay đổi',
  'Delete entry\\u2026': 'Xóa bài…',
  'Delete entry': 'Xóa bài',
  'Duplicate entry\\u2026': 'Nhân bản bài…',
  'Copy entry': 'Sao chép bài',
  'Paste entry': 'Dán bài',
  Preview: 'Xem trước',
  'Are you sure? This action cannot be undone.':
    'Bạn chắc chắn muốn xóa? Bài đã xóa không khôi phục được.',
  'Yes, delete': 'Xóa',
  Cancel: 'Hủy',
  Undo: 'Hoàn tác',
  Done: 'Xong',
  Edit: 'Sửa',
  Remove: 'Bỏ',
  'Choose file': 'Chọn tệp',
  Dismiss: 'Đóng',
  Regenerate: 'Đặt lại theo tiêu đề',
  regenerate: 'Đặt lại theo tiêu đề',
  theme: 'Giao diện sáng hoặc tối',
  Resize: 'Đổi độ rộng',
  // The text editor's toolbar
  'Text block': 'Kiểu đoạn',
  Paragraph: 'Đoạn văn',
  'Formatting options': 'Tùy chọn định dạng',
  'Text formatting': 'Định dạng chữ',
  Bold: 'Đậm',
  Italic: 'Nghiêng',
  Strikethrough: 'Gạch ngang',
  Code: 'Mã',
  'Clear formatting': 'Xóa định dạng',
  Lists: 'Danh sách',
  'Bullet list': 'Danh sách gạch đầu dòng',
  'Numbered list': 'Danh sách đánh số',
  Blocks: 'Khối',
  Divider: 'Đường kẻ ngang',
  Quote: 'Trích dẫn',
  Table: 'Bảng',
  Link: 'Liên kết',
  Insert: 'Chèn',
  'Start writing or press \\"/\\" for commands...': 'Bắt đầu viết, hoặc gõ \\"/\\" để chèn…',
};

/** Literals whose surroundings are not a plain UI position: the exact source text → Vietnamese. */
export const KEYSTATIC_VI_SNIPPETS: [string, string][] = [
  ['isCreating ? "Create" : "Save"', 'isCreating ? "Tạo bài" : "Lưu"'],
  ["singular: 'entry',", "singular: 'bài',"],
  [
    `placeholderPlugin('Start writing or press "/" for commands…')`,
    `placeholderPlugin('Bắt đầu viết, hoặc gõ "/" để chèn…')`,
  ],
  ["plural: 'entries'", "plural: 'bài'"],
  ['`Heading ${level}`', '`Tiêu đề mục ${level}`'],
  ["'Heading ' + level", "'Tiêu đề mục ' + level"],
  ["[props.href ? 'Edit' : 'Add', \" link\"]", "[props.href ? 'Sửa' : 'Thêm', \" liên kết\"]"],
  ['props.href ? "Edit" : "Add"', 'props.href ? "Sửa" : "Thêm"'],
  ['children: ["Edit ", ', 'children: ["Sửa: ", '],
];

const UI_KEY = String.raw`(?:children|label|"aria-label"|name|title|placeholder|description|actionLabel|cancelLabel|primaryActionLabel|"[a-zA-Z]+")`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An English text as a string literal in a UI position (`label: "Save"`, `"save": \`Save\``). */
export const uiLiteral = (en: string): RegExp =>
  new RegExp(`(${UI_KEY}\\s*:\\s*)(["'\`])${escape(en)}\\2`, 'g');
const RULES: [RegExp, string][] = Object.entries(KEYSTATIC_VI).map(([en, vi]) => [
  uiLiteral(en),
  `$1$2${vi.replaceAll('$', '$$$$')}$2`,
]);

/** Whether a module is part of Keystatic's interface (its bundles, and Keystar UI's). */
export const isKeystaticUi = (id: string): boolean =>
  /[\\/]node_modules[\\/]@(keystatic[\\/]core|keystar[\\/]ui)[\\/]dist[\\/].*\.js$/.test(id);

export function translateKeystatic(code: string): string {
  let out = code;
  for (const [from, to] of KEYSTATIC_VI_SNIPPETS) out = out.replaceAll(from, to);
  for (const [re, to] of RULES) out = out.replace(re, to);
  return out;
}
