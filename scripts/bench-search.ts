// `npm run bench:search -- [dist]`: search as readers meet it, in Chromium, against the bundled
// build (`dist` by default, or the folder given) and against synthetic builds of BENCH_SIZES
// communes (e.g. BENCH_SIZES=1000,10000), each served by nginx with the shipped config
// (deploy/render.ts: the build's .br/.gz copies, its cache headers) over HTTPS and HTTP/2 on
// loopback; a build without .br/.gz copies is served from a hard-linked copy that has them in
// the folders the search page fetches from. Per site it prints, beside issue 27's goals:
// - cold first result: /tim-kiem/?q=<a commune's name> opened in a fresh context (empty cache)
//   → that commune's link in the results, from the page's time origin (navigation start);
// - bytes on the wire for that first query until the network is idle (500 ms without a
//   request), its workers' requests included: the search's own files (Pagefind, the unit-name
//   lists: fetched or under /pagefind/) and, apart, the whole page;
// - refinement: at the moment the first result appears, a second commune's name is put in the box
//   (one input event, queued as a task by the page's instrument; a round trip from here took
//   0.5–1.7 s on a loaded machine) → that commune's link in the results, timed in the page from
//   that moment (so a main thread busy with the first search delays it, as it would a reader's
//   keystroke) to the MutationObserver callback that sees the new link (not by polling from
//   here), with the wait before the input event ran apart. Median and worst of BENCH_REFINES
//   (default 20) pairs.
// - full text asked for: the same first query with ?toan-van=1 (the search page's button: Pagefind
//   searches too), BENCH_FULLTEXT_RUNS (default 3) cold runs: the time to the final status line
//   (every result shown) and the bytes until idle. Not a goal of issue 27's: it shows what a
//   reader who asks for the full text pays.
// Names are the data's own communes and towns (the site's /api/v1/units.json), typed without
// marks ("Tân Thông Hội" → "tan thong hoi"), drawn with a fixed seed (BENCH_SEED, default 7).
// Synthetic sites are built like scripts/bench-site.ts builds them (make-synthetic, build-stats,
// astro build, build-search) into BENCH_SEARCH_OUT/<n>/ (default /tmp/ntm-bench-search), or
// taken as built from BENCH_SITE_<n>=<dist>; BENCH_BUILD_LOCK=<file> runs the Astro and Pagefind
// steps under `flock <file>`. BENCH_PORT (default 4490; HTTPS on the next port) sets nginx's ports.
// Progress on stderr, Markdown on stdout. Not a test: nothing here asserts a time.
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startNginx } from './deploy/local-servers.ts';
import { machineLine, mark, precompressed, treeLine } from './lib/bench-measure.ts';
import { rng } from './lib/synthetic.ts';

const bundled = process.argv[2] ?? 'dist';
const SIZES = (process.env['BENCH_SIZES'] ?? '')
  .split(',')
  .filter((s) => s.trim())
  .map((s) => Number(s.trim()));
if (SIZES.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('BENCH_SIZES must be a comma-separated list of positive whole numbers');
  process.exit(2);
}
const OUT = resolve(process.env['BENCH_SEARCH_OUT'] ?? '/tmp/ntm-bench-search');
const PORT = Number(process.env['BENCH_PORT'] ?? 4490);
const REFINES = Math.max(1, Number(process.env['BENCH_REFINES'] ?? 20));
/** Cold runs that wait for the network to go idle, for the bytes (besides the refinement runs). */
const BYTE_RUNS = Math.max(1, Number(process.env['BENCH_BYTE_RUNS'] ?? 3));
const FULLTEXT_RUNS = Math.max(0, Number(process.env['BENCH_FULLTEXT_RUNS'] ?? 3));
const SEED = Number(process.env['BENCH_SEED'] ?? 7);
const LOCK = process.env['BENCH_BUILD_LOCK'];
const IDLE_MS = 500;
/** Where the search page's files are: the page, its scripts and styles, Pagefind, the unit lists. */
const SEARCH_DIRS = ['_astro', 'pagefind', 'tim-kiem', 'en/search'];
const TIMEOUT_MS = 30_000;

/** Issue 27's goals. */
const GOAL = {
  cold: (communes: number) => (communes >= 10_000 ? 500 : 300),
  bytesKB: 100,
  refineMs: 50,
};

const log = (s: string) => process.stderr.write(`${s}\n`);

/** Typed without marks: "Tân Thông Hội" → "tan thong hoi", "Đa Phước" → "da phuoc". */
const typed = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

function dirStats(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isDirectory()) continue;
    files++;
    bytes += statSync(join(e.parentPath, e.name)).size;
  }
  return { bytes, files };
}

