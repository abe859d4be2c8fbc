// `npm run desk [-- --host 0.0.0.0] [--port 4330]`: builds the staff desk (its own Astro build
// with the Node adapter, desk/dist/), makes the first release if there is none, then serves
// the desk. Loopback only unless --host is given (then put it behind HTTPS: docs in README).
import { spawn, spawnSync } from 'node:child_process';
import { deskPaths } from '../../desk/lib/config.ts';
import { deskDb } from '../../desk/lib/db.ts';
import { ensureFirstRelease } from '../../desk/lib/workflow.ts';

const args = process.argv.slice(2);
const opt = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);
const host = opt('--host') ?? process.env['HOST'] ?? '127.0.0.1';
const port = opt('--port') ?? process.env['PORT'] ?? '4330';
const log = (s: string) => console.log(s);

log('1/3 Dựng số liệu và bàn làm việc…');
for (const cmd of [
  ['tsx', 'scripts/build-stats.ts'],
  ['astro', 'build', '--root', 'desk'],
]) {
  const r = spawnSync('npx', cmd, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  if (r.status !== 0) {
    console.error(`✗ ${cmd.join(' ')} không chạy được (mã ${r.status}).`);
    process.exit(1);
  }
}
const paths = deskPaths();
log(`2/3 Trang đang đăng: ${paths.live}/current`);
await ensureFirstRelease(
  { paths, db: deskDb(paths.home), siteUrl: process.env['SITE_URL'] ?? '' },
  log,
);
const url = process.env['DESK_URL'] ?? `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
log(`3/3 Bàn làm việc: ${url}/  (tắt: Ctrl+C)`);
if (host !== '127.0.0.1' && host !== 'localhost' && !process.env['DESK_URL'])
  console.warn(
    '⚠ Đang mở ra ngoài máy: đặt DESK_URL=https://<địa chỉ> và đặt bàn làm việc sau nginx/Caddy có HTTPS.',
  );
const server = spawn(process.execPath, ['desk/dist/server/entry.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, HOST: host, PORT: port, DESK_URL: url },
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
