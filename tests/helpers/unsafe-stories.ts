// The unsafe-story fixtures (tests/fixtures/stories-unsafe/): one per construct outside the
// story language, shared by the checker's unit tests and the build tests.
/** Fixture → where the construct starts and the start of its message. */
export const UNSAFE: Record<string, [string, RegExp]> = {
  'import-export': ['11:1', /^import và export không được dùng trong bài/],
  expression: ['11:17', /^phần trong ngoặc nhọn \{…\} là mã JavaScript/],
  script: [
    '13:1',
    /^thẻ HTML <script> không được dùng trong bài — bài viết không được chứa mã chạy trên trang/,
  ],
  style: ['13:1', /^thẻ HTML <style> không được dùng/],
  iframe: ['13:1', /^thẻ HTML <iframe> không được dùng trong bài — không nhúng trang khác/],
  object: ['13:1', /^thẻ HTML <object> không được dùng/],
  embed: ['13:1', /^thẻ HTML <embed> không được dùng/],
  form: ['13:1', /^thẻ HTML <form> không được dùng/],
  'on-attribute': ['11:6', /^<Cite onClick>: thuộc tính sự kiện \(onClick\) chạy mã trên trang/],
  'unknown-component': [
    '13:1',
    /^không có thành phần <Chart> — chỉ dùng được Stat, Cite, CommuneLink, ImageFigure, PullQuote/,
  ],
  'non-literal-prop': [
    '11:4',
    /^<Stat id=\{…\}>: giá trị trong ngoặc nhọn là mã JavaScript — hãy viết chữ trong ngoặc kép: id="giá trị"/,
  ],
  'javascript-link': [
    '11:5',
    /^liên kết "javascript:alert\(document\.cookie\)" chạy mã khi được bấm/,
  ],
  'data-link': ['11:5', /^liên kết "data:text\/html;base64,[^"]*" nhúng dữ liệu \(data:\)/],
};
