// The desk's publish under faults, through the real build, git and file system on a copy of the
// project (tests/desk/seed.ts): a build that fails during publish leaves the live site and the
// repository as they were; killing the publishing process at any moment leaves either the old or
// the new release live, whole, never a mix.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { KEEP_RELEASES } from '../../desk/lib/config.ts';
import { currentLink, currentRelease } from '../../desk/lib/releases.ts';
import { figureTruth } from '../../desk/lib/truth.ts';
import { readStats } from '../../scripts/lib/figure-truth.ts';
import { formatFigureValue } from '../../src/lib/figures.ts';
import type { Stats } from '../../src/lib/stats/types.ts';
import { DeskError, approve, getChange, headCommit } from '../../desk/lib/workflow.ts';
import { FIRST, seedDesk, stageStory } from '../desk/seed.ts';

function treeHash(root: string): string {
  const h = createHash('sha256');
  const walk = (dir: string): void => {
    for (const n of readdirSync(dir).sort()) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(relative(root, p)).update('\0').update(readFileSync(p));
    }
  };
  walk(root);
  return h.digest('hex');
}

// Copied in as each desk's first release: the build `npm test` made of this tree (NTM_BUILT_SITE,
// dist/), or else one built once for these tests.
const FIRST_BUILD = process.env['NTM_BUILT_SITE'] ?? 'tests/output/desk-first-release';
if (!process.env['NTM_BUILT_SITE']) rmSync(FIRST_BUILD, { recursive: true, force: true });

const story = (title: string, body: string) =>
  readFileSync('content/stories/rau-muong-vietgap-nhi-binh.mdx', 'utf8')
    .replace(/^title: .*$/m, `title: "${title}"`)
    .replace(/\n---\n[\s\S]*$/, `\n---\n\n${body}\n`);

test('a story refused by the build during publish leaves the live release, the live link and the repository byte-identical, and says why in Vietnamese', async () => {
  const desk = await seedDesk('tests/output/desk-faults', FIRST_BUILD);
  const { ctx } = desk;
  const live = treeHash(join(ctx.paths.live, 'releases', FIRST));
  const head = headCommit(ctx);
  const id = stageStory(
    desk,
    'bai-co-iframe',
    story(
      'Bài có khung nhúng trang khác',
      'Xem video: <iframe src="https://evil.example/"></iframe>',
    ),
  );
  await assert.rejects(approve(ctx, desk.reviewer, id), (e: Error) => {
    assert.ok(e instanceof DeskError, e.stack);
    assert.match(e.message, /không đạt.*Trang đang đăng không đổi/s);
    return true;
  });
  assert.equal(currentRelease(ctx.paths.live), FIRST);
  assert.equal(treeHash(join(ctx.paths.live, 'releases', FIRST)), live);
  assert.deepEqual(readdirSync(join(ctx.paths.live, 'releases')), [FIRST]);
  assert.equal(headCommit(ctx), head);
  assert.equal(
    spawnSync('git', ['status', '--porcelain', '--', 'data', 'content'], {
      cwd: ctx.paths.repo,
      encoding: 'utf8',
    }).stdout,
    '',
  );
  assert.equal(existsSync(join(ctx.paths.repo, 'content', 'stories', 'bai-co-iframe.mdx')), false);
  assert.equal(getChange(ctx, id)?.status, 'failed');
  assert.equal(existsSync(join(ctx.paths.home, 'build.lock')), false);
});

