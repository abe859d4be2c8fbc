// From save to live: a change (a story or a workbook) is staged under desk-state/changes/<id>/,
// built and checked into its own folder, reviewed, then published: committed to git with its
// author, moved in as a release and switched live in one rename. Nothing here touches data/,
// content/stories or the live folder before a build of the change has passed its checks.
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { pidAlive } from '../../scripts/build/swap.ts';
import { checkHtml } from '../../scripts/check-html.ts';
import { checkLinks } from '../../scripts/check-links.ts';
import { runPipeline } from '../../scripts/lib/pipeline.ts';
import { formatChanges, importWorkbook } from '../../scripts/lib/workbook.ts';
import type { TableChanges } from '../../src/lib/spreadsheet/changes.ts';
import { KEEP_RELEASES, type DeskPaths } from './config.ts';
import { audit, now } from './db.ts';
import { figureTruth } from './truth.ts';
import {
  headlineChanges,
  pageDiffs,
  relativeFiles,
  unitStatusChanges,
  type PageDiff,
} from './preview.ts';
import {
  addRelease,
  currentLink,
  currentRelease,
  listReleases,
  pruneReleases,
  releaseName,
  releasesDir,
  switchTo,
} from './releases.ts';

export interface Actor {
  id: string;
  name: string;
  email: string;
  role: string;
}
export interface DeskCtx {
  paths: DeskPaths;
  db: DatabaseSync;
  siteUrl: string;
}

export type ChangeStatus =
  | 'draft'
  | 'checking'
  | 'failed'
  | 'waiting'
  | 'returned'
  | 'publishing'
  | 'published'
  | 'withdrawn';
export interface Change {
  id: number;
  kind: 'story' | 'data';
  title: string;
  author_id: string;
  author_name: string;
  created_at: string;
  status: ChangeStatus;
  comment: string | null;
  reviewer_name: string | null;
  report: string | null;
  release: string | null;
  /** What was published when the author made the change: the change's files are checked against it at approval. */
  base_commit: string;
  updated_at: string;
}
export interface CheckStep {
  name: string;
  ok: boolean;
  ms: number;
  output: string;
}
export interface Report {
  baseCommit: string;
  steps: CheckStep[];
  pages: PageDiff[];
  pagesTotal: number;
  tables: string[];
  units: string[];
  headlines: string[];
}

/** A Vietnamese error for the person at the desk; anything else is a bug and says so. */
export class DeskError extends Error {}

const STORY_SLUG = /^[a-z0-9][a-z0-9-]{0,120}$/;
const changeDir = (c: DeskCtx, id: number) => join(c.paths.home, 'changes', String(id));
const overlayDir = (c: DeskCtx, id: number) => join(changeDir(c, id), 'files');

export function getChange(c: DeskCtx, id: number): Change | null {
  return (
    (c.db.prepare('SELECT * FROM desk_change WHERE id = ?').get(id) as unknown as
      Change | undefined) ?? null
  );
}
export function listChanges(c: DeskCtx, where = '1 = 1', ...args: (string | number)[]): Change[] {
  return c.db
    .prepare(`SELECT * FROM desk_change WHERE ${where} ORDER BY id DESC LIMIT 200`)
    .all(...args) as unknown as Change[];
}
function setStatus(
  c: DeskCtx,
  id: number,
  status: ChangeStatus,
  extra: Partial<Pick<Change, 'comment' | 'reviewer_name' | 'report' | 'release'>> = {},
): void {
  const cols = Object.keys(extra);
  c.db
    .prepare(
      `UPDATE desk_change SET status = ?, updated_at = ?${cols.map((k) => `, ${k} = ?`).join('')} WHERE id = ?`,
    )
    .run(
      status,
      now(),
      ...cols.map((k) => (extra as Record<string, string | null>)[k] ?? null),
      id,
    );
}
export const report = (ch: Change): Report | null =>
  ch.report ? (JSON.parse(ch.report) as Report) : null;

