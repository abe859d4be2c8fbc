// Writes the files that are not pages (JSON API, figure CSVs, downloads: src/lib/data-files.ts)
// as plain files once Astro has written the pages, in every `astro build`, and serves them
// in `astro dev` (the story editor's pages link to them). As Astro routes they cost a page's
// route, Request and Response each: half of a synthetic build's files.
import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataFile } from '../lib/data-files.ts';

// Loaded in the hooks, not with the config: the statistics are read only when needed.
const load = async (site: URL) => (await import('../lib/data-files.ts')).dataFiles(site);

/** Writes every data file under `outDir`; returns how many. */
export async function writeDataFiles(outDir: string, site: URL): Promise<number> {
  const files = await load(site);
  const made = new Set<string>();
  for (const f of files) {
    const file = join(outDir, f.path);
    const dir = dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(file, f.body());
  }
  return files.length;
}

/** A Connect middleware that answers the data files' URLs, for the dev server. */
export function dataFilesMiddleware(site: URL) {
  let byPath: Promise<Map<string, DataFile>> | undefined;
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      // A malformed escape ("%E0%A4%A") is not one of ours: Astro answers it.
      return next();
    }
    if (!path.startsWith('/api/v1/') && !path.startsWith('/so-lieu/')) return next();
    byPath ??= load(site).then((fs) => new Map(fs.map((f) => [f.path, f])));
    byPath.then(
      (m) => {
        const f = m.get(path);
        if (!f) return next();
        const body = f.body();
        res.writeHead(200, {
          'Content-Type': f.type,
          'Content-Length': Buffer.byteLength(body),
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      (err: unknown) => {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(String(err));
      },
    );
  };
}

export function dataFiles(): AstroIntegration {
  let site = new URL('http://localhost/');
  return {
    name: 'ntm:data-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = new URL(config.site);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(dataFilesMiddleware(site));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const t = performance.now();
        const n = await writeDataFiles(fileURLToPath(dir), site);
        logger.info(`${n} data files written in ${Math.round(performance.now() - t)} ms`);
      },
    },
  };
}
