// Renders the Open Graph share image of every built page: `tsx scripts/build-og.ts [dist] [--no-cache]`.
// Reads og:title / og:site_name / twitter:label1 / twitter:data1 from each page's <head>
// and writes the PNG where the page's og:image URL points inside dist. An image whose card and
// renderer are unchanged is copied from the cache (scripts/lib/og-cache.ts) instead of rendered.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ogCardPng, type OgCard } from '../src/lib/og/card.ts';
import {
  canonicalCard,
  DEFAULT_OG_CACHE_DIR,
  DEFAULT_OG_CACHE_MAX_MB,
  OgCache,
} from './lib/og-cache.ts';

export interface OgPage {
  /** HTML file, relative to dist, with forward slashes. */
  page: string;
  /** Absolute path of the PNG to write. */
  out: string;
  card: OgCard;
}

export interface BuildOgOptions {
  /** Renders in flight; default cores + 1. */
  concurrency?: number;
  /** Cache folder; null renders everything. Default OG_CACHE_DIR, else node_modules/.cache/ntm-og. */
  cacheDir?: string | null;
  /** Least recently used entries are dropped above this; default OG_CACHE_MAX_MB, else 512. */
  cacheMaxMB?: number;
  log?: (line: string) => void;
}

export interface BuildOgResult {
  /** Image files written (pages with their own og:image path). */
  images: number;
  ms: number;
  /** Images copied from the cache. */
  hits: number;
  /** Images rendered (not in the cache, or no cache). */
  misses: number;
  /** Distinct cards rendered: pages with the same card share one render. */
  renders: number;
}

const DEFAULT_SITE_NAME = 'NTM TP.HCM';
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] !== '#') return ENTITIES[body] ?? whole;
    const cp =
      body[1] === 'x' || body[1] === 'X'
        ? parseInt(body.slice(2), 16)
        : parseInt(body.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)
      ? String.fromCodePoint(cp)
      : whole;
  });
}

/** `property` and `name` metas of the <head>, first occurrence wins, values decoded. */
export function headMeta(html: string): Map<string, string> {
  const end = html.search(/<\/head\s*>/i);
  const head = end >= 0 ? html.slice(0, end) : html;
  const meta = new Map<string, string>();
  for (const [, attrs = ''] of head.matchAll(/<meta\b([^>]*)>/gi)) {
    const a = new Map<string, string>();
    for (const m of attrs.matchAll(/([^\s=/"'>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
      a.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
    }
    const key = a.get('property') ?? a.get('name');
    const content = a.get('content');
    if (key !== undefined && content !== undefined && !meta.has(key))
      meta.set(key, decodeEntities(content));
  }
  return meta;
}

const hasSyntheticBanner = (html: string) =>
  /<[a-zA-Z][^>]*\sdata-synthetic-banner(?=[\s=/>])/.test(html);

/** The card for one page, or null when it declares no og:image. Throws naming the page. */
export function readPage(dist: string, page: string, html: string): OgPage | null {
  const meta = headMeta(html);
  const image = meta.get('og:image')?.trim();
  if (!image) return null;
  const title = meta.get('og:title')?.trim();
  if (!title)
    throw new Error(
      `${page}: has og:image but no <meta property="og:title" content="…"> in <head>`,
    );
  let url: URL;
  try {
    url = new URL(image, `https://og.invalid/${page}`);
  } catch {
    throw new Error(`${page}: og:image "${image}" is not a valid URL`);
  }
  const root = resolve(dist);
  const out = resolve(root, `.${decodeURIComponent(url.pathname)}`);
  if (!out.startsWith(root + sep) || !out.endsWith('.png')) {
    throw new Error(`${page}: og:image "${image}" must be a .png path inside the site`);
  }
  const siteName = meta.get('og:site_name')?.trim() || DEFAULT_SITE_NAME;
  const figure = meta.get('twitter:data1')?.trim();
  const label = meta.get('twitter:label1')?.trim();
  const card: OgCard = {
    // The card shows the site name already; drop a "Title · Site" suffix if present.
    title: title.endsWith(` · ${siteName}`) ? title.slice(0, -` · ${siteName}`.length) : title,
    siteName,
    synthetic: hasSyntheticBanner(html),
  };
  if (figure) {
    card.figure = figure;
    if (label) card.label = label;
  }
  return { page, out, card };
}

async function htmlFiles(dist: string): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((p) => !p.startsWith('pagefind/'))
    .sort();
}

/** Every page with an og:image, in path order. Collects all page errors into one. */
export async function collectPages(dist: string): Promise<OgPage[]> {
  const files = await htmlFiles(dist);
  const read = new Array<OgPage | null | Error>(files.length);
  // Several reads in flight, so reading one page overlaps parsing another (17,516 pages: 6.4 → 4.8 s).
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < files.length) {
        const i = next++;
        try {
          read[i] = readPage(dist, files[i]!, await readFile(join(dist, files[i]!), 'utf8'));
        } catch (e) {
          read[i] = e as Error;
        }
      }
    }),
  );
  const errors = read.filter((r): r is Error => r instanceof Error).map((e) => e.message);
  if (errors.length)
    throw new Error(`share images: ${errors.length} page(s) failed:\n  ${errors.join('\n  ')}`);
  return read.filter((r): r is OgPage => r !== null && !(r instanceof Error));
}

