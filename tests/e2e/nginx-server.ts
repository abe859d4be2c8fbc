// nginx with the shipped config serving dist/ for the browser tests (tests/e2e/served.spec.ts):
// HTTP on the port given, HTTPS on the next one. Stops with the test run.
import { startNginx } from '../../scripts/deploy/local-servers.ts';

const port = Number(process.argv[2] ?? 4394);
const server = await startNginx('dist', { http: port, https: port + 1 });
console.log(`nginx serving dist/ at ${server.http}`);
const stop = () => { void server.stop().then(() => process.exit(0)); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
setInterval(() => {}, 1 << 30);
