// `npm run bench`: end-to-end site build (data → statistics → Astro → search index → share images) on the
// bundled data and on synthetic datasets (BENCH_SIZES, default 1000,10000,30000 communes):
// wall time and peak memory per phase, growth with size, and the overhead over a bare Node
// writer of the same HTML. Then, per dataset: the same Astro build of a bare project with as many
// pages of the same sizes (scripts/bench/plain-astro.ts), and two rebuilds, one with no change
// and one with a story's title changed. Progress on stderr, Markdown on stdout. Not a test.
// BENCH_PHASE_TIMEOUT_MIN (default 20) stops a phase that runs away; larger sizes are then skipped.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  rmdirSync,
  statfsSync,
  writeFileSync,
} from 'node:fs';
import { constants, cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import { ourConcurrency, writePlainAstro } from './bench/plain-astro.ts';
import { copyStories, publishedStory, retitle } from './bench/stories.ts';
import {
  HAS_GNU_TIME,
  bareWrite,
  killCurrent,
  listHtml,
  runMeasured,
  type Measured,
} from './lib/bench-measure.ts';
import { filesUnder } from './lib/files.ts';
import { makeSynthetic } from './lib/synthetic.ts';

const SIZES = (process.env['BENCH_SIZES'] ?? '1000,10000,30000')
  .split(',')
  .map((s) => Number(s.trim()))
  .sort((a, b) => a - b);
if (SIZES.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(
    'BENCH_SIZES must be a comma-separated list of positive whole numbers, e.g. 1000,10000',
  );
  process.exit(2);
}
const TIMEOUT_MIN = Number(process.env['BENCH_PHASE_TIMEOUT_MIN'] ?? 20);
// Inside the project: Astro 6.0 fails on images when outDir is outside the root.
const OUT = 'bench-output';
type Phase = 'data' | 'astro' | 'search' | 'og';
// Same steps as `npm run build`; share images (og) only where the script exists.
const PHASES: Phase[] = existsSync('scripts/build-og.ts')
  ? ['data', 'astro', 'search', 'og']
  : ['data', 'astro', 'search'];
const PHASE_CMD: Record<Phase, string> = {
  data: '`npx tsx scripts/build-stats.ts`',
  astro: '`npx astro build --outDir bench-output/<size>/dist`',
  search: '`node scripts/build-search.ts <dist>` (Pagefind), as `npm run build` runs it',
  og: '`npx tsx scripts/build-og.ts <dist>` (share images)',
};
// Goals from the issue: 10,000 communes end to end on 2 cores.
const GOAL_SIZE = 10_000;
const GOAL_S = 90;
const GOAL_MB = 1536; // 1.5 GB, with 1 MB = 2^20 bytes as everywhere here
// Our Astro phase per page against a bare Astro project's, at 1,000 and 10,000 communes.
const PLAIN_GOAL = 1.5;
// Every build of a dataset reads its stories from this copy, so that one can be edited.
const STORIES = 'content/bench-site-stories';
/** first = the build above; unchanged = the same build again; story = after one story's title changed. */
type Run = 'first' | 'unchanged' | 'story';
const RUN_LABEL: Record<Run, string> = {
  first: 'first build',
  unchanged: 'rebuild, no change',
  story: 'rebuild, 1 story changed',
};

/** `oom`: the first attempt, which ran out of Node's default heap (time, tree peak MB). */
type PhaseResult = Measured & { retried: boolean; oom?: { ms: number; treeMB: number } };
type Phases = Partial<Record<Phase, PhaseResult>>;
interface Result {
  label: string;
  size: number | null; // null = bundled data
  communes: number;
  pages: number;
  htmlMB: number;
  phases: Phases;
  bareMs: number | null;
  /** The rebuilds' phases, and share images copied from the cache / rendered in each build. */
  rebuilds: Partial<Record<Exclude<Run, 'first'>, Phases>>;
  og: Partial<Record<Run, { hits: number; misses: number }>>;
  rebuildError?: string;
  /** The bare Astro project with the same pages (sameSizes: every file has our byte size). */
  plain?: Measured & { pages: number; sameSizes: boolean };
  /** Files other than HTML that our Astro phase writes (API, downloads, feeds), which plain Astro does not. */
  otherFiles: number;
  /** Time the ntm:data-files integration took to write them, from the Astro log (ms). */
  dataFilesMs?: number;
  plainError?: string;
  error?: string;
  skipped?: string;
}

const log = (s: string) => process.stderr.write(`${s}\n`);
const sec = (ms: number) => (ms / 1000).toFixed(1);
const int = (x: number) => Math.round(x).toLocaleString('en');
const GiB = 2 ** 30;

let cleanupDir: string | undefined;
// Interrupted or terminated: end the running phase and remove its output.
for (const [sig, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(sig, () => {
    killCurrent();
    if (cleanupDir) rmSync(cleanupDir, { recursive: true, force: true });
    rmSync(STORIES, { recursive: true, force: true });
    process.exit(code);
  });
}

function countCommunes(dataDir: string): number {
  const parsed = Papa.parse<Record<string, string>>(
    readFileSync(join(dataDir, 'units.csv'), 'utf8'),
    { header: true, skipEmptyLines: true },
  );
  return parsed.data.filter((u) => u['kind'] === 'commune' || u['kind'] === 'town').length;
}

/** From Astro's log: how many pages were rendered, and the mean time of a commune page. */
function renderedSoFar(astroLog: string, communes: number): string {
  const pages = [...astroLog.matchAll(/[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)];
  const xa = pages
    .filter((m) => m[1]!.startsWith('/xa/'))
    .map((m) => Number(m[2]) * (m[3] === 's' ? 1000 : 1));
  if (!xa.length) return ` with ${int(pages.length)} pages rendered`;
  const mean = xa.reduce((a, b) => a + b, 0) / xa.length;
  // A lower bound for the whole build: the commune pages alone, at the rate seen so far.
  return ` with ${int(pages.length)} pages rendered; commune pages took ${int(mean)} ms each, so ≥ ${int((mean * communes) / 60_000)} min for the ${int(communes)} commune pages alone`;
}

async function phase(
  r: Result,
  name: Phase,
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  dir: string,
  run: Run = 'first',
): Promise<boolean> {
  const tag = run === 'first' ? name : `${name}, ${RUN_LABEL[run]}`;
  log(`[${r.label}] ${tag}: ${[cmd, ...args].join(' ')} …`);
  const limit = TIMEOUT_MIN * 60_000;
  const logName = run === 'first' ? name : `${name}-${run}`;
  let m = await runMeasured(cmd, args, env, join(dir, 'logs', `${logName}.log`), limit);
  let oom: PhaseResult['oom'];
  if (m.code !== 0 && !m.timedOut && /heap out of memory|Reached heap limit/i.test(m.log)) {
    // Node's default heap limit is not the machine's: measure again with a larger one, and say so.
    oom = { ms: m.ms, treeMB: m.treeMB };
    log(
      `[${r.label}] ${name}: out of memory with Node's default heap after ${sec(m.ms)} s at ${int(m.treeMB)} MB; again with --max-old-space-size=8192`,
    );
    m = await runMeasured(
      cmd,
      args,
      {
        ...env,
        NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=8192`.trim(),
      },
      join(dir, 'logs', `${logName}-retry.log`),
      limit,
    );
  }
  const into = run === 'first' ? r.phases : (r.rebuilds[run] ??= {});
  into[name] = oom ? { ...m, retried: true, oom } : { ...m, retried: false };
  // A failed rebuild leaves the first build's figures standing.
  const fail = (why: string) => {
    if (run === 'first') r.error = why;
    else r.rebuildError = `${RUN_LABEL[run]}: ${why}`;
  };
  if (name === 'astro' && run === 'first') {
    const written = /\[ntm:data-files\] [\d,]+ data files written in (\d+) ms/.exec(m.log);
    if (written) r.dataFilesMs = Number(written[1]);
  }
  if (name === 'og' && m.code === 0) {
    const reuse = /✓ share images:.*\((\d+) from cache, (\d+) rendered/.exec(m.log);
    if (reuse) r.og[run] = { hits: Number(reuse[1]), misses: Number(reuse[2]) };
  }
  const mem = `peak ${int(m.treeMB)} MB tree, ${m.peakMB !== null ? `${int(m.peakMB)} MB` : '?'} largest process`;
  if (m.timedOut) {
    fail(
      `${name} stopped after ${TIMEOUT_MIN} min${name === 'astro' ? renderedSoFar(m.log, r.communes) : ''}`,
    );
    log(
      `[${r.label}] ${tag}: ✗ stopped after ${TIMEOUT_MIN} min (BENCH_PHASE_TIMEOUT_MIN), ${mem}; last lines of its output:`,
    );
    log(
      m.log
        .trim()
        .split('\n')
        .slice(-5)
        .map((l) => `    ${l}`)
        .join('\n'),
    );
    return false;
  }
  if (m.code !== 0) {
    // 128 + n: ended by signal n from outside (our own time limit is reported above).
    const signal =
      m.code > 128
        ? Object.entries(constants.signals).find(([, n]) => n === m.code - 128)?.[0]
        : undefined;
    fail(
      `${name} failed (${signal ? `killed by ${signal} from outside the benchmark` : `exit ${m.code}`})`,
    );
    log(`[${r.label}] ${tag}: ✗ exit ${m.code} after ${sec(m.ms)} s; last lines of its output:`);
    log(
      m.log
        .trim()
        .split('\n')
        .slice(-25)
        .map((l) => `    ${l}`)
        .join('\n'),
    );
    return false;
  }
  log(`[${r.label}] ${tag}: done in ${sec(m.ms)} s, ${mem}`);
  return true;
}

/** Builds the bare Astro project with our pages' count and sizes, in its own folder. */
async function plainAstro(r: Result, dist: string, dir: string): Promise<void> {
  const files = listHtml(dist).filter((f) => !f.rel.startsWith('pagefind/'));
  r.otherFiles = filesUnder(dist).filter(
    (f) =>
      !/^(pagefind|og|_astro)\//.test(relative(dist, f).split('\\').join('/')) &&
      !f.endsWith('.html'),
  ).length;
  const root = join(dir, 'plain');
  writePlainAstro(root, files);
  log(
    `[${r.label}] plain Astro: ${int(files.length)} pages of the same sizes, no integrations, build.concurrency ${ourConcurrency()} …`,
  );
  const m = await runMeasured(
    'npx',
    ['astro', 'build', '--root', root],
    { ASTRO_TELEMETRY_DISABLED: '1' },
    join(dir, 'logs', 'plain-astro.log'),
    TIMEOUT_MIN * 60_000,
  );
  if (m.code !== 0) {
    r.plainError = m.timedOut ? `stopped after ${TIMEOUT_MIN} min` : `exit ${m.code}`;
    log(`[${r.label}] plain Astro: ✗ ${r.plainError}; last lines of its output:`);
    log(
      m.log
        .trim()
        .split('\n')
        .slice(-15)
        .map((l) => `    ${l}`)
        .join('\n'),
    );
  } else {
    const sizes = (fs: { size: number }[]) =>
      fs
        .map((f) => f.size)
        .sort((a, b) => a - b)
        .join();
    const built = listHtml(join(root, 'dist'));
    r.plain = { ...m, pages: built.length, sameSizes: sizes(built) === sizes(files) };
    log(
      `[${r.label}] plain Astro: done in ${sec(m.ms)} s (${int(built.length)} pages${r.plain.sameSizes ? ', same sizes' : ', ✗ sizes differ'})`,
    );
  }
  rmSync(root, { recursive: true, force: true });
}

async function bench(label: string, size: number | null): Promise<Result> {
  const dir = join(OUT, size === null ? 'real' : String(size));
  cleanupDir = dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let dataDir = 'data';
  if (size !== null) {
    // Input preparation, not part of the build: not timed.
    dataDir = join(dir, 'data');
    mkdirSync(dataDir, { recursive: true });
    log(`[${label}] generating the synthetic dataset (not timed) …`);
    for (const [f, text] of Object.entries(
      makeSynthetic({ communes: size, districts: Math.max(1, Math.round(size / 12)) }),
    )) {
      writeFileSync(join(dataDir, f), text);
    }
  }
  const r: Result = {
    label,
    size,
    communes: countCommunes(dataDir),
    pages: 0,
    htmlMB: 0,
    phases: {},
    bareMs: null,
    rebuilds: {},
    og: {},
    otherFiles: 0,
  };
  const stats = join(dir, 'stats');
  const dist = join(dir, 'dist');
  // The share-image cache starts empty, so the first build renders every image.
  const ogEnv = { OG_CACHE_DIR: join(dir, 'og-cache') };
  copyStories(size === null ? 'content/stories' : 'content/synthetic-stories', STORIES);
  const storyEnv = { STORIES_DIR: STORIES };
  // Same commands as `npm run build` and scripts/run-tests.ts, pointed at this dataset.
  const build = async (run: Run) =>
    (await phase(
      r,
      'data',
      'npx',
      ['tsx', 'scripts/build-stats.ts'],
      { DATA_DIR: dataDir, STATS_DIR: stats },
      dir,
      run,
    )) &&
    (await phase(
      r,
      'astro',
      'npx',
      ['astro', 'build', '--outDir', dist],
      { STATS_DIR: stats, ...storyEnv },
      dir,
      run,
    )) &&
    (await phase(r, 'search', process.execPath, ['scripts/build-search.ts', dist], {}, dir, run)) &&
    (!PHASES.includes('og') ||
      (await phase(r, 'og', 'npx', ['tsx', 'scripts/build-og.ts', dist], ogEnv, dir, run)));
  try {
    if (await build('first')) {
      const files = listHtml(dist);
      r.pages = files.length;
      r.htmlMB = files.reduce((a, f) => a + f.size, 0) / 2 ** 20;
      log(
        `[${label}] bare Node writer: ${int(r.pages)} HTML files, ${int(r.htmlMB)} MB, best of 3 …`,
      );
      r.bareMs = bareWrite(dist, files, join(dir, 'bare'));
      log(`[${label}] bare Node writer: ${(r.bareMs / 1000).toFixed(2)} s`);
      await plainAstro(r, dist, dir);
      if (await build('unchanged')) {
        const story = publishedStory(STORIES);
        const title = retitle(story.file, 'bench');
        log(`[${label}] ${story.slug}: title now "${title}"`);
        await build('story');
      }
    }
  } finally {
    // Keep nothing big.
    rmSync(dir, { recursive: true, force: true });
    rmSync(STORIES, { recursive: true, force: true });
    cleanupDir = undefined;
  }
  return r;
}

/** Why a size should not be attempted, judging from the smaller ones already measured. */
function reasonToSkip(n: number, done: Result[]): string | undefined {
  const smaller = done.filter((r) => r.size !== null && r.size < n);
  // Only a runaway smaller size predicts this one; other failures can depend on the data.
  const stopped = smaller.find((r) => r.error?.includes('stopped') || r.skipped);
  if (stopped) return `not run: ${stopped.label} already ${stopped.error ?? 'was skipped'}`;
  const prev = smaller.filter((r) => !r.error).pop();
  if (!prev) return undefined;
  // Output may grow with the square of the size (pages × per-page content that lists every
  // commune); the site plus the bare writer's copy must fit on the disk with room to spare.
  const projected = prev.htmlMB * 2 ** 20 * (n / prev.size!) ** 2 * 2;
  const fs = statfsSync('.');
  const free = fs.bavail * fs.bsize;
  if (projected > free - 10 * GiB)
    return `not run: up to ${(projected / GiB).toFixed(0)} GiB of output projected from ${prev.label} (×${((prev.htmlMB / prev.pages) * 1024).toFixed(0)} KB/page), ${(free / GiB).toFixed(0)} GiB free`;
  return undefined;
}

const t0 = Date.now();
log(
  `Site build benchmark: bundled data, then ${SIZES.map((n) => n.toLocaleString('en')).join(', ')} synthetic communes; outputs in ${OUT}/ (removed afterwards); phases stopped after ${TIMEOUT_MIN} min`,
);
const results: Result[] = [];
results.push(await bench('bundled data (data/)', null));
for (const n of SIZES) {
  const label = `synthetic ${n.toLocaleString('en')}`;
  const skip = reasonToSkip(n, results);
  if (skip) {
    log(`[${label}] ${skip}`);
    results.push({
      label,
      size: n,
      communes: n,
      pages: 0,
      htmlMB: 0,
      phases: {},
      bareMs: null,
      rebuilds: {},
      og: {},
      otherFiles: 0,
      skipped: skip,
    });
    continue;
  }
  results.push(await bench(label, n));
}
try {
  if (readdirSync(OUT).length === 0) rmdirSync(OUT);
} catch {
  /* absent */
}
log(`Benchmark finished in ${sec(Date.now() - t0)} s`);

// ---- Report ----
const totalMs = (r: Result) => PHASES.reduce((a, p) => a + (r.phases[p]?.ms ?? 0), 0);
const tree = (r: Result, p: Phase) => r.phases[p]?.treeMB ?? 0;
const largest = (r: Result, p: Phase) => r.phases[p]?.peakMB ?? 0;
const maxTree = (r: Result) =>
  Math.max(...PHASES.map((p) => Math.max(tree(r, p), r.phases[p]?.oom?.treeMB ?? 0)));
const maxLargest = (r: Result) => Math.max(...PHASES.map((p) => largest(r, p)));
const ok = results.filter((r) => !r.error && !r.skipped);

console.log(
  `## Site build benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${Math.round(totalmem() / GiB)} GiB, Node ${process.version}`,
);
console.log('');
console.log(
  `Phases run one after another (they share \`.astro/\` and Astro's and Vite's caches in node_modules, warm as in everyday use): ${PHASES.map((p) => `${p} = ${PHASE_CMD[p]}`).join(', ')}.`,
);
console.log(
  'Times are wall clock from spawn to exit, including Node/npx start-up. Synthetic datasets have one district per 12 communes; generating them is not timed.',
);
console.log('');
console.log(
  `Peak RSS per phase: "tree" = the largest sum of RSS over all processes of the phase (npx and tsx wrappers, node, the Pagefind binary), sampled from /proc every 200 ms (shared pages counted once per process, so a slight overstatement). ${HAS_GNU_TIME ? "In brackets: the kernel's high-water mark of the largest single process (`/usr/bin/time -f %M`, getrusage maxrss over the child and the descendants it waited for; it misses the Pagefind binary, which is killed but not waited for)." : '/usr/bin/time is not available, so the largest single process is not given.'} 1 MB = 2^20 bytes.`,
);
console.log('');
const memCell = (r: Result, p: Phase) =>
  r.phases[p]
    ? `${int(tree(r, p))} MB${HAS_GNU_TIME ? ` (${r.phases[p].peakMB !== null ? int(largest(r, p)) : '?'})` : ''}`
    : '—';
const timeCell = (r: Result, p: Phase) => {
  const ph = r.phases[p];
  if (!ph) return '—';
  return `${ph.timedOut ? '> ' : ''}${sec(ph.ms)} s${ph.timedOut ? ' (stopped)' : ph.code !== 0 ? ' ✗' : ''}${ph.retried ? ' †' : ''}`;
};
const dashes = (n: number) => Array<string>(n).fill('—').join(' | ');
// Time-weighted mean load over the phases that ran.
const meanLoad = (r: Result) => {
  const ph = PHASES.map((p) => r.phases[p]).filter((x): x is PhaseResult => !!x && x.load !== null);
  const ms = ph.reduce((a, x) => a + x.ms, 0);
  return ms ? ph.reduce((a, x) => a + x.load! * x.ms, 0) / ms : null;
};
console.log(
  `| dataset | communes | pages | ${PHASES.join(' | ')} | total | pages/s | peak RSS ${PHASES.join(' | ')} | max | load |`,
);
console.log(`|---|${'---:|'.repeat(PHASES.length * 2 + 6)}`);
for (const r of results) {
  if (r.skipped) {
    console.log(
      `| ${r.label} | ${int(r.communes)} | — | ${dashes(PHASES.length)} | ${r.skipped} | — | ${dashes(PHASES.length)} | — | — |`,
    );
    continue;
  }
  const total = r.error ? `✗ ${r.error}` : `${sec(totalMs(r))} s`;
  // A phase stopped by the time limit has no kernel figure, so the maximum is unknown.
  const largestKnown = PHASES.every((p) => !r.phases[p] || r.phases[p].peakMB !== null);
  const max = `${int(maxTree(r))} MB${HAS_GNU_TIME ? ` (${largestKnown ? int(maxLargest(r)) : '?'})` : ''}`;
  console.log(
    `| ${r.label} | ${int(r.communes)} | ${r.error ? '—' : int(r.pages)} | ${PHASES.map((p) => timeCell(r, p)).join(' | ')} | ${total} | ${r.error ? '—' : int(r.pages / (totalMs(r) / 1000))} | ${PHASES.map((p) => memCell(r, p)).join(' | ')} | ${max} | ${meanLoad(r)?.toFixed(1) ?? '—'} |`,
  );
}
console.log('');
console.log(
  `load = mean 1-minute load average while the phases ran. It counts the benchmark's own threads too (Astro's parallel writes, Pagefind, sharp), so it can pass the core count (${cpus().length}) on an otherwise idle machine; compare it between runs rather than with the core count.`,
);
for (const r of results) {
  for (const p of PHASES) {
    const oom = r.phases[p]?.oom;
    if (!oom) continue;
    console.log('');
    console.log(
      `† ${r.label}, ${p}: ran out of memory with Node's default heap limit after ${sec(oom.ms)} s at ${int(oom.treeMB)} MB (tree); the figures shown are from a second run with \`--max-old-space-size=8192\`.`,
    );
  }
}

// Cost per page, and the physical limit: writing the same HTML with nothing else.
if (ok.length) {
  console.log('');
  console.log('### Cost per page and overhead over a bare Node writer');
  console.log('');
  console.log(
    'The bare writer reads the built HTML pages into memory, then times only `mkdirSync` + `writeFileSync` of the same files, bytes and folders into a fresh directory (best of 3). Overhead ratio = our total build time ÷ that time.',
  );
  console.log('');
  console.log(
    `| dataset | pages | HTML | KB/page | ms/page ${PHASES.join(' | ')} | total | bare write | overhead ratio to the physical limit |`,
  );
  console.log(`|---|${'---:|'.repeat(PHASES.length + 6)}`);
  for (const r of ok) {
    const per = (ms: number) => (ms / r.pages).toFixed(2);
    console.log(
      `| ${r.label} | ${int(r.pages)} | ${r.htmlMB.toFixed(1)} MB | ${int((r.htmlMB * 1024) / r.pages)} | ${PHASES.map((p) => per(r.phases[p]!.ms)).join(' | ')} | ${per(totalMs(r))} | ${r.bareMs !== null ? `${(r.bareMs / 1000).toFixed(2)} s` : '—'} | ${r.bareMs ? `×${int(totalMs(r) / r.bareMs)}` : '—'} |`,
    );
  }
}

// Rebuilds: the same phases again, with no change and with one story's title changed.
const rebuilt = results.filter((r) => !r.error && !r.skipped && r.rebuilds.unchanged);
if (rebuilt.length) {
  console.log('');
  console.log('### Rebuilds');
  console.log('');
  console.log(
    `Right after the first build, the same ${PHASES.length} phases again on the same dataset: once with nothing changed, once after one published story's title changed (in a copy of the stories, \`STORIES_DIR=${STORIES}\`, used by all three builds). Share images use a cache folder of their own that is empty before the first build (\`OG_CACHE_DIR\`); "from cache / rendered" counts images.`,
  );
  console.log('');
  console.log(
    `| dataset | build | ${PHASES.join(' | ')} | total | × first build | share images from cache / rendered |`,
  );
  console.log(`|---|---|${'---:|'.repeat(PHASES.length + 3)}`);
  for (const r of rebuilt) {
    const first = totalMs(r);
    for (const run of ['first', 'unchanged', 'story'] as const) {
      const ph = run === 'first' ? r.phases : r.rebuilds[run];
      if (!ph) continue;
      const total = PHASES.reduce((a, p) => a + (ph[p]?.ms ?? 0), 0);
      const complete = PHASES.every((p) => ph[p]?.code === 0);
      const og = r.og[run];
      console.log(
        `| ${run === 'first' ? r.label : ''} | ${RUN_LABEL[run]} | ${PHASES.map((p) => (ph[p] ? `${sec(ph[p].ms)} s${ph[p].code !== 0 ? ' ✗' : ''}` : '—')).join(' | ')} | ${complete ? `${sec(total)} s` : '✗'} | ${complete ? `×${(total / first).toFixed(2)}` : '—'} | ${og ? `${int(og.hits)} / ${int(og.misses)}` : '—'} |`,
      );
    }
  }
  for (const r of results.filter((x) => x.rebuildError))
    console.log(`\n- ${r.label}: ${r.rebuildError}`);
}

// Our Astro phase against a bare Astro project writing as many pages of the same sizes.
const plain = results.filter((r) => !r.error && !r.skipped && (r.plain || r.plainError));
if (plain.length) {
  console.log('');
  console.log('### Our Astro phase against plain Astro');
  console.log('');
  console.log(
    `Plain Astro: a bare project in the benchmark's scratch folder, the installed astro package with no integrations and the same \`build.concurrency\` (${ourConcurrency()}), one static route \`[...slug].astro\` whose getStaticPaths returns one path per HTML file of our build, each page a string of that file's byte size. Both are \`npx astro build\` from spawn to exit, one after the other. Our other files (JSON API, figure CSVs, downloads) are written as plain files at the end of our Astro build by the \`ntm:data-files\` integration, not as routes; their time is in brackets. Goal: ours ≤ ${PLAIN_GOAL}× plain per page at 1,000 and 10,000 communes.`,
  );
  console.log('');
  console.log(
    '| dataset | pages | HTML | other files (ours only; time to write them) | our Astro | plain Astro | ms/page ours | ms/page plain | ours ÷ plain | rebuild, no change ÷ plain | goal |',
  );
  console.log(`|---|${'---:|'.repeat(9)}---|`);
  for (const r of plain) {
    if (!r.plain) {
      console.log(
        `| ${r.label} | ${int(r.pages)} | — | — | — | ✗ ${r.plainError} | — | — | — | — | — |`,
      );
      continue;
    }
    const ours = r.phases.astro!.ms;
    const again = r.rebuilds.unchanged?.astro;
    const ratio = ours / r.plain.ms;
    const goal =
      r.size === 1000 || r.size === 10_000 ? (ratio <= PLAIN_GOAL ? 'met' : 'not met') : '—';
    const sizes =
      r.plain.sameSizes && r.plain.pages === r.pages ? '' : ' (✗ pages or sizes differ)';
    console.log(
      `| ${r.label} | ${int(r.pages)}${sizes} | ${r.htmlMB.toFixed(1)} MB | ${int(r.otherFiles)}${r.dataFilesMs !== undefined ? ` (${sec(r.dataFilesMs)} s)` : ''} | ${sec(ours)} s | ${sec(r.plain.ms)} s | ${(ours / r.pages).toFixed(2)} | ${(r.plain.ms / r.pages).toFixed(2)} | ×${ratio.toFixed(2)} | ${again?.code === 0 ? `×${(again.ms / r.plain.ms).toFixed(2)}` : '—'} | ${goal} |`,
    );
  }
}

// Per extra page, between consecutive synthetic sizes: leaves out both builds' fixed start-up.
const plainSyn = plain.filter((r) => r.plain && r.size !== null).sort((a, b) => a.pages - b.pages);
if (plainSyn.length >= 2) {
  console.log('');
  console.log(
    'Marginal cost per extra page (time difference ÷ page difference between two sizes), which leaves out the fixed start-up both builds pay (config, content sync, bundling):',
  );
  console.log('');
  console.log('| step | ms/extra page ours | ms/extra page plain | ours ÷ plain |');
  console.log('|---|---:|---:|---:|');
  for (let i = 1; i < plainSyn.length; i++) {
    const [a, b] = [plainSyn[i - 1]!, plainSyn[i]!];
    const dp = b.pages - a.pages;
    const ours = (b.phases.astro!.ms - a.phases.astro!.ms) / dp;
    const bare = (b.plain!.ms - a.plain!.ms) / dp;
    console.log(
      `| ${a.size!.toLocaleString('en')} → ${b.size!.toLocaleString('en')} | ${ours.toFixed(2)} | ${bare.toFixed(2)} | ×${(ours / bare).toFixed(2)} |`,
    );
  }
}

// Growth between consecutive synthetic sizes: per-page time ratio (1 = linear) and the
// marginal cost per extra page, which leaves out fixed start-up costs.
const syn = ok.filter((r) => r.size !== null).sort((a, b) => a.pages - b.pages);
console.log('');
console.log('### Growth with size');
console.log('');
if (syn.length < 2) {
  console.log(`Needs two completed synthetic sizes; ${syn.length} completed.`);
} else {
  console.log(
    'Per-page time ratio between sizes: 1.00 = linear; "linear" when within ±25 %. Marginal = extra time ÷ extra pages, which leaves out fixed start-up cost.',
  );
  console.log('');
  console.log(
    `| step | pages × | time × | per-page ratio ${PHASES.join(' | ')} | total | marginal ms/page (total) | verdict |`,
  );
  console.log(`|---|${'---:|'.repeat(PHASES.length + 4)}---|`);
  const worse = new Set<Phase>();
  let sub = false;
  let unreliable = false;
  for (let i = 1; i < syn.length; i++) {
    const a = syn[i - 1]!;
    const b = syn[i]!;
    const ratio = (msA: number, msB: number) => msB / b.pages / (msA / a.pages);
    const phaseRatios = PHASES.map((p) => ratio(a.phases[p]!.ms, b.phases[p]!.ms));
    const totalRatio = ratio(totalMs(a), totalMs(b));
    const grew = PHASES.filter((_, k) => phaseRatios[k]! > 1.25);
    grew.forEach((p) => worse.add(p));
    let verdict: string;
    if (totalRatio > 1.25) verdict = `worse than linear (${grew.join(', ') || 'total'})`;
    else if (totalRatio < 0.75) {
      verdict = 'better than linear (fixed cost spread over more pages)';
      sub = true;
    } else verdict = grew.length ? `linear overall; ${grew.join(', ')} grows faster` : 'linear';
    // Growth read from a busy machine says more about the other work than about the build.
    const [la, lb] = [meanLoad(a), meanLoad(b)];
    if (la !== null && lb !== null && Math.max(la, lb) > cpus().length && Math.abs(lb - la) > 1) {
      verdict += ` — unreliable: load ${la.toFixed(1)} → ${lb.toFixed(1)}`;
      unreliable = true;
    }
    const marginal = (totalMs(b) - totalMs(a)) / (b.pages - a.pages);
    console.log(
      `| ${a.size!.toLocaleString('en')} → ${b.size!.toLocaleString('en')} | ×${(b.pages / a.pages).toFixed(2)} | ×${(totalMs(b) / totalMs(a)).toFixed(2)} | ${phaseRatios.map((x) => x.toFixed(2)).join(' | ')} | ${totalRatio.toFixed(2)} | ${marginal.toFixed(2)} | ${verdict} |`,
    );
  }
  console.log('');
  const caveat = unreliable
    ? ' Some steps ran at very different machine load; repeat on an idle machine before trusting them.'
    : '';
  if (worse.size)
    console.log(
      `Growth: worse than linear in ${[...worse].join(', ')} (per-page time up by more than 25 % between sizes).${caveat}`,
    );
  else
    console.log(
      `Growth: no phase grows worse than linear${sub ? '; per-page time falls as the fixed start-up cost is spread' : ''}.${caveat}`,
    );
  const first = syn[0]!;
  const last = syn[syn.length - 1]!;
  console.log(
    `Memory (tree): ${int(maxTree(first))} MB at ${int(first.pages)} pages → ${int(maxTree(last))} MB at ${int(last.pages)} pages (×${(maxTree(last) / maxTree(first)).toFixed(2)} for ×${(last.pages / first.pages).toFixed(1)} pages). HTML per page: ${int((first.htmlMB * 1024) / first.pages)} KB → ${int((last.htmlMB * 1024) / last.pages)} KB.`,
  );
}
const notDone = results.filter((r) => r.error || r.skipped);
if (notDone.length) {
  console.log('');
  for (const r of notDone) console.log(`- ${r.label}: ${r.error ?? r.skipped}`);
}

// Goals.
console.log('');
const goal = results.find((r) => r.size === GOAL_SIZE);
const coresNote =
  cpus().length === 2 ? '' : ` (this machine has ${cpus().length} cores; the goal is for 2)`;
const goalText = `Goals, 10,000 communes end to end < ${GOAL_S} s on 2 cores and < 1.5 GB peak`;
if (!goal) {
  console.log(`${goalText}: not measured in this run (BENCH_SIZES has no ${GOAL_SIZE}).`);
} else if (goal.skipped) {
  console.log(`${goalText}: not met (${goal.skipped}).`);
} else if (goal.error) {
  const mem = Math.max(maxTree(goal), maxLargest(goal));
  const oom = PHASES.find((p) => goal.phases[p]?.oom);
  const spent = totalMs(goal) + PHASES.reduce((a, p) => a + (goal.phases[p]?.oom?.ms ?? 0), 0);
  const oomMB = oom ? goal.phases[oom]!.oom!.treeMB : 0;
  const memText = oom
    ? `not met (${oom} ran out of Node's default heap at ${int(oomMB)} MB${mem > oomMB ? `; ${int(mem)} MB with a larger heap` : ''})`
    : mem < GOAL_MB
      ? `${int(mem)} MB up to that point`
      : `not met (${int(mem)} MB)`;
  console.log(
    `${goalText}: time not met (${goal.error}; ${sec(spent)} s spent in all); memory ${memText}.`,
  );
} else {
  // The issue's pipeline is data → Astro → search; share images came later, so both are given.
  const issue = PHASES.filter((p) => p !== 'og');
  const s = totalMs(goal) / 1000;
  const sIssue = issue.reduce((a, p) => a + (goal.phases[p]?.ms ?? 0), 0) / 1000;
  // The larger of the two memory measures, so the goal is not judged on the kinder one.
  const m = Math.max(maxTree(goal), maxLargest(goal));
  const mIssue = Math.max(...issue.map((p) => Math.max(tree(goal, p), largest(goal, p))));
  const verdict = (ok: boolean) => (ok ? 'met' : 'not met');
  const withOg = PHASES.includes('og')
    ? `; with share images ${s.toFixed(1)} s → ${verdict(s < GOAL_S)}`
    : '';
  const withOgMem = PHASES.includes('og')
    ? `; with share images ${int(m)} MB → ${verdict(m < GOAL_MB)}`
    : '';
  console.log(
    `Goal, 10,000 communes end to end < ${GOAL_S} s on 2 cores: data → Astro → search ${sIssue.toFixed(1)} s → ${verdict(sIssue < GOAL_S)}${withOg}${coresNote}.`,
  );
  console.log(
    `Goal, 10,000 communes peak memory < 1.5 GB (${int(GOAL_MB)} MB): data → Astro → search ${int(mIssue)} MB → ${verdict(mIssue < GOAL_MB)}${withOgMem}.`,
  );
}
if (notDone.length || results.some((r) => r.rebuildError || r.plainError)) process.exitCode = 1;