interface Job {
  card: OgCard;
  outs: string[];
  key: string;
}

async function runPool(
  jobs: Job[],
  concurrency: number,
  work: (job: Job) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) await work(jobs[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, lane));
}

const shortPath = (p: string) => {
  const rel = relative(process.cwd(), p);
  return rel.startsWith('..') ? p : rel;
};

export async function buildOg(dist: string, options: BuildOgOptions = {}): Promise<BuildOgResult> {
  const t0 = performance.now();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const cacheDir =
    options.cacheDir === undefined
      ? process.env['OG_CACHE_DIR'] || DEFAULT_OG_CACHE_DIR
      : options.cacheDir;
  const cache = cacheDir === null ? null : new OgCache(resolve(cacheDir));
  const pages = await collectPages(dist);

  // Same card → render once, write to each page's path.
  const byCard = new Map<string, Job>();
  const owner = new Map<string, OgPage>();
  for (const p of pages) {
    const card = canonicalCard(p.card);
    const prev = owner.get(p.out);
    if (prev) {
      if (canonicalCard(prev.card) !== card)
        throw new Error(
          `${p.page}: og:image ${relative(dist, p.out)} is also used by ${prev.page} with different content`,
        );
      continue;
    }
    owner.set(p.out, p);
    const job = byCard.get(card);
    if (job) job.outs.push(p.out);
    else byCard.set(card, { card: p.card, outs: [p.out], key: cache ? cache.key(p.card) : card });
  }
  const jobs = [...byCard.values()];
  const images = owner.size;
  await Promise.all(
    [...new Set([...owner.keys()].map((o) => dirname(o)))].map((d) =>
      mkdir(d, { recursive: true }),
    ),
  );

  let hits = 0;
  let misses = 0;
  let reported = 0;
  const progress = () => {
    const n = hits + misses;
    if (Math.floor(n / 100) > Math.floor(reported / 100))
      log(`  share images: ${n}/${images} (${hits} from cache, ${misses} rendered)`);
    reported = n;
  };

  // Cached images first: copies are I/O only, so many run at once.
  let toRender = jobs;
  if (cache) {
    toRender = [];
    await runPool(jobs, 16, async (job) => {
      if (await cache.restore(job.key, job.outs)) {
        hits += job.outs.length;
        progress();
      } else toRender.push(job);
    });
  }
  // One thread suffices: building the SVG is ~5 ms of JS per card, while sharp
  // rasterises and zlib-compresses (~70 ms) on libuv threads, so a few renders
  // in flight keep every core busy. Measured against worker_threads (one per
  // core): same throughput, more CPU (each worker reloads tsx and the fonts).
  await runPool(toRender, options.concurrency ?? availableParallelism() + 1, async (job) => {
    const png = await ogCardPng(job.card);
    await Promise.all([...job.outs.map((o) => writeFile(o, png)), cache?.store(job.key, png)]);
    misses += job.outs.length;
    progress();
  });

  let cacheNote = 'no cache';
  if (cache) {
    cacheNote = `cache ${shortPath(cache.dir)}`;
    // The cache only grows when something was rendered, so only then is it measured.
    if (toRender.length) {
      const maxMB =
        options.cacheMaxMB ?? (Number(process.env['OG_CACHE_MAX_MB']) || DEFAULT_OG_CACHE_MAX_MB);
      const p = await cache.prune(maxMB * 2 ** 20, new Set(jobs.map((j) => j.key)));
      cacheNote += `: ${p.entries} images, ${(p.bytes / 2 ** 20).toFixed(1)} MB${p.removed ? `, ${p.removed} least recently used removed` : ''}`;
    }
  }
  const ms = performance.now() - t0;
  log(
    `✓ share images: ${images} pages → ${shortPath(join(dist, 'og'))} in ${(ms / 1000).toFixed(1)} s (${hits} from cache, ${misses} rendered; ${cacheNote})`,
  );
  return { images, ms, hits, misses, renders: toRender.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
  buildOg(dist, args.includes('--no-cache') ? { cacheDir: null } : {}).catch((e: unknown) => {
    process.stderr.write(`✗ ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