test('a publish killed at any moment leaves the old or the new release live, each whole, and the next publish recovers', async () => {
  const desk = await seedDesk('tests/output/desk-kill', FIRST_BUILD);
  const { ctx } = desk;
  const first = treeHash(join(ctx.paths.live, 'releases', FIRST));
  const seen = new Set<string>();
  // From the process's start to well after its switch, in steps: each run starts fresh. On a busy
  // machine a publish can take longer than the last step: then the steps go on, each twice as
  // long, until one has gone live (up to about 2 minutes).
  const steps = [300, 900, 1500, 2100, 2700, 3300, 4000, 5000, 8000];
  const wentLive = () => [...seen].some((s) => s.startsWith('new'));
  for (let i = 0; i < steps.length; i++) {
    const ms = steps[i]!;
    const slug = `bai-thu-${ms}`;
    const built = join(ctx.paths.home, `prebuilt-${ms}`);
    cpSync(realpathSync(currentLink(ctx.paths.live)), built, { recursive: true });
    writeFileSync(
      join(built, 'index.html'),
      readFileSync(join(built, 'index.html'), 'utf8').replace('</main>', `<p>${slug}</p></main>`),
    );
    const expected = treeHash(built);
    const before = currentRelease(ctx.paths.live)!;
    const beforeHash = treeHash(realpathSync(currentLink(ctx.paths.live)));
    const id = stageStory(desk, slug, story(`Bài thử ${ms}`, 'Một đoạn.'), built);
    rmSync(built, { recursive: true });
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/desk/publish-child.ts', ctx.paths.repo, String(id)],
      { stdio: 'ignore' },
    );
    const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    const code = await exited;
    clearTimeout(timer);
    const now = currentRelease(ctx.paths.live)!;
    const nowHash = treeHash(realpathSync(currentLink(ctx.paths.live)));
    if (now === before) {
      assert.equal(nowHash, beforeHash, `killed at ${ms} ms: the old release changed`);
      seen.add('old');
    } else {
      assert.equal(nowHash, expected, `killed at ${ms} ms: the new release is not whole`);
      seen.add(code === 0 ? 'new (finished)' : 'new');
    }
    // Leftovers never become a release: only finished names are listed.
    for (const n of readdirSync(join(ctx.paths.live, 'releases')))
      assert.match(n, /^\d{8}-\d{6}-\d{3}$/, n);
    if (i === steps.length - 1 && !wentLive() && ms < 120_000) steps.push(ms * 2);
  }
  assert.ok(seen.has('old') && wentLive(), `saw ${[...seen].join(', ')}`);
  // The first release was untouched until then.
  const before = readdirSync(join(ctx.paths.live, 'releases'));
  if (before.includes(FIRST))
    assert.equal(treeHash(join(ctx.paths.live, 'releases', FIRST)), first);
  // A lock left by a killed process does not block the next publish.
  const id = stageStory(
    desk,
    'bai-sau-cung',
    story('Bài sau cùng', 'Một đoạn.'),
    realpathSync(currentLink(ctx.paths.live)),
  );
  spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'checkout', '--', '.'], {
    cwd: ctx.paths.repo,
  });
  spawnSync('git', ['clean', '-fdq', '--', 'data', 'content/stories'], { cwd: ctx.paths.repo });
  ctx.db.prepare('UPDATE desk_change SET base_commit = ?, report = ? WHERE id = ?').run(
    headCommit(ctx),
    JSON.stringify({
      baseCommit: headCommit(ctx),
      steps: [],
      pages: [],
      pagesTotal: 0,
      tables: [],
      units: [],
      headlines: [],
    }),
    id,
  );
  const name = await approve(ctx, desk.reviewer, id);
  assert.equal(currentRelease(ctx.paths.live), name);
  // Old releases are pruned to the last few by a publish that finishes, the live one always kept
  // (checked after this one: on a busy machine every publish above may be killed before its prune).
  const kept = readdirSync(join(ctx.paths.live, 'releases'));
  assert.ok(kept.length <= KEEP_RELEASES && kept.includes(name), kept.join(', '));
});

