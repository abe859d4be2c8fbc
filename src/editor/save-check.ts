// The check the editor runs on every save, before Keystatic writes anything: each story file
// in the save is checked like `npm run check:stories` does (checkStory, the frontmatter schema
// and the story language). A story with problems is still written, but with `draft: true`, so
// nothing is lost and nothing unchecked is published; the author sees the problems in
// Vietnamese. Pure: the middleware (src/editor/middleware.ts) does the I/O.
import { posix } from 'node:path';
import { isDraft, type StoryProblem } from '../lib/stories/check-story.ts';
import { messageInVietnamese } from '../lib/stories/messages-vi.ts';

/** Keystatic's local save request: whole files, base64, paths relative to the project root. */
export interface KeystaticUpdate {
  additions: { path: string; contents: string }[];
  deletions: { path: string }[];
}

export interface StoryCheck {
  path: string;
  problems: StoryProblem[];
  /** The story had problems and was not already a draft, so it is saved as one. */
  markedDraft: boolean;
}

export type CheckFile = (
  file: string,
  text: string,
  mediaExists: (path: string) => boolean,
) => StoryProblem[];

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/;

/** Sets `draft: true` in a story's frontmatter (replacing a draft line, or adding one). */
export function markDraft(text: string): string {
  const m = FRONTMATTER.exec(text);
  if (!m) return `---\ndraft: true\n---\n${text}`;
  const lines = m[1]!.split(/\r?\n/).filter((l) => !/^draft\s*:/.test(l));
  return `---\n${[...lines, 'draft: true'].join('\n')}\n---${m[2]}${text.slice(m[0].length)}`;
}

/**
 * Checks the stories in one save. `existsOnDisk` answers for files already in the project;
 * images added by the same save count as present.
 */
export function checkUpdate(
  update: KeystaticUpdate,
  storiesDir: string,
  check: CheckFile,
  existsOnDisk: (path: string) => boolean,
): { update: KeystaticUpdate; checks: StoryCheck[] } {
  const dir = posix.normalize(storiesDir).replace(/\/$/, '');
  const added = new Set(update.additions.map((a) => a.path));
  const isStory = (p: string) => posix.dirname(p) === dir && p.endsWith('.mdx');
  const checks: StoryCheck[] = [];
  const additions = update.additions.map((a) => {
    if (!isStory(a.path)) return a;
    const text = Buffer.from(a.contents, 'base64').toString('utf8');
    const mediaExists = (rel: string) => {
      const p = posix.normalize(posix.join(dir, rel));
      return added.has(p) || existsOnDisk(p);
    };
    const problems = check(a.path, text, mediaExists);
    const markedDraft = problems.length > 0 && !isDraft(text);
    checks.push({ path: a.path, problems, markedDraft });
    return markedDraft
      ? { path: a.path, contents: Buffer.from(markDraft(text), 'utf8').toString('base64') }
      : a;
  });
  return { update: { additions, deletions: update.deletions }, checks };
}

/** What the editor shows when a save had problems: one Vietnamese paragraph per problem. */
export function problemReport(checks: StoryCheck[]): string {
  const bad = checks.filter((c) => c.problems.length > 0);
  return bad
    .map((c) => {
      const head = `${c.markedDraft ? 'Bài đã được lưu thành BẢN NHÁP (draft: true), chưa thể đăng' : 'Bài đã được lưu (bản nháp), chưa thể đăng'} vì còn ${c.problems.length} lỗi. Sửa các lỗi dưới đây rồi lưu lại; khi không còn lỗi, bỏ chọn "Bản nháp" để đăng.`;
      const items = c.problems.map((p) => `• Dòng ${p.line}: ${messageInVietnamese(p.message)}`);
      return [`${posix.basename(c.path)}: ${head}`, ...items].join('\n');
    })
    .join('\n\n');
}
