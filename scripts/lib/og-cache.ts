// Content-addressed cache of share images for scripts/build-og.ts. An entry is named by the
// SHA-256 of everything its PNG's bytes depend on: the card's fields and the renderer (the
// source of src/lib/og/card.ts and the local modules it imports, the font files it reads, the
// versions of fontkit, sharp and libvips with its codecs, Node's ICU and the platform). So an
// entry is only ever reused for exactly the image it holds, and a change to any of these misses.
// The cache lives outside dist (`astro build` empties dist): OG_CACHE_DIR, default
// node_modules/.cache/ntm-og/. Entries not used recently are dropped above OG_CACHE_MAX_MB.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  copyFile,
  constants,
  mkdir,
  readdir,
  rename,
  stat,
  unlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { OG_FONT_FILES, ogFontPath, type OgCard } from '../../src/lib/og/card.ts';

/** Bump when the meaning of an entry changes (layout, what the key covers). */
const FORMAT = 'ntm-og-cache/1';
const ROOT = join(import.meta.dirname, '..', '..');
export const DEFAULT_OG_CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'ntm-og');
export const DEFAULT_OG_CACHE_MAX_MB = 512;
const CARD_MODULE = fileURLToPath(new URL('../../src/lib/og/card.ts', import.meta.url));
const require = createRequire(import.meta.url);

/** card.ts and every local module it imports, transitively, so an edit to any of them misses. */
export function rendererSources(entry = CARD_MODULE): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g))
      visit(resolve(dirname(file), m[1]!));
  };
  visit(entry);
  return [...seen].sort();
}

function packageVersion(name: string): string {
  // Walk up from the entry point: not every package exports its package.json.
  let dir = dirname(require.resolve(name));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === name && pkg.version) return pkg.version;
    } catch {
      /* no package.json here */
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`share-image cache: cannot find the version of ${name}`);
    dir = up;
  }
}

/** Every input of the renderer other than the card, as [what, value] pairs. */
export function rendererInputs(): [string, string][] {
  const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
  const fonts = [...new Set(Object.values(OG_FONT_FILES).flat())].sort();
  return [
    ['format', FORMAT],
    ...rendererSources().map((f): [string, string] => [
      `source ${relative(ROOT, f).split(sep).join('/')}`,
      hash(f),
    ]),
    ...fonts.map((f): [string, string] => [`font ${f}`, hash(ogFontPath(f))]),
    ['fontkit', packageVersion('fontkit')],
    // sharp's own version and libvips', rsvg's, libpng's, zlib-ng's…: rasteriser and encoder.
    ['sharp', JSON.stringify(sharp.versions)],
    // Intl.Segmenter and normalize() decide wrapping; the CPU can pick other SIMD paths.
    [
      'node',
      JSON.stringify([
        process.versions.icu,
        process.versions.unicode,
        process.platform,
        process.arch,
      ]),
    ],
  ];
}

export function rendererFingerprint(): string {
  return createHash('sha256').update(JSON.stringify(rendererInputs())).digest('hex');
}

/** The card with its fields in a fixed order; a field added to OgCard is part of the key by itself. */
export function canonicalCard(card: OgCard): string {
  return JSON.stringify(
    Object.entries(card)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

export function ogCacheKey(card: OgCard, renderer: string): string {
  return createHash('sha256')
    .update(`${renderer}\n${canonicalCard(card)}`)
    .digest('hex');
}

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT';

export interface PruneResult {
  entries: number;
  bytes: number;
  removed: number;
}

export class OgCache {
  constructor(
    readonly dir: string,
    readonly renderer = rendererFingerprint(),
  ) {}

  key(card: OgCard): string {
    return ogCacheKey(card, this.renderer);
  }

  private entry(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.png`);
  }

  /**
   * Copies the entry to every path; false when there is none (or another build pruned it
   * meanwhile). Copies, not hard links: nothing written into dist can reach the cache.
   */
  async restore(key: string, outs: string[]): Promise<boolean> {
    const file = this.entry(key);
    try {
      for (const out of outs) await copyFile(file, out, constants.COPYFILE_FICLONE);
      // Used now: the pruning drops the least recently used entries first.
      const now = new Date();
      await utimes(file, now, now);
      return true;
    } catch (e) {
      if (isMissing(e)) return false;
      throw e;
    }
  }

  /** Written under a temporary name and renamed: a reader never sees half a file. */
  async store(key: string, png: Buffer): Promise<void> {
    const file = this.entry(key);
    await mkdir(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(tmp, png);
    await rename(tmp, file);
  }

  /** Removes least recently used entries until the cache fits maxBytes, never one in `keep`. */
  async prune(maxBytes: number, keep: ReadonlySet<string>): Promise<PruneResult> {
    const found: { file: string; key: string; size: number; used: number }[] = [];
    let subdirs: string[];
    try {
      subdirs = await readdir(this.dir);
    } catch (e) {
      if (isMissing(e)) return { entries: 0, bytes: 0, removed: 0 };
      throw e;
    }
    const stale = Date.now() - 3_600_000;
    for (const sub of subdirs) {
      let names: string[];
      try {
        names = await readdir(join(this.dir, sub));
      } catch {
        continue;
      } // not a folder
      for (const name of names) {
        const file = join(this.dir, sub, name);
        const s = await stat(file).catch(() => null);
        if (!s) continue;
        // A temporary file an interrupted build left behind.
        if (name.endsWith('.tmp')) {
          if (s.mtimeMs < stale) await unlink(file).catch(() => {});
          continue;
        }
        if (name.endsWith('.png'))
          found.push({ file, key: name.slice(0, -4), size: s.size, used: s.mtimeMs });
      }
    }
    let bytes = found.reduce((a, f) => a + f.size, 0);
    let removed = 0;
    for (const f of found.filter((x) => !keep.has(x.key)).sort((a, b) => a.used - b.used)) {
      if (bytes <= maxBytes) break;
      await unlink(f.file).catch(() => {});
      bytes -= f.size;
      removed++;
    }
    return { entries: found.length - removed, bytes, removed };
  }
}
