// Minimal static file server for the built site (tests only): serves a folder on
// localhost, with /path/ → /path/index.html and the site's 404 page.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
};

export function serve(root: string, port: number) {
  const base = resolve(root);
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    const found = existsSync(path);
    // Like the shipped configs: the English edition has its own 404 page.
    const notFound =
      url.pathname.startsWith('/en/') && existsSync(join(base, 'en', '404', 'index.html'))
        ? join(base, 'en', '404', 'index.html')
        : join(base, '404.html');
    const file = found ? path : notFound;
    res.writeHead(found ? 200 : 404, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(res);
  }).listen(port, '127.0.0.1');
}

if (
  import.meta.url === `file://${process.argv[1]}` ||
  process.argv[1]?.endsWith('static-server.ts')
) {
  const [root = 'dist', port = '4391'] = process.argv.slice(2);
  serve(root, Number(port));
  console.log(`serving ${root} on http://localhost:${port}/`);
}
