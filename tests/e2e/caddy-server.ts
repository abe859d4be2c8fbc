// Caddy with the shipped Caddyfile (deploy/caddy/Caddyfile, as written by `npm run
// deploy:configs`) serving dist/ for the browser tests (tests/e2e/served.spec.ts): HTTPS on
// the port after the one given, plain HTTP on the port given. Only the site's name (localhost),
// its root (dist/) and global options for a test machine are changed: the certificate comes
// from Caddy's own local authority (`local_certs`, as `tls internal`), so HTTP does what the
// shipped file makes it do, a redirect to HTTPS by Caddy's automatic HTTPS. Stops with the test run.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LIVE_ROOT } from '../../deploy/policy.ts';

const port = Number(process.argv[2] ?? 4399);
const shipped = readFileSync('deploy/caddy/Caddyfile', 'utf8');

/** The shipped file for this machine; fails if the file no longer has the one site and root it had. */
function forTest(text: string, dir: string): string {
  const sites = text.match(/^[^\s#({][^\s]* \{$/gm) ?? [];
  const root = `\troot * ${LIVE_ROOT}\n`;
  if (sites.length !== 1 || text.split(root).length !== 2)
    throw new Error(
      `deploy/caddy/Caddyfile: expected one site block and one "root * ${LIVE_ROOT}"`,
    );
  return [
    '{',
    '\tadmin off',
    `\thttp_port ${port}`,
    '\tdefault_bind 127.0.0.1',
    '\tlocal_certs',
    '\tskip_install_trust',
    `\tstorage file_system ${join(dir, 'data')}`,
    '}',
    '',
    text
      .replace(sites[0], `localhost:${port + 1} {`)
      .replace(root, `\troot * ${resolve('dist')}\n`),
  ].join('\n');
}

// One fixed folder, emptied at start: a run stopped with SIGKILL leaves nothing behind in /tmp.
const dir = resolve('tests/output/caddy-e2e');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'Caddyfile'), forTest(shipped, dir));
const child = spawn(
  'caddy',
  ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'],
  {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      HOME: dir,
      XDG_DATA_HOME: join(dir, 'data'),
      XDG_CONFIG_HOME: join(dir, 'config'),
    },
  },
);
// Caddy logs every start-up step; shown only if it stops on its own.
let log = '';
let stopping = false;
child.stdout.on('data', (d) => (log += d));
child.stderr.on('data', (d) => (log += d));
child.on('exit', (code) => {
  rmSync(dir, { recursive: true, force: true });
  if (stopping) process.exit(0);
  console.error(`caddy exited (${code}):\n${log}`);
  process.exit(1);
});
console.log(`caddy serving dist/ at https://localhost:${port + 1}/ (HTTP ${port} redirects)`);
const stop = () => {
  stopping = true;
  child.kill('SIGTERM');
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