// ── git ──────────────────────────────────────────────────────────────────────────────────────
function git(c: DeskCtx, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(
    'git',
    ['-c', 'user.name=Bàn làm việc NTM', '-c', 'user.email=desk@ntm-tphcm.invalid', ...args],
    { cwd: c.paths.repo, encoding: 'utf8', env: { ...process.env, ...env } },
  );
  if (r.status !== 0) throw new Error(`git ${args[0]}: ${(r.stderr || r.stdout).trim()}`);
  return r.stdout.trim();
}
export const headCommit = (c: DeskCtx): string => git(c, ['rev-parse', 'HEAD']);
const CONTENT_PATHS = ['data', 'content/stories'];

// ── writers' workspaces ──────────────────────────────────────────────────────────────────────
/**
 * The writer's own copy of content/stories, which the editor saves into (never the live tree).
 * Beside it, base/ holds the published files as of the last sync: a file the writer has not
 * touched follows what is published (another writer's story going live, a rollback); one the
 * writer changed while the published file changed too is a conflict, never sent as is.
 */
export function workspace(c: DeskCtx, userId: string): string {
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(userId)) throw new Error('bad user id');
  const ws = join(c.paths.home, 'workspaces', userId);
  const stories = join(ws, 'content', 'stories');
  const base = join(ws, 'base');
  const live = join(c.paths.repo, 'content', 'stories');
  if (!existsSync(stories)) {
    mkdirSync(dirname(stories), { recursive: true });
    cpSync(live, stories, { recursive: true });
    cpSync(live, base, { recursive: true });
    return ws;
  }
  const put = (from: string, to: string) => {
    if (existsSync(from)) {
      mkdirSync(dirname(to), { recursive: true });
      cpSync(from, to);
    } else rmSync(to, { force: true });
  };
  for (const rel of new Set([...relativeFiles(live), ...relativeFiles(base)])) {
    const [w, b, l] = [join(stories, rel), join(base, rel), join(live, rel)];
    if (same(w, l)) put(l, b);
    else if (same(w, b)) {
      put(l, w);
      put(l, b);
    }
  }
  return ws;
}
/** Same bytes, or both missing. */
const same = (a: string, b: string) =>
  existsSync(a) ? existsSync(b) && readFileSync(a).equals(readFileSync(b)) : !existsSync(b);
const storyOf = (rel: string): string | null =>
  /^([a-z0-9-]+)\.mdx$/.exec(rel)?.[1] ?? /^_media\/([a-z0-9-]+)\//.exec(rel)?.[1] ?? null;

export interface WorkspaceStory {
  slug: string;
  title: string;
  files: string[];
  isNew: boolean;
  conflict: boolean;
}

