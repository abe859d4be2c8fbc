// The editor's save-time check: a story with problems is written as a draft (never lost, never
// published), the problems are reported in Vietnamese, and other files pass through untouched.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDraft } from '../../src/lib/stories/check-story.ts';
import {
  checkUpdate,
  markDraft,
  problemReport,
  type CheckFile,
} from '../../src/editor/save-check.ts';
import { messageInVietnamese } from '../../src/lib/stories/messages-vi.ts';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const text = (b: string) => Buffer.from(b, 'base64').toString('utf8');
const story = (draft: string) => `---\ntitle: 'Hợp tác xã rau sạch'\n${draft}---\nNội dung.\n`;
const failing: CheckFile = (file) => [
  {
    file,
    line: 3,
    column: 1,
    message: 'cover.alt: describe the image for people who cannot see it',
  },
];
const passing: CheckFile = () => [];

describe('markDraft', () => {
  it('turns draft: false into draft: true and keeps everything else', () => {
    assert.equal(markDraft(story('draft: false\n')), story('draft: true\n'));
  });
  it('adds draft: true when the story has no draft line', () => {
    assert.ok(isDraft(markDraft(story(''))));
  });
});

describe('checkUpdate', () => {
  const update = (body: string) => ({
    additions: [
      { path: 'content/stories/bai.mdx', contents: b64(body) },
      { path: 'content/stories/_media/bai/anh.svg', contents: b64('<svg/>') },
    ],
    deletions: [],
  });
  it('saves a story with problems as a draft, and reports them', () => {
    const r = checkUpdate(update(story('draft: false\n')), 'content/stories', failing, () => false);
    assert.equal(text(r.update.additions[0]!.contents), story('draft: true\n'));
    assert.deepEqual(
      r.checks.map((c) => [c.path, c.markedDraft, c.problems.length]),
      [['content/stories/bai.mdx', true, 1]],
    );
    assert.match(
      problemReport(r.checks),
      /bai\.mdx: Bài đã được lưu thành BẢN NHÁP[\s\S]*• Dòng 3: Ảnh bìa › Mô tả ảnh: Ảnh bìa cần mô tả/,
    );
  });
  it('leaves a story without problems and every other file as they were', () => {
    const u = update(story('draft: false\n'));
    const r = checkUpdate(u, 'content/stories', passing, () => false);
    assert.deepEqual(r.update, u);
    assert.equal(problemReport(r.checks), '');
  });
  it('counts images added by the same save as present', () => {
    let seen = false;
    checkUpdate(
      update(story('')),
      'content/stories',
      (_file, _text, exists) => {
        seen = exists('./_media/bai/anh.svg') && !exists('./_media/khong-co.svg');
        return [];
      },
      () => false,
    );
    assert.ok(seen);
  });
});

describe('messageInVietnamese', () => {
  const CASES: [string, string][] = [
    ['title: write a headline of at least 8 characters', 'Tiêu đề: Tiêu đề cần từ 8 đến 87 ký tự.'],
    [
      'communes.0: "27999" is not a commune or town code in data/units.csv — use its 5-digit GSO code, e.g. 27556 (Tân Thông Hội)',
      'Các xã, thị trấn (mục 1): "27999" không phải mã xã, thị trấn trong dữ liệu.',
    ],
    [
      '<Stat id="f-khong-co">: no figure or count with this id — use an id from data/figures.csv',
      'Số liệu (Stat) "f-khong-co" không có trong dữ liệu; chọn lại trong danh sách.',
    ],
    [
      'sources: cite at least one source id from data/sources.csv',
      'Nguồn: Chọn ít nhất một nguồn.',
    ],
  ];
  for (const [en, vi] of CASES)
    it(`translates "${en.slice(0, 40)}…"`, () => assert.equal(messageInVietnamese(en), vi));
  it('keeps a message that is already Vietnamese (the story-language check)', () => {
    assert.equal(
      messageInVietnamese('không nhúng trang khác vào bài'),
      'không nhúng trang khác vào bài',
    );
  });
});
