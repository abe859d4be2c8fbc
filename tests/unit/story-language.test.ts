// The story language rejects everything that could run code or put script into a page, at
// the right line and column, and accepts the real stories as they are written.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkStoryLanguage } from '../../src/lib/stories/story-language.ts';
import { FIXTURES } from '../helpers/fixtures.ts';
import { UNSAFE } from '../helpers/unsafe-stories.ts';

const at = (p: { line: number; column: number }) => `${p.line}:${p.column}`;
const body = (s: string) => `---\ntitle: "x"\n---\n\n${s}\n`;

describe('the story language', () => {
  it('has one fixture per rejected construct, and each is rejected at its place with its message', () => {
    const files = readdirSync(join(FIXTURES, 'stories-unsafe'))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace(/\.mdx$/, ''))
      .sort();
    assert.deepEqual(files, Object.keys(UNSAFE).sort());
    for (const [name, [where, message]] of Object.entries(UNSAFE)) {
      const problems = checkStoryLanguage(
        readFileSync(join(FIXTURES, 'stories-unsafe', `${name}.mdx`), 'utf8'),
      );
      assert.equal(problems.length, 1, `${name}: ${JSON.stringify(problems)}`);
      assert.equal(at(problems[0]!), where, name);
      assert.match(problems[0]!.message, message, name);
      assert.match(problems[0]!.message, / — /, `${name}: says how to write it instead`);
    }
  });

  it('accepts every published story and the synthetic sample', () => {
    for (const dir of ['content/stories', 'content/synthetic-stories']) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.mdx'))) {
        assert.deepEqual(checkStoryLanguage(readFileSync(join(dir, f), 'utf8')), [], f);
      }
    }
  });

  it('accepts Markdown and the components with literal props', () => {
    const ok = body(
      [
        '## Mục',
        '',
        'Đoạn **đậm**, *nghiêng*, [liên kết](https://example.org/), [trang](/xa/thai-my/), [thư](mailto:a@b.vn), [mục](#muc).',
        '',
        '- ý một',
        '1. ý hai',
        '',
        'Có <Stat id="f-79-ntm-2015-08" /> xã <Cite id="nguon" />, <CommuneLink code="27556" label="Tân Thông Hội" />.',
        '',
        '<PullQuote source="nguon">lời trích</PullQuote>',
        '',
        '<ImageFigure src="./_media/so-do.svg" alt="Sơ đồ" caption="Chú thích" credit="NTM TP.HCM, CC BY 4.0" />',
        '',
        'Dấu \\{ và \\< viết như chữ.',
      ].join('\n'),
    );
    assert.deepEqual(checkStoryLanguage(ok), []);
  });

  it('sees through a scheme hidden by case, spaces or control characters', () => {
    for (const url of ['JaVaScRiPt:alert(1)', 'vbscript:msgbox(1)', '<java\tscript:alert(1)>']) {
      assert.match(
        checkStoryLanguage(body(`[x](${url})`))[0]?.message ?? '',
        /chạy mã khi được bấm/,
        url,
      );
    }
    // Percent-encoding inside a scheme makes it a relative path, which browsers do not run.
    assert.deepEqual(checkStoryLanguage(body('[x](java%0ascript:alert(1))')), []);
    assert.match(
      checkStoryLanguage(body('[x]: javascript:alert(1)\n\n[y][x]'))[0]!.message,
      /chạy mã/,
    );
    assert.match(
      checkStoryLanguage(body('[x](file:///etc/passwd)'))[0]!.message,
      /giao thức "file:"/,
    );
  });

  it('rejects spread props, boolean props, unknown and missing props, children of childless components', () => {
    const messages = (s: string) => checkStoryLanguage(body(s)).map((p) => p.message);
    assert.match(messages('<Stat {...x} />')[0]!, /thuộc tính dạng \{…\}/);
    assert.match(messages('<Stat id />')[0]!, /<Stat id>: thiếu giá trị/);
    assert.match(
      messages('<Stat id="a" kind="b" />')[0]!,
      /không có thuộc tính "kind" — <Stat> chỉ nhận id="…"/,
    );
    assert.match(messages('<Cite />')[0]!, /<Cite>: thiếu id="…"/);
    assert.match(messages('<Stat id="a">chữ</Stat>')[0]!, /<Stat> không có nội dung bên trong/);
    assert.match(
      messages(
        '<ImageFigure src="https://example.org/a.png" alt="a" caption="b" credit="c" />',
      )[0]!,
      /phải nằm trong thư mục _media/,
    );
    assert.match(messages('<div onmouseover="x">a</div>')[0]!, /thẻ HTML <div> không được dùng/);
    assert.match(messages('<>a</>')[0]!, /fragment/);
    assert.match(messages('![hình](./_media/a.svg)')[0]!, /hình Markdown/);
  });

  it('takes an image in _media or in one story folder below it (where the editor saves), and nothing outside', () => {
    const figure = (src: string) =>
      checkStoryLanguage(body(`<ImageFigure src="${src}" alt="a" caption="b" credit="c" />`)).map(
        (p) => p.message,
      );
    for (const ok of ['./_media/so-do.svg', '_media/so-do.svg', './_media/bai-thu-hinh/so-do.svg'])
      assert.deepEqual(figure(ok), [], ok);
    for (const bad of [
      './_media/../secret.svg',
      './_media/a/b/c.svg',
      './_media/.hidden.svg',
      '../_media/x.svg',
      './_media/Thu Muc/x.svg',
    ]) {
      assert.match(figure(bad)[0] ?? '', /phải nằm trong thư mục _media/, bad);
    }
  });

  it('reports MDX that does not parse at its line, with a fix, instead of throwing', () => {
    const p = checkStoryLanguage(body('Đoạn một.\n\n<!-- ghi chú -->'));
    assert.equal(p.length, 1);
    assert.equal(p[0]!.line, 7);
    assert.match(p[0]!.message, /^không đọc được bài \(cú pháp MDX\): .* — kiểm tra thẻ/);
  });
});