function run(
  cmd: string,
  args: string[],
  env: Record<string, string>,
  logFile: string,
  locked = false,
): void {
  const [file, argv] = LOCK && locked ? ['flock', [LOCK, cmd, ...args]] : [cmd, args];
  const t0 = Date.now();
  const fd = openSync(logFile, 'a');
  const r = spawnSync(file, argv, {
    env: { ...process.env, ...env },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}); see ${logFile}`);
  log(`    ${args.slice(0, 2).join(' ')}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/** A synthetic site of `n` communes, built as scripts/bench-site.ts builds one (no share images). */
function syntheticSite(n: number): string {
  const given = process.env[`BENCH_SITE_${n}`];
  if (given) return given;
  const dir = join(OUT, String(n));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const logFile = join(dir, 'build.log');
  const [data, stats, dist] = ['data', 'stats', 'dist'].map((d) => join(dir, d)) as [
    string,
    string,
    string,
  ];
  log(`  building a synthetic site of ${n.toLocaleString('en')} communes in ${dir} …`);
  const districts = String(Math.max(1, Math.round(n / 12)));
  run(
    'npx',
    [
      'tsx',
      'scripts/make-synthetic.ts',
      data,
      '--communes',
      String(n),
      '--districts',
      districts,
      '--seed',
      '7',
    ],
    {},
    logFile,
  );
  run('npx', ['tsx', 'scripts/build-stats.ts'], { DATA_DIR: data, STATS_DIR: stats }, logFile);
  run('npx', ['astro', 'build', '--outDir', dist], { STATS_DIR: stats }, logFile, true);
  run('npx', ['tsx', 'scripts/build-search.ts', dist], {}, logFile, true);
  return dist;
}

interface Unit {
  name: string;
  url: string;
  query: string;
}

/** The site's communes and towns, from its own API file. */
async function unitsOf(base: string): Promise<Unit[]> {
  const r = await fetch(`${base}/api/v1/units.json`);
  if (!r.ok) throw new Error(`${base}/api/v1/units.json: HTTP ${r.status}`);
  const body = (await r.json()) as {
    data: { short_name: string; kind: string; slug: string }[];
  };
  return body.data
    .filter((u) => u.kind !== 'city' && u.kind !== 'district')
    .map((u) => ({ name: u.short_name, url: `/xa/${u.slug}/`, query: typed(u.short_name) }));
}

// Runs in the page before its own scripts: when each link first appears in <main> (time from
// navigation start), and after the box's latest input event, when each link not there before it
// appears, both seen by a MutationObserver callback, i.e. when the DOM changed.
const INSTRUMENT = `(() => {
  const firstSeen = new Map();
  let input = null;
  const waiters = [];
  const links = () => document.querySelectorAll('main a[href]');
  const settle = () => {
    for (const w of waiters) {
      if (w.done) continue;
      const at = w.afterInput ? input && input.seen.get(w.url) : firstSeen.get(w.url);
      if (at !== undefined && at !== null) { w.done = true; w.resolve(at); }
    }
  };
  const check = () => {
    const now = performance.now();
    for (const a of links()) {
      const path = a.pathname;
      if (!firstSeen.has(path)) firstSeen.set(path, now);
      if (input && !input.before.has(a) && !input.seen.has(path)) input.seen.set(path, now);
    }
    settle();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  addEventListener('input', (e) => {
    input = { at: e.timeStamp, before: new Set(links()), seen: new Map() };
  }, true);
  // The refinement: as soon as the first name's link is there, the box gets the second name.
  const plan = window.__benchPlan;
  if (plan && plan.then) {
    let armed = true;
    waiters.push({ url: plan.first, afterInput: false, done: false, resolve: () => {
      if (!armed) return;
      armed = false;
      setTimeout(() => {
        const box = document.querySelector('#search-q') || document.querySelector('main input[type=search]');
        box.value = plan.then;
        box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
      }, 0);
    } });
  }
  window.__bench = {
    seen: (url, afterInput) => new Promise((resolve) => { waiters.push({ url, afterInput, resolve, done: false }); settle(); }),
    inputAt: () => (input ? input.at : null),
  };
})();`;

declare global {
  interface Window {
    __bench: {
      seen: (url: string, afterInput: boolean) => Promise<number>;
      inputAt: () => number | null;
    };
    __benchPlan?: { first: string; then: string | null };
  }
}

const withTimeout = <T>(p: Promise<T>, what: string): Promise<T> =>
  Promise.race([
    p,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: not within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS),
    ),
  ]);