/** Stories in the writer's workspace that differ from what is published, with their files. */
export function unsubmittedStories(c: DeskCtx, userId: string): WorkspaceStory[] {
  const ws = workspace(c, userId);
  const stories = join(ws, 'content', 'stories');
  const live = join(c.paths.repo, 'content', 'stories');
  const by = new Map<string, { files: string[]; conflict: boolean }>();
  for (const rel of relativeFiles(stories)) {
    const slug = storyOf(rel);
    if (!slug || same(join(stories, rel), join(live, rel))) continue;
    const entry = by.get(slug) ?? { files: [], conflict: false };
    entry.files.push(rel);
    if (!same(join(ws, 'base', rel), join(live, rel))) entry.conflict = true;
    by.set(slug, entry);
  }
  return [...by]
    .filter(([slug]) => existsSync(join(stories, `${slug}.mdx`)))
    .map(([slug, e]) => {
      const text = readFileSync(join(stories, `${slug}.mdx`), 'utf8');
      const title = /^title:\s*['"]?(.+?)['"]?\s*$/m.exec(text)?.[1] ?? slug;
      return {
        slug,
        title,
        files: e.files.sort(),
        isNew: !existsSync(join(live, `${slug}.mdx`)),
        conflict: e.conflict,
      };
    });
}

function insertChange(
  c: DeskCtx,
  kind: Change['kind'],
  title: string,
  who: Actor,
  status: ChangeStatus,
): number {
  const r = c.db
    .prepare(
      'INSERT INTO desk_change (kind, title, author_id, author_name, created_at, status, base_commit, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(kind, title, who.id, who.name, now(), status, headCommit(c), now());
  return Number(r.lastInsertRowid);
}

export function submitStory(c: DeskCtx, who: Actor, slug: string): number {
  if (!STORY_SLUG.test(slug)) throw new DeskError('Tên bài không hợp lệ.');
  const story = unsubmittedStories(c, who.id).find((s) => s.slug === slug);
  if (!story) throw new DeskError('Bài này không có thay đổi nào so với bản đang đăng.');
  if (story.conflict)
    throw new DeskError(
      'Bài này đã được người khác sửa và đăng sau khi bạn bắt đầu sửa. Mở bài trong trình soạn, chép phần bạn viết ra ngoài, xóa bản của bạn (hoặc nhờ IT làm mới bản làm việc), rồi sửa lại trên bản mới nhất.',
    );
  const ws = join(workspace(c, who.id), 'content', 'stories');
  const id = insertChange(c, 'story', story.title, who, 'checking');
  for (const rel of story.files) {
    const to = join(overlayDir(c, id), 'content', 'stories', rel);
    mkdirSync(dirname(to), { recursive: true });
    cpSync(join(ws, rel), to);
  }
  audit(c.db, who.name, 'gửi duyệt bài', `#${id} ${slug} (${story.files.join(', ')})`);
  return id;
}

// ── the data officer's workbook ──────────────────────────────────────────────────────────────
export interface StagedWorkbook {
  ok: boolean;
  messages: string[];
  id?: number;
  summary?: string[];
  units?: string[];
  headlines?: string[];
}

/** Checks an uploaded workbook on a copy of data/; if it passes, keeps it as a draft change. */
export function stageWorkbook(
  c: DeskCtx,
  who: Actor,
  bytes: Uint8Array,
  label: string,
): StagedWorkbook {
  const scratch = join(c.paths.home, 'uploads', `${Date.now()}-${process.pid}`);
  mkdirSync(scratch, { recursive: true });
  try {
    const file = join(scratch, label);
    writeFileSync(file, bytes);
    const data = join(scratch, 'data');
    cpSync(join(c.paths.repo, 'data'), data, { recursive: true });
    const r = importWorkbook(file, data, { storiesDir: join(c.paths.repo, 'content', 'stories') });
    if (!r.ok) return { ok: false, messages: r.messages };
    const touched = r.changes.filter(
      (t) => t.added.length + t.removed.length + t.changed.length > 0 || t.reformatted,
    );
    if (touched.length === 0)
      return {
        ok: false,
        messages: [`${label}: bảng tính khớp với số liệu đang đăng, không có gì thay đổi.`],
      };
    // The latest upload replaces the officer's earlier unsent ones.
    c.db
      .prepare(
        "UPDATE desk_change SET status = 'withdrawn', updated_at = ? WHERE author_id = ? AND kind = 'data' AND status = 'draft'",
      )
      .run(now(), who.id);
    const id = insertChange(c, 'data', `Bảng tính ${label}`, who, 'draft');
    for (const t of touched) {
      const name = tableFile(t);
      mkdirSync(join(overlayDir(c, id), 'data'), { recursive: true });
      cpSync(join(data, name), join(overlayDir(c, id), 'data', name));
    }
    cpSync(file, join(changeDir(c, id), 'upload.xlsx'));
    const summary = touched.map(formatChanges);
    writeFileSync(join(changeDir(c, id), 'tables.json'), JSON.stringify(summary));
    const stats = runPipeline({ dataDir: data, outDir: join(scratch, 'stats'), strict: true });
    const effects = stats.ok
      ? dataEffects(c, join(scratch, 'stats'))
      : { units: [], headlines: [] };
    audit(c.db, who.name, 'tải lên bảng tính', `#${id} ${label}: ${summary.join(' | ')}`);
    return { ok: true, messages: r.messages, id, summary, ...effects };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
const tableFile = (t: TableChanges) => formatChanges(t).split(':')[0]!;

export function submitDraft(c: DeskCtx, who: Actor, id: number): void {
  const ch = getChange(c, id);
  if (!ch || ch.author_id !== who.id || ch.status !== 'draft')
    throw new DeskError('Không gửi được: thay đổi này không phải bản nháp của bạn.');
  setStatus(c, id, 'checking');
  audit(c.db, who.name, 'gửi duyệt số liệu', `#${id} ${ch.title}`);
}

// ── one build at a time ──────────────────────────────────────────────────────────────────────
let chain: Promise<unknown> = Promise.resolve();
/** Runs builds one after another in this process; a second desk process is refused by the lock file. */
export function serially<T>(c: DeskCtx, job: () => T | Promise<T>): Promise<T> {
  const run = chain.then(() => withLockFile(c, job));
  chain = run.catch(() => undefined);
  return run;
}
async function withLockFile<T>(c: DeskCtx, job: () => T | Promise<T>): Promise<T> {
  const file = join(c.paths.home, 'build.lock');
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch {
    const pid = Number(readFileSync(file, 'utf8'));
    const alive = pid !== process.pid && pidAlive(pid);
    if (alive)
      throw new DeskError(
        `Đang có một lần dựng hoặc phát hành khác chạy (tiến trình ${pid}). Chờ xong rồi thử lại.`,
      );
    rmSync(file, { force: true }); // left by a process that died
    fd = openSync(file, 'wx');
  }
  writeSync(fd, String(process.pid));
  closeSync(fd);
  try {
    return await job();
  } finally {
    rmSync(file, { force: true });
  }
}

function runStep(
  cmd: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; out: string; ms: number }> {
  const t0 = Date.now();
  return new Promise((done) => {
    const p = spawn(cmd[0]!, cmd.slice(1), {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    p.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    p.on('close', (code) => done({ code: code ?? 1, out, ms: Date.now() - t0 }));
  });
}

/** The site a change would give: data/ and stories as published, the change's files on top. */
async function buildCandidate(
  c: DeskCtx,
  id: number,
): Promise<{ ok: boolean; report: Report; site: string }> {
  const dir = changeDir(c, id);
  const tree = join(dir, 'tree');
  const site = join(dir, 'site');
  rmSync(tree, { recursive: true, force: true });
  rmSync(site, { recursive: true, force: true });
  const baseCommit = headCommit(c);
  for (const p of CONTENT_PATHS) cpSync(join(c.paths.repo, p), join(tree, p), { recursive: true });
  if (existsSync(overlayDir(c, id))) cpSync(overlayDir(c, id), tree, { recursive: true });
  // Story images resolve only under content/<folder>/_media (ImageFigure's glob), so the
  // stories are built from a folder there, removed after the build (builds run one at a time).
  const stories = join(c.paths.repo, 'content', `desk-change-${id}`);
  rmSync(stories, { recursive: true, force: true });
  cpSync(join(tree, 'content', 'stories'), stories, { recursive: true });
  try {
    return await buildAndCheck(c, dir, tree, site, baseCommit, {
      DATA_DIR: join(tree, 'data'),
      STATS_DIR: join(tree, 'stats'),
      STORIES_DIR: relative(c.paths.repo, stories),
      SITE_URL: c.siteUrl,
      FORCE_COLOR: '0',
      ASTRO_CACHE_DIR: cacheDir(c),
    });
  } finally {
    rmSync(stories, { recursive: true, force: true });
  }
}

async function buildAndCheck(
  c: DeskCtx,
  dir: string,
  tree: string,
  site: string,
  baseCommit: string,
  env: NodeJS.ProcessEnv,
): Promise<{ ok: boolean; report: Report; site: string }> {
  const steps: CheckStep[] = [];
  const empty: Report = {
    baseCommit,
    steps,
    pages: [],
    pagesTotal: 0,
    tables: [],
    units: [],
    headlines: [],
  };
  const strict = await runStep(
    ['npx', 'tsx', 'scripts/build-stats.ts', '--strict'],
    c.paths.repo,
    env,
  );
  steps.push({
    name: 'Số liệu đạt mọi quy tắc (data:build --strict)',
    ok: strict.code === 0,
    ms: strict.ms,
    output: tail(strict.out),
  });
  if (strict.code !== 0) return { ok: false, report: empty, site };
  const build = await runStep(
    ['npx', 'tsx', 'scripts/build/site.ts', '--out', site],
    c.paths.repo,
    env,
  );
  steps.push({
    name: 'Dựng trang (bài viết đúng quy tắc, số liệu, tìm kiếm)',
    ok: build.code === 0,
    ms: build.ms,
    output: tail(build.out),
  });
  if (build.code !== 0) return { ok: false, report: empty, site };
  const live = currentRelease(c.paths.live) ? currentLink(c.paths.live) : null;
  const all = pageDiffs(live, site, Number.MAX_SAFE_INTEGER);
  const diff = { pages: all.pages.slice(0, 80), total: all.total };
  const t0 = Date.now();
  const changedPages = all.pages
    .filter((p) => p.kind !== 'removed')
    .map((p) => `${p.url.slice(1)}index.html`);
  const html = await checkHtml(site, changedPages);
  steps.push({
    name: `HTML, CSP của ${html.pages} trang đổi`,
    ok: html.problems.length === 0,
    ms: Date.now() - t0,
    output: html.problems
      .slice(0, 20)
      .map((p) => `${p.page}:${p.line}: ${p.message}`)
      .join('\n'),
  });
  const t2 = Date.now();
  const truth = await figureTruth(site, changedPages, env['STATS_DIR']!);
  steps.push({
    name: `Số liệu trên ${changedPages.length} trang đổi khớp với dữ liệu`,
    ok: truth.length === 0,
    ms: Date.now() - t2,
    output: truth.slice(0, 20).join('\n'),
  });
  const t1 = Date.now();
  const links = checkLinks(site);
  steps.push({
    name: `Liên kết nội bộ (${links.internal} liên kết, ${links.pages} trang)`,
    ok: links.problems.length === 0,
    ms: Date.now() - t1,
    output: links.problems
      .slice(0, 20)
      .map((p) => `${p.page}: ${p.link}: ${p.problem}`)
      .join('\n'),
  });
  const { units, headlines } = dataEffects(c, join(tree, 'stats'));
  const tablesFile = join(dir, 'tables.json');
  const tables = existsSync(tablesFile)
    ? (JSON.parse(readFileSync(tablesFile, 'utf8')) as string[])
    : [];
  const ok = steps.every((s) => s.ok);
  return {
    ok,
    report: {
      baseCommit,
      steps,
      pages: diff.pages,
      pagesTotal: diff.total,
      tables,
      units,
      headlines,
    },
    site,
  };
}
/** Units whose status changes and counts whose figure changes, against what is published. */
function dataEffects(c: DeskCtx, statsDir: string): { units: string[]; headlines: string[] } {
  const read = (d: string, f: string) =>
    JSON.parse(readFileSync(join(d, `${f}.json`), 'utf8')) as never;
  const oldStats = join(c.paths.repo, 'src', 'generated', 'stats');
  if (!existsSync(join(oldStats, 'units.json'))) return { units: [], headlines: [] };
  const names = new Map(
    (read(statsDir, 'units') as { code: string; name: string }[]).map((u) => [u.code, u.name]),
  );
  return {
    units: unitStatusChanges(read(oldStats, 'units'), read(statsDir, 'units')),
    headlines: headlineChanges(
      read(oldStats, 'counts'),
      read(statsDir, 'counts'),
      (code) => names.get(code) ?? (code === 'city' ? 'Toàn thành phố' : code),
    ),
  };
}
const cacheDir = (c: DeskCtx) => join(c.paths.home, 'astro-cache');
const tail = (s: string) =>
  s
    .split('\n')
    .filter((l) => l.trim())
    .slice(-25)
    .join('\n');

/** Builds and checks a submitted change; it then waits for review, or goes back as failed. */
export function checkChange(c: DeskCtx, id: number): Promise<void> {
  return serially(c, async () => {
    const ch = getChange(c, id);
    if (!ch || ch.status !== 'checking') return;
    const r = await buildCandidate(c, id);
    setStatus(c, id, r.ok ? 'waiting' : 'failed', { report: JSON.stringify(r.report) });
    audit(
      c.db,
      'hệ thống',
      r.ok ? 'kiểm tra đạt' : 'kiểm tra không đạt',
      `#${id} ${ch.title}: ${r.report.steps.map((s) => `${s.ok ? '✓' : '✗'} ${s.name}`).join('; ')}`,
    );
  });
}

// ── review, publish, roll back ───────────────────────────────────────────────────────────────
export function returnChange(c: DeskCtx, who: Actor, id: number, comment: string): void {
  const ch = getChange(c, id);
  if (!ch || !['waiting', 'failed'].includes(ch.status))
    throw new DeskError('Chỉ trả lại được thay đổi đang chờ duyệt.');
  if (!comment.trim()) throw new DeskError('Ghi lý do trả lại để người gửi biết cần sửa gì.');
  setStatus(c, id, 'returned', { comment: comment.trim().slice(0, 2000), reviewer_name: who.name });
  audit(c.db, who.name, 'trả lại', `#${id} ${ch.title}: ${comment.trim().slice(0, 500)}`);
}

function authorOf(c: DeskCtx, userId: string): { name: string; email: string } {
  const u = c.db.prepare('SELECT name, email FROM user WHERE id = ?').get(userId) as
    { name: string; email: string } | undefined;
  return u ?? { name: 'không rõ', email: 'unknown@ntm-tphcm.invalid' };
}

/** Approve = publish: commit with the author named, move the checked build in, switch. */
export function approve(c: DeskCtx, who: Actor, id: number): Promise<string> {
  const first = getChange(c, id);
  if (!first) throw new DeskError('Không có thay đổi này.');
  if (first.author_id === who.id)
    throw new DeskError(
      'Bạn không thể tự duyệt thay đổi của chính mình: nhờ một người duyệt khác.',
    );
  if (first.status !== 'waiting') throw new DeskError('Thay đổi này không ở trạng thái chờ duyệt.');
  return serially(c, async () => {
    const ch = getChange(c, id)!;
    if (ch.status !== 'waiting') throw new DeskError('Thay đổi này không còn chờ duyệt.');
    setStatus(c, id, 'publishing');
    try {
      if (git(c, ['status', '--porcelain', '--', ...CONTENT_PATHS]) !== '')
        throw new DeskError(
          'Thư mục data/ hoặc content/stories trên máy chủ có thay đổi chưa được ghi vào git; nhờ bộ phận IT kiểm tra trước khi phát hành.',
        );
      // Files that went live after the author started from them would be overwritten: refuse.
      const files = relativeFiles(overlayDir(c, id));
      const published = (f: string) => {
        try {
          return readFileSync(join(c.paths.repo, f));
        } catch {
          return null;
        }
      };
      // (A file already equal to the change went live with it, in a publish killed before its switch.)
      const moved = (
        files.length ? git(c, ['diff', '--name-only', ch.base_commit, 'HEAD', '--', ...files]) : ''
      )
        .split('\n')
        .filter((f) => f && !published(f)?.equals(readFileSync(join(overlayDir(c, id), f))))
        .join('\n');
      if (moved)
        throw new DeskError(
          `Bản đang đăng đã thay đổi sau khi thay đổi này được gửi (${moved.split('\n').join(', ')}): phát hành sẽ xóa mất phần đã đăng đó. Trả lại để người gửi làm lại trên bản mới nhất (với số liệu: tải bảng tính mới về, sửa lại, gửi lại).`,
        );
      let site = join(changeDir(c, id), 'site');
      // Built on an older state (another change went live since): build again on today's.
      if (report(ch)?.baseCommit !== headCommit(c) || !existsSync(join(site, 'index.html'))) {
        const r = await buildCandidate(c, id);
        if (!r.ok) {
          setStatus(c, id, 'failed', { report: JSON.stringify(r.report) });
          throw new DeskError(
            `Dựng lại trên bản mới nhất không đạt: ${r.report.steps
              .filter((s) => !s.ok)
              .map((s) => s.name)
              .join('; ')}. Trang đang đăng không đổi.`,
          );
        }
        site = r.site;
      }
      const author = authorOf(c, ch.author_id);
      const rev = authorOf(c, who.id);
      cpSync(overlayDir(c, id), c.paths.repo, { recursive: true });
      try {
        git(c, ['add', '--', ...CONTENT_PATHS]);
        // Nothing staged: a publish killed after its commit; its build goes live now.
        if (git(c, ['diff', '--cached', '--name-only']) !== '')
          git(c, [
            'commit',
            '-q',
            '--author',
            `${author.name} <${author.email}>`,
            '-m',
            `${ch.kind === 'story' ? 'Bài' : 'Số liệu'}: ${ch.title}\n\nThay đổi #${id} của ${author.name}, ${rev.name} duyệt và phát hành qua bàn làm việc.\n\nReviewed-by: ${rev.name} <${rev.email}>`,
          ]);
      } catch (e) {
        restoreContent(c);
        throw e;
      }
      const commit = headCommit(c);
      const name = addRelease(c.paths.live, site, releaseName());
      switchTo(c.paths.live, name);
      c.db
        .prepare(
          'INSERT INTO desk_release (name, commit_sha, created_at, by_name, note) VALUES (?, ?, ?, ?, ?)',
        )
        .run(name, commit, now(), who.name, `#${id} ${ch.title}`);
      pruneReleases(c.paths.live, KEEP_RELEASES);
      setStatus(c, id, 'published', { reviewer_name: who.name, release: name });
      audit(
        c.db,
        who.name,
        'duyệt và phát hành',
        `#${id} ${ch.title} → bản ${name}, commit ${commit.slice(0, 10)}`,
      );
      refreshRepoStats(c);
      return name;
    } catch (e) {
      if (getChange(c, id)?.status === 'publishing') setStatus(c, id, 'waiting');
      audit(c.db, who.name, 'phát hành không thành', `#${id} ${ch.title}: ${(e as Error).message}`);
      throw e;
    }
  });
}

/**
 * What a desk process does first: a publish cut short (its process stopped) leaves the live link
 * on the old or the new release, never a mix (one rename), and maybe its files copied in but not
 * committed; HEAD is what was published, and the change waits to be approved again, which
 * finishes it.
 */
export function recoverCutShort(c: DeskCtx): void {
  for (const ch of listChanges(c, "status = 'publishing'")) {
    restoreContent(c);
    c.db.prepare("UPDATE desk_change SET status = 'waiting' WHERE id = ?").run(ch.id);
    audit(
      c.db,
      'hệ thống',
      'phát hành bị ngắt',
      `#${ch.id} ${ch.title}: máy chủ dừng giữa chừng; chờ duyệt lại`,
    );
  }
}

/** Puts data/ and content/stories back as HEAD has them (after a failed commit, or a publish cut short). */
export function restoreContent(c: DeskCtx): void {
  git(c, ['checkout', 'HEAD', '--', ...CONTENT_PATHS]);
  git(c, ['clean', '-fdq', '--', ...CONTENT_PATHS]);
}

/** The statistics the next previews compare against: those of what is now published. */
function refreshRepoStats(c: DeskCtx): void {
  spawnSync('npx', ['tsx', 'scripts/build-stats.ts'], { cwd: c.paths.repo, stdio: 'ignore' });
}

export interface ReleaseRow {
  name: string;
  commit_sha: string;
  created_at: string;
  by_name: string;
  note: string;
  live: boolean;
}
export function releases(c: DeskCtx): ReleaseRow[] {
  const live = currentRelease(c.paths.live);
  const rows = new Map(
    (c.db.prepare('SELECT * FROM desk_release').all() as unknown as ReleaseRow[]).map((r) => [
      r.name,
      r,
    ]),
  );
  return listReleases(c.paths.live).map((name) => ({
    ...(rows.get(name) ?? { name, commit_sha: '', created_at: '', by_name: '', note: '' }),
    live: name === live,
  }));
}

/**
 * Switches the live site back to an earlier release (default: the one before the live one),
 * and puts data/ and stories back to what it was built from, in a new commit, so the next
 * publish starts from what readers see.
 */
export function rollback(
  c: DeskCtx,
  who: { name: string },
  reason: string,
  target?: string,
): Promise<string> {
  if (!reason.trim()) throw new DeskError('Ghi lý do quay lại bản trước.');
  return serially(c, () => {
    const all = releases(c);
    const liveIdx = all.findIndex((r) => r.live);
    const to = target ?? all[liveIdx + 1]?.name;
    if (!to || !all.some((r) => r.name === to))
      throw new DeskError('Không có bản phát hành trước đó để quay lại.');
    if (all[liveIdx]?.name === to) throw new DeskError('Bản này đang được đăng.');
    const from = all[liveIdx]?.name ?? '(không có)';
    switchTo(c.paths.live, to);
    const commit = all.find((r) => r.name === to)?.commit_sha;
    if (commit) {
      git(c, ['restore', `--source=${commit}`, '--staged', '--worktree', '--', ...CONTENT_PATHS]);
      if (git(c, ['status', '--porcelain', '--', ...CONTENT_PATHS]) !== '')
        git(c, ['commit', '-q', '-m', `Quay lại bản ${to}\n\n${who.name}: ${reason.trim()}`]);
      refreshRepoStats(c);
    }
    audit(c.db, who.name, 'quay lại bản trước', `${from} → ${to}: ${reason.trim()}`);
    return to;
  });
}

/** First start: the live folder gets the repo's current build as its first release. */
export async function ensureFirstRelease(c: DeskCtx, log: (s: string) => void): Promise<void> {
  if (currentRelease(c.paths.live)) return;
  log('Chưa có bản phát hành nào: dựng trang từ dữ liệu hiện có (khoảng một phút)…');
  await serially(c, async () => {
    const site = join(c.paths.live, `.first-${process.pid}`);
    rmSync(site, { recursive: true, force: true });
    const r = await runStep(['npx', 'tsx', 'scripts/build/site.ts', '--out', site], c.paths.repo, {
      SITE_URL: c.siteUrl,
      ASTRO_CACHE_DIR: cacheDir(c),
    });
    if (r.code !== 0) throw new Error(`the first build failed:\n${tail(r.out)}`);
    const name = addRelease(c.paths.live, site, releaseName());
    switchTo(c.paths.live, name);
    c.db
      .prepare(
        'INSERT INTO desk_release (name, commit_sha, created_at, by_name, note) VALUES (?, ?, ?, ?, ?)',
      )
      .run(name, headCommit(c), now(), 'hệ thống', 'bản đầu tiên');
    audit(c.db, 'hệ thống', 'bản phát hành đầu tiên', name);
  });
  mkdirSync(releasesDir(c.paths.live), { recursive: true });
}
