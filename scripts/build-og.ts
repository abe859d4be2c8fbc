// Renders the Open Graph share image of every built page: `tsx scripts/build-og.ts [dist]`.
// Reads og:title / og:site_name / twitter:label1 / twitter:data1 from each page's <head>
// and writes the PNG where the page's og:image URL points inside dist.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ogCardPng, type OgCard } from '../src/lib/og/card.ts';

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
  log?: (line: string) => void;
}

const DEFAULT_SITE_NAME = 'NTM TP.HCM';
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] !== '#') return ENTITIES[body] ?? whole;
    const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole;
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
    if (key !== undefined && content !== undefined && !meta.has(key)) meta.set(key, decodeEntities(content));
  }
  return meta;
}

const hasSyntheticBanner = (html: string) => /<[a-zA-Z][^>]*\sdata-synthetic-banner(?=[\s=/>])/.test(html);

/** The card for one page, or null when it declares no og:image. Throws naming the page. */
export function readPage(dist: string, page: string, html: string): OgPage | null {
  const meta = headMeta(html);
  const image = meta.get('og:image')?.trim();
  if (!image) return null;
  const title = meta.get('og:title')?.trim();
  if (!title) throw new Error(`${page}: has og:image but no <meta property="og:title" content="…"> in <head>`);
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
  const pages: OgPage[] = [];
  const errors: string[] = [];
  for (const page of await htmlFiles(dist)) {
    try {
      const p = readPage(dist, page, await readFile(join(dist, page), 'utf8'));
      if (p) pages.push(p);
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  if (errors.length) throw new Error(`share images: ${errors.length} page(s) failed:\n  ${errors.join('\n  ')}`);
  return pages;
}

const cardKey = (c: OgCard) =>
  createHash('sha256').update(JSON.stringify([c.title, c.label ?? null, c.figure ?? null, c.siteName, c.synthetic])).digest('hex');

interface Job { card: OgCard; outs: string[] }

async function renderJob(job: Job): Promise<void> {
  const png = await ogCardPng(job.card);
  await Promise.all(job.outs.map((o) => writeFile(o, png)));
}

async function runPool(jobs: Job[], concurrency: number, done: (n: number) => void): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      await renderJob(job);
      done(job.outs.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, lane));
}

export async function buildOg(dist: string, options: BuildOgOptions = {}): Promise<{ images: number; ms: number }> {
  const t0 = performance.now();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const pages = await collectPages(dist);

  // Same card → render once, write to each page's path.
  const byKey = new Map<string, Job>();
  const owner = new Map<string, OgPage>();
  for (const p of pages) {
    const key = cardKey(p.card);
    const prev = owner.get(p.out);
    if (prev) {
      if (cardKey(prev.card) !== key) throw new Error(`${p.page}: og:image ${relative(dist, p.out)} is also used by ${prev.page} with different content`);
      continue;
    }
    owner.set(p.out, p);
    const job = byKey.get(key);
    if (job) job.outs.push(p.out);
    else byKey.set(key, { card: p.card, outs: [p.out] });
  }
  const jobs = [...byKey.values()];
  const images = owner.size;
  await Promise.all([...new Set([...owner.keys()].map((o) => dirname(o)))].map((d) => mkdir(d, { recursive: true })));

  let written = 0;
  let reported = 0;
  const done = (n: number) => {
    written += n;
    if (Math.floor(written / 100) > Math.floor(reported / 100)) log(`  share images: ${written}/${images}`);
    reported = written;
  };
  // One thread suffices: building the SVG is ~5 ms of JS per card, while sharp
  // rasterises and zlib-compresses (~70 ms) on libuv threads, so a few renders
  // in flight keep every core busy. Measured against worker_threads (one per
  // core): same throughput, more CPU (each worker reloads tsx and the fonts).
  await runPool(jobs, options.concurrency ?? availableParallelism() + 1, done);

  const ms = performance.now() - t0;
  const rel = relative(process.cwd(), join(dist, 'og'));
  const ogDir = rel.startsWith('..') ? join(dist, 'og') : rel;
  log(`✓ share images: ${images} pages → ${ogDir} in ${(ms / 1000).toFixed(1)} s (${jobs.length} rendered)`);
  return { images, ms };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = resolve(process.argv[2] ?? 'dist');
  buildOg(dist).catch((e: unknown) => {
    process.stderr.write(`✗ ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