interface Transfer {
  search: number;
  page: number;
  files: Map<string, number>;
}

/**
 * Bytes on the wire per request, the page's and its workers' (Pagefind may search in one):
 * Playwright's request sizes, i.e. the response's headers and its body as transferred
 * (compressed).
 */
function watchNetwork(page: Page) {
  const inflight = new Set<Request>();
  const pending: Promise<void>[] = [];
  let last = Date.now();
  const t: Transfer = { search: 0, page: 0, files: new Map() };
  page.on('request', (r) => {
    inflight.add(r);
    last = Date.now();
  });
  page.on('requestfailed', (r) => {
    inflight.delete(r);
    last = Date.now();
  });
  page.on('requestfinished', (r) => {
    last = Date.now();
    pending.push(
      r
        .sizes()
        .then((z) => {
          const bytes = z.responseHeadersSize + z.responseBodySize;
          const path = new URL(r.url()).pathname;
          // The search's own files: Pagefind's, and what the page fetches (the unit-name lists).
          const type = r.resourceType();
          const search =
            path.startsWith('/pagefind/') ||
            path.endsWith('.json') ||
            type === 'fetch' ||
            type === 'xhr';
          if (search) {
            t.search += bytes;
            t.files.set(path, (t.files.get(path) ?? 0) + bytes);
          } else t.page += bytes;
        })
        .catch(() => undefined)
        .finally(() => inflight.delete(r)),
    );
  });
  return {
    transfer: t,
    idle: async () => {
      const end = Date.now() + TIMEOUT_MS;
      while (Date.now() < end && (inflight.size > 0 || Date.now() - last < IDLE_MS))
        await new Promise((r) => setTimeout(r, 50));
      await Promise.all(pending);
    },
  };
}

interface Sample {
  coldMs: number;
  bytes?: Transfer;
  refineMs?: number;
  /** From the first result to the refining input event's dispatch: the wait for the main thread. */
  gapMs?: number;
  /** With the full text asked for: navigation start → the final status line (polled each frame). */
  fullMs?: number;
}

