// The staff desk for the browser tests, as IT would run it, on a throwaway copy of the project
// (tests/desk/project-copy.ts): three accounts, the live folder seeded with the tested dist/ as
// its first release (built, like every change here, with the placeholder SITE_URL), nginx with the shipped config serving <live>/current, and the desk's
// built server (desk/dist, never a dev server). `npx tsx tests/desk/desk-server.ts <port>`:
// the desk on <port>, nginx on <port + 1>. Stops with the test run.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { startNginx } from '../../scripts/deploy/local-servers.ts';
import { DESK_REPO, DESK_USERS } from './accounts.ts';
import { projectCopy } from './project-copy.ts';

const port = Number(process.argv[2] ?? 4396);
const repo = projectCopy(DESK_REPO);
const run = (
  cmd: string,
  args: string[],
  opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {},
) => {
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd ?? repo,
    input: opts.input,
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stdout}${r.stderr}`);
  return r.stdout;
};
// `npm test` builds desk/ beforehand, beside other stages (DESK_BUILT=1), so the browser tests
// do not wait for it.
if (process.env['DESK_BUILT'] !== '1')
  run('npx', ['astro', 'build', '--root', 'desk'], { cwd: resolve('.') });
run('npx', ['tsx', 'scripts/build-stats.ts']);
for (const u of DESK_USERS)
  run(
    'npx',
    [
      'tsx',
      'scripts/desk/user.ts',
      'add',
      u.username,
      '--role',
      u.role,
      '--name',
      u.name,
      '--password-stdin',
    ],
    { input: `${u.password}\n` },
  );

// The first release: the dist/ the other tests check, built from the same files.
const live = join(repo, 'desk-state', 'live');
const first = '20260101-000000-000';
mkdirSync(join(live, 'releases'), { recursive: true });
cpSync(resolve('dist'), join(live, 'releases', first), { recursive: true });
symlinkSync(join('releases', first), join(live, 'current'));
const db = new DatabaseSync(join(repo, 'desk-state', 'desk.sqlite'));
db.prepare(
  'INSERT INTO desk_release (name, commit_sha, created_at, by_name, note) VALUES (?, ?, ?, ?, ?)',
).run(
  first,
  run('git', ['rev-parse', 'HEAD']).trim(),
  new Date().toISOString(),
  'hệ thống',
  'bản đầu tiên',
);
db.close();

const nginx = await startNginx(join(live, 'current'), { http: port + 1, https: port + 2 });
const desk = spawn(process.execPath, [resolve('desk/dist/server/entry.mjs')], {
  cwd: repo,
  stdio: 'inherit',
  env: {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    DESK_URL: `http://127.0.0.1:${port}`,
    DESK_REPO: repo,
    // As behind a reverse proxy on the same machine: X-Forwarded-For counts only from it.
    DESK_TRUSTED_PROXY: '127.0.0.1',
  },
});
console.log(`desk at http://127.0.0.1:${port}/, live site through nginx at ${nginx.http}`);
const stop = () => {
  desk.kill('SIGTERM');
  void nginx.stop().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
desk.on('exit', (code) => {
  if (code) console.error(`desk exited with ${code}`);
});
