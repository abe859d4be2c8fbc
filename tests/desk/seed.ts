// A desk on a throwaway project copy, without a server: the live folder seeded with the tested
// dist/ as its first release, and changes staged directly, for the publish fault tests and the
// publish benchmark.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeAuth, migrate } from '../../desk/lib/auth.ts';
import { deskPaths } from '../../desk/lib/config.ts';
import { deskDb } from '../../desk/lib/db.ts';
import { headCommit, type Actor, type DeskCtx } from '../../desk/lib/workflow.ts';
import { projectCopy } from './project-copy.ts';

export const FIRST = '20260101-000000-000';

export interface SeededDesk {
  ctx: DeskCtx;
  writer: Actor;
  reviewer: Actor;
}

/**
 * `firstRelease`: a build of this project to serve first (default dist/); built here with
 * `npm run build -- --out` when missing (node:test runs before npm test builds dist/).
 */
export async function seedDesk(dir: string, firstRelease = 'dist'): Promise<SeededDesk> {
  if (!existsSync(join(firstRelease, 'index.html'))) {
    const built = spawnSync('npx', ['tsx', 'scripts/build/site.ts', '--out', firstRelease], {
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`${built.stdout}${built.stderr}`);
  }
  const repo = projectCopy(dir);
  const paths = deskPaths({ DESK_REPO: repo });
  const ctx: DeskCtx = { paths, db: deskDb(paths.home), siteUrl: '' };
  const auth = makeAuth({ home: paths.home, baseURL: 'http://127.0.0.1', secure: false });
  await migrate(auth);
  const user = async (username: string, name: string, role: string): Promise<Actor> => {
    const email = `${username}@ntm-tphcm.invalid`;
    const { user } = await auth.api.createUser({
      body: {
        email,
        password: `mat-khau-${username}-2026`,
        name,
        role: role as never,
        data: { username },
      },
    });
    return { id: user.id, name, email, role };
  };
  const writer = await user('lan', 'Nguyễn Thị Lan', 'writer');
  const reviewer = await user('hoa', 'Lê Thị Hoa', 'reviewer');
  const stats = spawnSync('npx', ['tsx', 'scripts/build-stats.ts'], {
    cwd: repo,
    encoding: 'utf8',
  });
  if (stats.status !== 0) throw new Error(stats.stderr);
  mkdirSync(join(paths.live, 'releases'), { recursive: true });
  cpSync(resolve(firstRelease), join(paths.live, 'releases', FIRST), { recursive: true });
  symlinkSync(join('releases', FIRST), join(paths.live, 'current'));
  ctx.db
    .prepare(
      'INSERT INTO desk_release (name, commit_sha, created_at, by_name, note) VALUES (?, ?, ?, ?, ?)',
    )
    .run(FIRST, headCommit(ctx), new Date().toISOString(), 'hệ thống', 'bản đầu tiên');
  return { ctx, writer, reviewer };
}

/**
 * A story change waiting for review, as submitStory + checkChange leave it. With `site`, its
 * checked build is that folder (a copy), made on the current commit; without, approval builds it.
 */
export function stageStory(
  { ctx, writer }: SeededDesk,
  slug: string,
  text: string,
  site?: string,
): number {
  const base = headCommit(ctx);
  const r = ctx.db
    .prepare(
      "INSERT INTO desk_change (kind, title, author_id, author_name, created_at, status, base_commit, report, updated_at) VALUES ('story', ?, ?, ?, ?, 'waiting', ?, ?, ?)",
    )
    .run(
      slug,
      writer.id,
      writer.name,
      new Date().toISOString(),
      base,
      JSON.stringify({
        baseCommit: site ? base : 'none',
        steps: [],
        pages: [],
        pagesTotal: 0,
        tables: [],
        units: [],
        headlines: [],
      }),
      new Date().toISOString(),
    );
  const id = Number(r.lastInsertRowid);
  const dir = join(ctx.paths.home, 'changes', String(id));
  mkdirSync(join(dir, 'files', 'content', 'stories'), { recursive: true });
  writeFileSync(join(dir, 'files', 'content', 'stories', `${slug}.mdx`), text);
  if (site) cpSync(site, join(dir, 'site'), { recursive: true });
  return id;
}
