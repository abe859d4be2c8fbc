// Debian's nginx and Caddy serving a build with the configs deploy/render.ts writes, on
// loopback ports, from a scratch folder (pid, logs, certificate), for the serving tests, the
// browser tests through nginx and `npm run bench:serving`. .ci/run installs nginx, its brotli
// module and caddy. Also a live folder laid out as on the server (releases/<name>/ and a
// `current` symlink), switched the way the desk does it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { servingPolicy } from '../../deploy/policy.ts';
import { caddyfile, nginxConfig } from '../../deploy/render.ts';

export interface RunningServer {
  name: string;
  http: string;
  /** Only nginx is tested over HTTPS (a self-signed certificate). */
  https?: string;
  log: () => string;
  stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`server did not answer ${url}:\n${log()}`);
}

function stopper(child: ChildProcess, dir: string): () => Promise<void> {
  return () =>
    new Promise((res) => {
      if (child.exitCode !== null) {
        rmSync(dir, { recursive: true, force: true });
        res();
        return;
      }
      child.once('exit', () => {
        rmSync(dir, { recursive: true, force: true });
        res();
      });
      child.kill('SIGTERM');
    });
}

/** `dist` may be a live folder's `current` symlink: the config gets the path as given, unresolved. */
export async function startNginx(
  dist: string,
  ports?: { http: number; https: number },
): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ntm-nginx-'));
  const http = ports?.http ?? (await freePort());
  const https = ports?.https ?? (await freePort());
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const ssl = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
    ],
    { encoding: 'utf8' },
  );
  if (ssl.status !== 0) throw new Error(`openssl: ${ssl.stderr}`);
  const site = nginxConfig(servingPolicy(), {
    root: resolve(dist),
    serverName: 'localhost',
    http: `127.0.0.1:${http}`,
    https: { listen: `127.0.0.1:${https}`, certificate: cert, key },
  });
  writeFileSync(join(dir, 'site.conf'), site);
  for (const t of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, t));
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;',
      'daemon off;',
      'master_process off;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events {}',
      'http {',
      '    include /etc/nginx/mime.types;',
      '    default_type application/octet-stream;',
      '    access_log off;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (t) => `    ${t === 'body' ? 'client_body' : t}_temp_path ${dir}/${t};`,
      ),
      `    include ${dir}/site.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  const log = () => {
    let e = '';
    try {
      e = readFileSync(join(dir, 'error.log'), 'utf8');
    } catch {
      /* not yet */
    }
    return out + e;
  };
  await waitFor(`http://127.0.0.1:${http}/`, child, log);
  return {
    name: 'nginx',
    http: `http://127.0.0.1:${http}`,
    https: `https://127.0.0.1:${https}`,
    log,
    stop: stopper(child, dir),
  };
}

export async function startCaddy(dist: string, port?: number): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ntm-caddy-'));
  const http = port ?? (await freePort());
  const file = caddyfile(servingPolicy(), {
    root: resolve(dist),
    address: `http://127.0.0.1:${http}`,
    global: ['admin off', 'auto_https off', `storage file_system ${dir}/data`],
  });
  writeFileSync(join(dir, 'Caddyfile'), file);
  const env = {
    ...process.env,
    HOME: dir,
    XDG_DATA_HOME: join(dir, 'data'),
    XDG_CONFIG_HOME: join(dir, 'config'),
  };
  const child = spawn(
    'caddy',
    ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'],
    { stdio: ['ignore', 'pipe', 'pipe'], env },
  );
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  await waitFor(`http://127.0.0.1:${http}/`, child, () => out);
  return {
    name: 'caddy',
    http: `http://127.0.0.1:${http}`,
    log: () => out,
    stop: stopper(child, dir),
  };
}

/**
 * releases/<name>/ in a live folder: a copy of a build, or a symlink to it. With `marker`, a
 * copy whose home page shows that text first in its body (precompressed copies redone), so a
 * test can tell the releases apart; its meta CSP is the build's own.
 */
export function addRelease(live: string, name: string, build: string, marker?: string): string {
  const dir = join(live, 'releases', name);
  mkdirSync(join(live, 'releases'), { recursive: true });
  rmSync(dir, { recursive: true, force: true });
  if (marker === undefined) {
    symlinkSync(resolve(build), dir);
    return dir;
  }
  cpSync(build, dir, { recursive: true });
  const page = join(dir, 'index.html');
  const html = readFileSync(page, 'utf8').replace(
    /<body[^>]*>/,
    (b) => `${b}<p id="release-marker">${marker}</p>`,
  );
  writeFileSync(page, html);
  writeFileSync(
    `${page}.br`,
    brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
  writeFileSync(`${page}.gz`, gzipSync(html, { level: 9 }));
  return dir;
}

/**
 * Points <live>/current at releases/<name> as the desk does: a new symlink renamed over the old
 * one, so a request sees either release, never a missing root.
 */
export function switchRelease(live: string, name: string): void {
  const next = join(live, `current.tmp-${process.pid}`);
  rmSync(next, { force: true });
  symlinkSync(join('releases', name), next);
  renameSync(next, join(live, 'current'));
}
