// `npm run editor [-- --port 4322]`: the statistics, then a dev server with the story editor
// (EDITOR_MODE) at http://localhost:<port>/keystatic, for one person on this machine. Drafts show
// in this server, so the editor's preview links open each story as it will be published. A dev
// server serves the project's source files by design: it never listens beyond loopback (staff on
// the network use `npm run desk`, a built server with sign-in).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

const args = process.argv.slice(2);
const port = (args.includes('--port') ? args[args.indexOf('--port') + 1] : undefined) ?? '4322';
const host = args.includes('--host') ? args[args.indexOf('--host') + 1] : '127.0.0.1';
if (!['127.0.0.1', 'localhost', '::1'].includes(host ?? '')) {
  console.error(
    `✗ npm run editor chỉ mở trên máy này (127.0.0.1), không mở ra mạng (--host ${host}). Để nhiều người soạn bài qua mạng, dùng bàn làm việc: npm run desk (có đăng nhập, duyệt bài).`,
  );
  process.exit(2);
}
const data = spawnSync('npx', ['tsx', 'scripts/build-stats.ts'], { stdio: 'inherit' });
if (data.status !== 0) process.exit(data.status ?? 1);
console.log(
  `\nTrình soạn bài đang khởi động. Mở trình duyệt tại: http://localhost:${port}/keystatic\n(Tắt trình soạn bài: bấm Ctrl+C trong cửa sổ này.)\n`,
);
const dev: ChildProcess = spawn(
  'npx',
  ['astro', 'dev', ...(args.includes('--port') ? [] : ['--port', port]), ...args],
  {
    stdio: 'inherit',
    env: { ...process.env, EDITOR_MODE: '1' },
  },
);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => dev.kill(sig));
dev.on('exit', (code: number | null) => process.exit(code ?? 0));
