// The story language: frontmatter, Markdown, and our registered author components with
// literal string props. Anything else (import/export, {expressions}, raw HTML, unknown
// components, computed props, javascript:/data: links) would run code when the site is built
// or put script into a page, so it is rejected here, before any story is compiled.
// The story is parsed by the same parser the MDX compiler uses (satteri), so the check sees
// exactly what the compiler would see; nothing is evaluated.
import { mdxToMdast } from 'satteri';
import { STORY_COMPONENTS, type ComponentSpec } from '../schema/story-components.ts';

export interface LanguageProblem {
  line: number;
  column: number;
  /** What is wrong — how to write it instead, in Vietnamese. */
  message: string;
}

interface Node {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: Node[];
  name?: string | null;
  attributes?: Attribute[];
  url?: string;
  value?: unknown;
}
interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

const COMPONENT_NAMES = Object.keys(STORY_COMPONENTS).join(', ');

/** Raw HTML elements and what to write instead. */
const HTML_INSTEAD: Record<string, string> = {
  script: 'bài viết không được chứa mã chạy trên trang; hãy xóa thẻ này',
  style: 'kiểu trình bày do trang quyết định; hãy xóa thẻ này',
  iframe: 'không nhúng trang khác vào bài; hãy viết một liên kết [tên trang](https://…)',
  object: 'không nhúng đối tượng vào bài; hãy viết một liên kết [tên tệp](https://…)',
  embed: 'không nhúng đối tượng vào bài; hãy viết một liên kết [tên tệp](https://…)',
  form: 'bài viết không chứa biểu mẫu; hãy xóa thẻ này',
  a: 'hãy viết liên kết bằng Markdown: [chữ hiển thị](https://…)',
  img: 'hãy dùng <ImageFigure src="./_media/ten-tep.svg" alt="…" caption="…" credit="…" />',
  b: 'hãy viết chữ đậm bằng **chữ đậm**',
  strong: 'hãy viết chữ đậm bằng **chữ đậm**',
  i: 'hãy viết chữ nghiêng bằng *chữ nghiêng*',
  em: 'hãy viết chữ nghiêng bằng *chữ nghiêng*',
  br: 'hãy xuống dòng bằng một dòng trống',
  p: 'hãy tách đoạn bằng một dòng trống',
  h1: 'hãy viết tiêu đề mục bằng ## Tiêu đề',
  h2: 'hãy viết tiêu đề mục bằng ## Tiêu đề',
  h3: 'hãy viết tiêu đề mục bằng ### Tiêu đề',
  ul: 'hãy viết danh sách bằng các dòng bắt đầu bằng "- "',
  ol: 'hãy viết danh sách bằng các dòng bắt đầu bằng "1. "',
  li: 'hãy viết danh sách bằng các dòng bắt đầu bằng "- "',
  blockquote: 'hãy dùng <PullQuote source="mã-nguồn">lời trích</PullQuote>',
};

/** A file in the stories' _media folder, or in one folder below it (the editor keeps each story's files in _media/<story>/). */
const MEDIA_PATH = /^(?:\.\/)?_media\/(?:[a-z0-9][a-z0-9-]*\/)?[^/.][^/]*$/;

/** Link targets a reader may follow: web pages, e-mail, and pages or anchors of this site. */
function linkProblem(url: string): string | null {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- control characters are what this strips
  const squashed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squashed)?.[1];
  if (scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto')
    return null;
  if (scheme === 'javascript' || scheme === 'vbscript')
    return `liên kết "${url}" chạy mã khi được bấm — hãy dẫn tới một trang https://…`;
  if (scheme === 'data')
    return `liên kết "${url}" nhúng dữ liệu (data:) — hãy dẫn tới một trang https://…, hoặc đưa hình vào _media và dùng <ImageFigure>`;
  return `liên kết "${url}" dùng giao thức "${scheme}:" — chỉ dùng https://, http://, mailto: hoặc đường dẫn trong trang (/xa/…)`;
}