async function sample(
  browser: Browser,
  base: string,
  first: Unit,
  second: Unit | null,
  fullText = false,
): Promise<Sample> {
  const ctx = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    await ctx.addInitScript(
      `window.__benchPlan = ${JSON.stringify({ first: first.url, then: second?.query ?? null })};`,
    );
    await ctx.addInitScript(INSTRUMENT);
    const page = await ctx.newPage();
    const net = second ? null : watchNetwork(page);
    const q = encodeURIComponent(first.query).replace(/%20/g, '+');
    await page.goto(`${base}/tim-kiem/?q=${q}${fullText ? '&toan-van=1' : ''}`, {
      waitUntil: 'commit',
    });
    // Only to be sure the new document's instrument is there; the times come from the page.
    await page.waitForFunction(() => window.__bench !== undefined, null, { polling: 5 });
    const coldMs = await withTimeout(
      page.evaluate((url) => window.__bench.seen(url, false), first.url),
      `cold «${first.query}» → ${first.url}`,
    );
    if (fullText) {
      // Final: the status names the query's results (not "searching…"), every result is shown.
      const done = await page.waitForFunction(
        () => {
          const t = document.querySelector('#search-status')?.textContent ?? '';
          return /«.*»/.test(t) && !/khớp/.test(t) ? performance.now() : false;
        },
        null,
        { polling: 'raf', timeout: TIMEOUT_MS },
      );
      const fullMs = (await done.jsonValue()) as number;
      await net!.idle();
      return { coldMs, bytes: net!.transfer, fullMs };
    }
    if (!second) {
      await net!.idle();
      return { coldMs, bytes: net!.transfer };
    }
    // The page itself put the second name in the box (one input event) in the task after the link.
    const at = await withTimeout(
      page.evaluate((url) => window.__bench.seen(url, true), second.url),
      `refined «${first.query}» → «${second.query}» → ${second.url}`,
    );
    const inputAt = (await page.evaluate(() => window.__bench.inputAt()))!;
    // A keystroke at the moment the first result appears waits, like a reader's, for the main
    // thread: the time counts from that moment, and its wait for the input task apart.
    return { coldMs, refineMs: at - coldMs, gapMs: inputAt - coldMs };
  } finally {
    await ctx.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const worst = (xs: number[]) => Math.max(...xs);
const ms = (x: number) => `${Math.round(x)} ms`;
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;

interface SiteResult {
  label: string;
  communes: number;
  files: number;
  indexKB: number;
  samples: Sample[];
  /** Runs with the full text asked for (?toan-van=1), apart from the goals' samples. */
  full: Sample[];
  started: string;
  /** Runs whose link did not appear in time: each one is a miss, not a time. */
  failed: string[];
  error?: string;
}

async function measureSite(browser: Browser, label: string, dist: string): Promise<SiteResult> {
  const idx = existsSync(join(dist, 'pagefind')) ? dirStats(join(dist, 'pagefind')) : null;
  const result: SiteResult = {
    label,
    communes: 0,
    files: dirStats(dist).files,
    indexKB: idx ? idx.bytes / 1024 : 0,
    samples: [],
    full: [],
    started: '',
    failed: [],
  };
  let server: Awaited<ReturnType<typeof startNginx>> | undefined;
  try {
    // Only what the search page fetches needs the .br/.gz copies a full build would have.
    const served = precompressed(
      dist,
      join(OUT, 'precompressed', label.replace(/\W+/g, '-')),
      SEARCH_DIRS,
    );
    server = await startNginx(served, { http: PORT, https: PORT + 1 });
    const base = server.https!;
    result.started = new Date().toISOString().slice(11, 16);
    const units = await unitsOf(server.http);
    result.communes = units.length;
    const rand = rng(SEED);
    const pick = () => units[Math.floor(rand() * units.length)]!;
    log(`  ${label}: ${units.length} communes and towns; nginx at ${base}`);
    // A first page load, not counted: starts nginx's file cache and Chromium's processes.
    await sample(browser, base, pick(), null).catch(() => undefined);
    // A run whose link does not appear in time is a miss, counted apart, not a time.
    const attempt = async (run: Promise<Sample>): Promise<Sample | null> => {
      const s = await run.catch((e: Error) => e);
      if (!(s instanceof Error)) return s;
      result.failed.push(s.message);
      log(`    ✗ ${s.message}`);
      return null;
    };
    for (let i = 0; i < BYTE_RUNS; i++) {
      const u = pick();
      const s = await attempt(sample(browser, base, u, null));
      if (!s) continue;
      log(
        `    cold «${u.query}»: ${ms(s.coldMs)}, search ${kb(s.bytes!.search)}, page ${kb(s.bytes!.page)}; ${[...s.bytes!.files].map(([f, b]) => `${f} ${kb(b)}`).join(', ')}`,
      );
      result.samples.push(s);
    }
    for (let i = 0; i < FULLTEXT_RUNS; i++) {
      const u = pick();
      const s = await attempt(sample(browser, base, u, null, true));
      if (!s) continue;
      log(
        `    full text «${u.query}»: unit ${ms(s.coldMs)}, all ${ms(s.fullMs!)}, search ${kb(s.bytes!.search)}; ${[...s.bytes!.files].map(([f, b]) => `${f} ${kb(b)}`).join(', ')}`,
      );
      result.full.push(s);
    }
    for (let i = 0; i < REFINES; i++) {
      const a = pick();
      let b = pick();
      while (b.query === a.query || b.url === a.url) b = pick();
      const s = await attempt(sample(browser, base, a, b));
      if (!s) continue;
      log(
        `    «${a.query}» ${ms(s.coldMs)} → «${b.query}» ${s.refineMs!.toFixed(1)} ms (of which ${s.gapMs!.toFixed(1)} ms before the input event ran)`,
      );
      result.samples.push(s);
    }
  } catch (e) {
    result.error = (e as Error).message.split('\n')[0]!;
    log(`    ✗ ${result.error}`);
  } finally {
    await server?.stop();
  }
  return result;
}

const tree = treeLine();
const machineBefore = machineLine();
const runStart = new Date().toISOString().slice(0, 16).replace('T', ' ');
if (!existsSync(join(bundled, 'tim-kiem/index.html'))) {
  console.error(`✗ ${bundled}/tim-kiem/index.html not found: run \`npm run build\` first`);
  process.exit(2);
}
const sites: [string, () => string][] = [
  ['bundled', () => bundled],
  ...SIZES.map((n): [string, () => string] => [`synthetic ${n}`, () => syntheticSite(n)]),
];
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const results: SiteResult[] = [];
const sources: string[] = [];
for (const [label, build] of sites) {
  log(`${label} …`);
  let dist: string;
  try {
    dist = build();
  } catch (e) {
    const error = (e as Error).message;
    log(`  ✗ ${error}`);
    results.push({
      label,
      communes: 0,
      files: 0,
      indexKB: 0,
      samples: [],
      full: [],
      started: '',
      failed: [],
      error,
    });
    continue;
  }
  sources.push(`${label}: \`${dist}\``);
  results.push(await measureSite(browser, label, dist));
}
await browser.close();

console.log(
  `Search in Chromium (headless, ${chromium.name()}), run started ${runStart} UTC; ${tree} at the start (the sites are the builds named below, made when they were made: ${sources.join('; ')}). Each site served by nginx with the shipped config over HTTPS and HTTP/2 on loopback, every page in a fresh context (empty cache).`,
);
console.log('');
console.log(`Machine at the start: ${machineBefore}.`);
console.log(`Machine at the end: ${machineLine()}.`);
console.log('');
console.log(
  `Names: the site's communes and towns (/api/v1/units.json) typed without marks, drawn with seed ${SEED}. Cold: ${BYTE_RUNS} runs that wait for the network to go idle, plus the first query of each refinement run. Refined: ${REFINES} pairs, the second name put in the box as soon as the first one's link appears.`,
);
console.log('');
console.log(
  '| site | communes and towns | cold first result, median (worst) | goal | search bytes of the first query, median (worst) | goal | whole page | refined, median (worst) | goal | of which waiting for the input task, median (worst) |',
);
console.log('|---|---:|---:|---|---:|---|---:|---:|---|---:|');
for (const r of results) {
  if (r.error && !r.samples.length) {
    console.log(
      `| ${r.label} | ${r.communes || '—'} | error: ${r.error.replace(/\|/g, '\\|')} | | | | | | | |`,
    );
    continue;
  }
  const cold = r.samples.map((s) => s.coldMs);
  const bytes = r.samples.filter((s) => s.bytes).map((s) => s.bytes!);
  const search = bytes.map((b) => b.search);
  const page = bytes.map((b) => b.page + b.search);
  const refine = r.samples.filter((s) => s.refineMs !== undefined).map((s) => s.refineMs!);
  const gap = r.samples.filter((s) => s.gapMs !== undefined).map((s) => s.gapMs!);
  const goalCold = GOAL.cold(r.communes);
  const cell = (xs: number[], f: (x: number) => string, max: number) =>
    xs.length
      ? `${f(median(xs))} ${mark(median(xs), { max })} (${f(worst(xs))} ${mark(worst(xs), { max })})`
      : '—';
  console.log(
    `| ${r.label}${r.error ? ` (stopped: ${r.error.replace(/\|/g, '\\|')})` : ''} | ${r.communes.toLocaleString('en')} | ${cell(cold, ms, goalCold)} | ≤ ${goalCold} ms | ${cell(search, kb, GOAL.bytesKB * 1024)} | ≤ ${GOAL.bytesKB} KB | ${page.length ? kb(median(page)) : '—'} | ${cell(refine, (x) => `${x.toFixed(1)} ms`, GOAL.refineMs)} | ≤ ${GOAL.refineMs} ms | ${gap.length ? `${median(gap).toFixed(1)} ms (${worst(gap).toFixed(1)} ms)` : '—'} |`,
  );
}
console.log('');
console.log(
  "✅/❌ beside the median and beside the worst run. Search bytes: Pagefind's files and what the page fetches (the unit-name lists), on the wire (response headers and compressed bodies, Playwright's request sizes, a worker's requests included) until 500 ms without a request; whole page: the same plus the page, its CSS, fonts and scripts.",
);
console.log('');
if (FULLTEXT_RUNS > 0) {
  console.log(
    `With the full text asked for (\`?toan-van=1\`, the search page's button), ${FULLTEXT_RUNS} cold runs per site; no goal:`,
  );
  console.log('');
  console.log(
    '| site | first result, median (worst) | every result shown, median (worst) | search bytes, median (worst) |',
  );
  console.log('|---|---:|---:|---:|');
  for (const r of results) {
    if (!r.full.length) continue;
    const mw = (xs: number[], f: (x: number) => string) => `${f(median(xs))} (${f(worst(xs))})`;
    console.log(
      `| ${r.label} | ${mw(
        r.full.map((s) => s.coldMs),
        ms,
      )} | ${mw(
        r.full.map((s) => s.fullMs!),
        ms,
      )} | ${mw(
        r.full.map((s) => s.bytes!.search),
        kb,
      )} |`,
    );
  }
  console.log('');
}
for (const r of results) {
  if (!r.files) continue;
  console.log(
    `- ${r.label}: ${r.files.toLocaleString('en')} files in the build; Pagefind's folder ${kb(r.indexKB * 1024)}; measured from ${r.started} UTC.${r.failed.length ? ` ❌ ${r.failed.length} run(s) without the link within ${TIMEOUT_MS / 1000} s: ${r.failed.join('; ')}` : ''}`,
  );
}
process.exit(results.some((r) => r.error || r.failed.length) ? 1 : 0);