test('a publish cut short after copying its files in is finished by the next desk process: the content goes back to HEAD and the change waits again', async () => {
  const desk = await seedDesk('tests/output/desk-cut', FIRST_BUILD);
  const { ctx } = desk;
  const prebuilt = (slug: string): string => {
    const dir = join(ctx.paths.home, `prebuilt-${slug}`);
    cpSync(realpathSync(currentLink(ctx.paths.live)), dir, { recursive: true });
    writeFileSync(
      join(dir, 'index.html'),
      readFileSync(join(dir, 'index.html'), 'utf8').replace('</main>', `<p>${slug}</p></main>`),
    );
    return dir;
  };
  const cutBuilt = prebuilt('bai-cat-ngang');
  const cut = stageStory(desk, 'bai-cat-ngang', story('Bài cắt ngang', 'Một đoạn.'), cutBuilt);
  // What a publish killed between copying its files in and its commit leaves behind.
  const leftover = join(ctx.paths.repo, 'content', 'stories', 'bai-cat-ngang.mdx');
  writeFileSync(leftover, story('Bài cắt ngang', 'Một đoạn.'));
  ctx.db.prepare("UPDATE desk_change SET status = 'publishing' WHERE id = ?").run(cut);
  const nextBuilt = prebuilt('bai-tiep-theo');
  const expected = treeHash(nextBuilt);
  const next = stageStory(desk, 'bai-tiep-theo', story('Bài tiếp theo', 'Một đoạn.'), nextBuilt);
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'tests/desk/publish-child.ts', ctx.paths.repo, String(next)],
    { encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stderr);
  assert.equal(treeHash(realpathSync(currentLink(ctx.paths.live))), expected);
  assert.equal(existsSync(leftover), false, 'the cut-short files were put back as HEAD has them');
  assert.equal(getChange(ctx, cut)?.status, 'waiting');
  assert.equal(getChange(ctx, next)?.status, 'published');
});

test("a publish while another process holds the build lock is refused with a message; IT's rollback command puts the previous release live and the content back, with the reason logged", async () => {
  const desk = await seedDesk('tests/output/desk-lock', FIRST_BUILD);
  const { ctx } = desk;
  const id = stageStory(
    desk,
    'bai-khoa',
    story('Bài khi đang khóa', 'Một đoạn.'),
    realpathSync(currentLink(ctx.paths.live)),
  );
  const other = spawn('sleep', ['60']);
  writeFileSync(join(ctx.paths.home, 'build.lock'), String(other.pid));
  await assert.rejects(
    approve(ctx, desk.reviewer, id),
    /Đang có một lần dựng hoặc phát hành khác chạy/,
  );
  assert.equal(currentRelease(ctx.paths.live), FIRST);
  other.kill();
  await new Promise((ok) => other.on('exit', ok));
  const name = await approve(ctx, desk.reviewer, id);
  assert.equal(currentRelease(ctx.paths.live), name);
  assert.ok(existsSync(join(ctx.paths.repo, 'content', 'stories', 'bai-khoa.mdx')));
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/desk/rollback.ts', '--reason', 'Bài cần sửa tên'],
    { encoding: 'utf8', env: { ...process.env, DESK_REPO: ctx.paths.repo } },
  );
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`Bản ${FIRST} đang được đăng`));
  assert.equal(currentRelease(ctx.paths.live), FIRST);
  assert.equal(existsSync(join(ctx.paths.repo, 'content', 'stories', 'bai-khoa.mdx')), false);
  assert.match(
    spawnSync('git', ['log', '-1', '--format=%B'], { cwd: ctx.paths.repo, encoding: 'utf8' })
      .stdout,
    /Quay lại bản .*Bài cần sửa tên/s,
  );
  const logged = ctx.db
    .prepare("SELECT detail FROM desk_audit WHERE action = 'quay lại bản trước'")
    .all() as { detail: string }[];
  assert.match(logged.at(-1)!.detail, new RegExp(`${name} → ${FIRST}: Bài cần sửa tên`));
});

test("the desk's data-truth check reads a changed page in Chromium and names a figure that differs from the statistics", async () => {
  const f = readStats<Stats['reference']>('reference').figures[0]!;
  const site = join('tests', 'output', 'desk-truth');
  rmSync(site, { recursive: true, force: true });
  for (const [dir, value] of [
    ['dung', formatFigureValue(f)],
    ['sai', '999'],
  ] as const) {
    mkdirSync(join(site, dir), { recursive: true });
    writeFileSync(
      join(site, dir, 'index.html'),
      `<!doctype html><html lang="vi"><body><main><figure id="f"><table><tr><td data-figure-id="${f.id}">${value}</td></tr></table></figure></main></body></html>`,
    );
  }
  assert.deepEqual(await figureTruth(site, ['dung/index.html'], 'src/generated/stats'), []);
  assert.deepEqual(await figureTruth(site, ['sai/index.html'], 'src/generated/stats'), [
    `/sai/: ${f.id}: page shows "999", statistics give "${formatFigureValue(f)}"`,
  ]);
});