function checkElement(node: Node, add: (node: Node, message: string) => void): void {
  const name = node.name;
  if (!name) {
    add(node, 'đoạn <>…</> (fragment) không được dùng — hãy viết chữ trực tiếp, không cần thẻ bao');
    return;
  }
  const spec = (STORY_COMPONENTS as Record<string, ComponentSpec>)[name];
  if (!spec) {
    if (/^[a-z]/.test(name) && !name.includes('.')) {
      add(
        node,
        `thẻ HTML <${name}> không được dùng trong bài — ${HTML_INSTEAD[name] ?? 'hãy viết bằng Markdown (## tiêu đề, **đậm**, *nghiêng*, [liên kết](https://…), danh sách "- ")'}`,
      );
    } else {
      add(
        node,
        `không có thành phần <${name}> — chỉ dùng được ${COMPONENT_NAMES} (xem content/README.md)`,
      );
    }
    return;
  }
  const seen = new Set<string>();
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || attr.name === undefined) {
      add(
        node,
        `<${name}>: thuộc tính dạng {…} (mã JavaScript) không được dùng — hãy viết từng thuộc tính như ten="giá trị"`,
      );
      continue;
    }
    const prop = attr.name;
    if (/^on/i.test(prop)) {
      add(
        node,
        `<${name} ${prop}>: thuộc tính sự kiện (${prop}) chạy mã trên trang và không được dùng — hãy xóa nó`,
      );
      continue;
    }
    if (!(prop in spec.props)) {
      add(
        node,
        `<${name}>: không có thuộc tính "${prop}" — <${name}> chỉ nhận ${Object.keys(spec.props)
          .map((p) => `${p}="…"`)
          .join(', ')}`,
      );
      continue;
    }
    seen.add(prop);
    if (typeof attr.value !== 'string') {
      add(
        node,
        attr.value === null || attr.value === undefined
          ? `<${name} ${prop}>: thiếu giá trị — hãy viết ${prop}="giá trị"`
          : `<${name} ${prop}={…}>: giá trị trong ngoặc nhọn là mã JavaScript — hãy viết chữ trong ngoặc kép: ${prop}="giá trị"`,
      );
      continue;
    }
    if (spec.props[prop]!.ref === 'media') {
      const bad =
        linkProblem(attr.value) ??
        (MEDIA_PATH.test(attr.value)
          ? null
          : `tệp hình "${attr.value}" phải nằm trong thư mục _media cạnh bài — viết src="./_media/ten-tep.svg"`);
      if (bad) add(node, `<${name} ${prop}>: ${bad}`);
    }
  }
  for (const [prop, p] of Object.entries(spec.props)) {
    if (p.required && !seen.has(prop)) add(node, `<${name}>: thiếu ${prop}="…" — ${p.help}`);
  }
  if (!spec.children && (node.children ?? []).length > 0) {
    add(
      node,
      `<${name}> không có nội dung bên trong — hãy viết <${name} … /> và để chữ ra ngoài thẻ`,
    );
  }
}

/** Every construct outside the story language, with its position (1-based line and column). */
export function checkStoryLanguage(source: string): LanguageProblem[] {
  let tree: Node;
  try {
    tree = mdxToMdast(source, { features: { frontmatter: true } }) as unknown as Node;
  } catch (e) {
    const msg = (e as Error).message;
    const at = /^(\d+):(\d+):\s*/.exec(msg);
    return [
      {
        line: at ? Number(at[1]) : 1,
        column: at ? Number(at[2]) : 1,
        message: `không đọc được bài (cú pháp MDX): ${msg.replace(/^(\d+):(\d+):\s*/, '')} — kiểm tra thẻ <…> ở dòng này đã đóng đúng chưa; muốn viết dấu < hoặc { như chữ thường thì viết \\< hoặc \\{`,
      },
    ];
  }
  const problems: LanguageProblem[] = [];
  const add = (node: Node, message: string) =>
    problems.push({
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      message,
    });
  const walk = (node: Node): void => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          node,
          'import và export không được dùng trong bài — các thành phần (Stat, Cite, …) có sẵn không cần import; hình thì viết <ImageFigure src="./_media/ten-tep.svg" … />',
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(
          node,
          'phần trong ngoặc nhọn {…} là mã JavaScript và không được dùng — hãy viết chữ thường; muốn hiện dấu { thì viết \\{',
        );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, add);
        break;
      case 'html':
        add(node, 'mã HTML không được dùng trong bài — hãy viết bằng Markdown');
        return;
      case 'image':
        add(
          node,
          `hình Markdown ![…](…) không được dùng — hãy dùng <ImageFigure src="./_media/ten-tep.svg" alt="…" caption="…" credit="…" /> để hình có mô tả và tác giả`,
        );
        return;
      case 'link':
      case 'definition': {
        const bad = linkProblem(String(node.url ?? ''));
        if (bad) add(node, bad);
        break;
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
