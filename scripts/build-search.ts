// Last build step: index dist/ with Pagefind (Node API) into dist/pagefind/.
// Pages mark their searchable body, filters (loai, huyen) and metadata themselves.
// Pagefind writes one index per page language (<html lang>): the Vietnamese pages' index (no
// stemmer for Vietnamese; words as written, marks folded) and the English pages' index (English
// stemming). pagefind.js picks the index of the page it runs on, so /tim-kiem/ searches the
// Vietnamese edition and /en/search/ the English one.
//
// Memory (measured with scripts/bench/search-index-memory.ts on a 10,000-commune build): fed the
// whole folder with addDirectory, Pagefind's binary parsed all 35,034 HTML files, the 13,336
// without a data-pagefind-body included (parsed whole, dropped only when the index is built), kept
// them all, then built both languages' indexes at once: 2.9 GB. Building is the peak (about three
// times the parsed pages, which it copies per language). So this script hands Pagefind only the
// pages with a data-pagefind-body, one language per Pagefind process (stopped before the next one
// starts), one file per call; it reads each file itself, so no HTML passes through Node. The
// files written are the ones a single addDirectory writes, byte for byte: pages go in the order
// Pagefind's own walk gives them, each language's index depends on its own pages only, and
// pagefind-entry.json (the one file that lists every language) is written again with all of them,
// in Pagefind's format. Node itself runs this script (no tsx: its two processes held 190 MB beside
// Pagefind), and a child lists the pages, so the walk's memory is gone before Pagefind starts:
// at 10,000 communes the step peaks at 1,451 MB (Pagefind's binary 1,362 MB, this process 89 MB).
import {
  closeSync,
  fstatSync,
  lstatSync,
  openSync,
  opendirSync,
  readFileSync,
  readSync,
  readdirSync,
  writeFileSync,
  type Dirent,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** The editions' languages, and the stemmer Pagefind must use for each (null: none). */
const LANGUAGES: Record<string, string | null> = { vi: null, en: 'en' };

type Entry = {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters: string[];
};

// `--pages <dist>`: the child that lists each language's searchable pages (see below).
const listing = process.argv[2] === '--pages';
const dist = (listing ? process.argv[3] : process.argv[2]) ?? 'dist';
const out = `${dist}/pagefind`;
const t0 = performance.now();

/**
 * The HTML files under `dir` (Pagefind's default glob **\/*.{html}) in the order of Pagefind's own
 * walk: depth first, each folder's entries in the order the file system lists them (readdir, not
 * sorted). Page numbers follow this order, and ties in ranking follow page numbers, so it stays as
 * it was with addDirectory. readdirSync sorts, so folders with more than one entry (20 of 35,000 at
 * 10,000 communes) are read again with opendir, which keeps the order (and costs memory: an opendir
 * per folder took 100 MB).
 */
function walk(dir: string, rel = ''): string[] {
  const abs = join(dir, rel);
  let entries: Dirent[] = readdirSync(abs, { withFileTypes: true });
  if (entries.length > 1) {
    entries = [];
    const d = opendirSync(abs);
    for (let e = d.readSync(); e; e = d.readSync()) entries.push(e);
    d.closeSync();
  }
  const found: string[] = [];
  for (const e of entries) {
    const path = rel ? `${rel}/${e.name}` : e.name;
    // Some file systems give no type with the entry; links are not followed, as in Pagefind.
    const type =
      e.isDirectory() || e.isFile() || e.isSymbolicLink() ? e : lstatSync(join(dir, path));
    if (type.isDirectory()) for (const f of walk(dir, path)) found.push(f);
    else if (type.isFile() && e.name.endsWith('.html')) found.push(path);
  }
  return found;
}

/** A file's bytes, in one buffer reused from file to file (a new one per file kept Node's RSS up). */
let buffer = Buffer.alloc(1 << 20);
function read(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > buffer.length) buffer = Buffer.alloc(size);
    let n = 0;
    while (n < size) {
      const got = readSync(fd, buffer, n, size - n, n);
      if (got === 0) break;
      n += got;
    }
    return buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** A glob that matches this one path only (wax syntax: metacharacters escaped; `\!` is refused). */
const literal = (path: string): string => path.replace(/[\\*?$:<>()[\]{},]/g, '\\$&');

/** Each language's searchable pages (relative paths); pages without data-pagefind-body are left out, as Pagefind would. */
function pagesByLanguage(): { files: number; pages: [string, string[]][] } {
  // Pagefind's output from an earlier run is not a page.
  const files = walk(dist).filter((f) => !f.startsWith('pagefind/'));
  const byLanguage = new Map<string, string[]>();
  for (const file of files) {
    const html = read(join(dist, file));
    if (html.indexOf('data-pagefind-body') === -1) continue;
    const head = html.subarray(0, html.indexOf('>', html.indexOf('<html')) + 1).toString();
    const lang = /<html\b[^>]*?\slang=["']?([^"'\s>]+)/i.exec(head)?.[1];
    if (!lang || !(lang in LANGUAGES))
      throw new Error(
        `pagefind: ${file} has lang="${lang ?? ''}", so it would get an index no search page loads — use lang="vi" or lang="en"`,
      );
    (byLanguage.get(lang) ?? byLanguage.set(lang, []).get(lang)!).push(file);
  }
  return { files: files.length, pages: [...byLanguage].sort(([a], [b]) => a.localeCompare(b)) };
}

if (listing) {
  try {
    const json = JSON.stringify(pagesByLanguage());
    // Written out before exiting: a pipe takes it in parts.
    await new Promise((done) => process.stdout.write(json, done));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
  process.exit(0);
}

// Walking and reading 35,000 files raised Node's RSS from 50 to 145 MB at 10,000 communes, and
// a process keeps its high-water mark: a child does it, so it is gone before Pagefind starts.
const listed = spawnSync(
  process.execPath,
  [...process.execArgv, fileURLToPath(import.meta.url), '--pages', dist],
  { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] },
);
if (listed.status !== 0)
  throw new Error(listed.stderr.trim() || `pagefind: listing the pages of ${dist} failed`);
const { files, pages: byLanguage } = JSON.parse(listed.stdout) as {
  files: number;
  pages: [string, string[]][];
};

/** The Pagefind binary's peak RSS in MB (VmHWM), read from /proc while it runs; null elsewhere. */
function binaryPeakMB(): number | null {
  try {
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      let status: string;
      try {
        status = readFileSync(`/proc/${pid}/status`, 'utf8');
      } catch {
        continue;
      }
      if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue;
      if (!/^Name:\s+pagefind/m.test(status)) continue;
      return Math.round(Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024);
    }
  } catch {
    // no /proc
  }
  return null;
}

const merged: Entry['languages'] = {};
let entry: Entry | null = null;
const peaks: string[] = [];
for (const [lang, pages] of byLanguage) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  // One file per call, read by Pagefind itself (the HTML never passes through Node), with the
  // URL it gives a walked file; a literal glob is walked from its own folder, not the whole site.
  for (const page of pages) {
    let added: { errors: string[]; page_count?: number } = await index.addDirectory({
      path: dist,
      glob: literal(page),
    });
    // A name the glob cannot spell: hand Pagefind the HTML (same URL, same page).
    if (added.page_count === undefined)
      added = await index.addHTMLFile({
        sourcePath: page,
        content: readFileSync(join(dist, page), 'utf8'),
      });
    if (added.errors.length || added.page_count === 0)
      throw new Error(`pagefind: ${page}: ${added.errors.join('; ') || 'not indexed'}`);
  }
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  const peak = binaryPeakMB();
  if (peak !== null) peaks.push(`${lang} ${peak.toLocaleString('en')} MB`);
  // A new process for the next language: its memory starts from nothing.
  await pagefind.close();

  entry = JSON.parse(readFileSync(`${out}/pagefind-entry.json`, 'utf8')) as Entry;
  const got = Object.keys(entry.languages);
  if (got.length !== 1 || got[0] !== lang)
    throw new Error(`pagefind: the ${lang} pages gave the index(es) ${got.join(', ')}`);
  merged[lang] = entry.languages[lang]!;
}
if (!entry) throw new Error(`pagefind: no page of ${dist} has a data-pagefind-body`);

// What Pagefind writes for all languages at once: its serde_json output, languages in key order.
const languages = Object.fromEntries(
  Object.keys(merged)
    .sort()
    .map((l) => [l, merged[l]!]),
);
writeFileSync(`${out}/pagefind-entry.json`, JSON.stringify({ ...entry, languages }));

for (const [lang, l] of Object.entries(languages))
  if (l.wasm !== LANGUAGES[lang])
    throw new Error(
      `pagefind: the ${lang} index uses stemmer ${l.wasm ?? 'none'}, expected ${LANGUAGES[lang] ?? 'none'}`,
    );
const counts = Object.entries(languages)
  .map(([lang, l]) => `${lang} ${l.page_count}`)
  .join(', ');
const nodePeak = Math.round(process.resourceUsage().maxRSS / 1024).toLocaleString('en');
console.log(
  `✓ search index: ${files} pages (${counts} searchable) → ${out} in ${Math.round(performance.now() - t0)} ms; peak RSS: node ${nodePeak} MB, pagefind ${peaks.join(', ') || '—'}`,
);
