// nginx with the shipped config serving dist/ for the browser tests (tests/e2e/served.spec.ts):
// HTTP on the port given, HTTPS on the next one. Its root is a live folder's `current` symlink,
// as on the server (releases/a is dist/), so a test can switch releases under it. Stops with
// the test run.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { NGINX_LIVE } from '../../playwright.config.ts';
import { addRelease, startNginx, switchRelease } from '../../scripts/deploy/local-servers.ts';

const port = Number(process.argv[2] ?? 4394);
rmSync(NGINX_LIVE, { recursive: true, force: true });
addRelease(NGINX_LIVE, 'a', 'dist');
switchRelease(NGINX_LIVE, 'a');
const server = await startNginx(join(NGINX_LIVE, 'current'), { http: port, https: port + 1 });
console.log(`nginx serving dist/ (${NGINX_LIVE}/current) at ${server.http}`);
const stop = () => {
  void server.stop().then(() => {
    rmSync(NGINX_LIVE, { recursive: true, force: true });
    process.exit(0);
  });
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
setInterval(() => {}, 1 << 30);
