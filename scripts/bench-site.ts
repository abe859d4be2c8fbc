// `npm run bench`: end-to-end site build (data → statistics → Astro → search index) on the
// bundled data and on synthetic datasets (BENCH_SIZES, default 1000,10000,30000 communes):
// wall time and peak memory per phase, growth with size, and the overhead over a bare Node
// writer of the same HTML. Progress on stderr, Markdown on stdout. Not a test.
import { mkdirSync, readFileSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { HAS_GNU_TIME, bareWrite, killCurrent, readHtml, runMeasured, type Measured } from './lib/bench-measure.ts';
import { makeSynthetic } from './lib/synthetic.ts';

const SIZES = (process.env['BENCH_SIZES'] ?? '1000,10000,30000').split(',').map((s) => Number(s.trim()));
if (SIZES.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('BENCH_SIZES must be a comma-separated list of positive whole numbers, e.g. 1000,10000');
  process.exit(2);
}
// Inside the project: Astro 6.0 fails on images when outDir is outside the root.
const OUT = 'bench-output';
const PHASES = ['data', 'astro', 'search'] as const;
type Phase = (typeof PHASES)[number];
// Goals from the issue: 10,000 communes end to end on 2 cores.
const GOAL_SIZE = 10_000;
const GOAL_S = 90;
const GOAL_MB = 1536; // 1.5 GB, with 1 MB = 2^20 bytes as everywhere here

interface Result {
  label: string;
  size: number | null; // null = bundled data
  communes: number;
  pages: number;
  htmlMB: number;
  phases: Partial<Record<Phase, Measured & { retried: boolean }>>;
  bareMs: number | null;
  error?: string;
}

const log = (s: string) => process.stderr.write(`${s}\n`);
const sec = (ms: number) => (ms / 1000).toFixed(1);
const int = (x: number) => Math.round(x).toLocaleString('en');

let cleanupDir: string | undefined;
process.on('SIGINT', () => {
  killCurrent();
  if (cleanupDir) rmSync(cleanupDir, { recursive: true, force: true });
  process.exit(130);
});

function countCommunes(dataDir: string): number {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(join(dataDir, 'units.csv'), 'utf8'), { header: true, skipEmptyLines: true });
  return parsed.data.filter((u) => u['kind'] === 'commune' || u['kind'] === 'town').length;
}

async function phase(r: Result, name: Phase, cmd: string, args: string[], env: NodeJS.ProcessEnv, dir: string): Promise<boolean> {
  log(`[${r.label}] ${name}: ${[cmd, ...args].join(' ')} …`);
  let m = await runMeasured(cmd, args, env, join(dir, 'logs', `${name}.log`));
  let retried = false;
  if (m.code !== 0 && /heap out of memory|Reached heap limit/i.test(m.log)) {
    // Node's default heap limit is not the machine's: measure again with a larger one, and say so.
    log(`[${r.label}] ${name}: out of memory with Node's default heap; again with --max-old-space-size=8192`);
    m = await runMeasured(cmd, args, { ...env, NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=8192`.trim() }, join(dir, 'logs', `${name}-retry.log`));
    retried = true;
  }
  r.phases[name] = { ...m, retried };
  const mem = `peak ${m.peakMB !== null ? `${int(m.peakMB)} MB` : '?'} (tree ${int(m.treeMB)} MB)`;
  if (m.code !== 0) {
    r.error = `${name} failed (exit ${m.code})`;
    log(`[${r.label}] ${name}: ✗ exit ${m.code} after ${sec(m.ms)} s; last lines of its output:`);
    log(m.log.trim().split('\n').slice(-25).map((l) => `    ${l}`).join('\n'));
    return false;
  }
  log(`[${r.label}] ${name}: done in ${sec(m.ms)} s, ${mem}`);
  return true;
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
    for (const [f, text] of Object.entries(makeSynthetic({ communes: size, districts: Math.max(1, Math.round(size / 12)) }))) {
      writeFileSync(join(dataDir, f), text);
    }
  }
  const r: Result = { label, size, communes: countCommunes(dataDir), pages: 0, htmlMB: 0, phases: {}, bareMs: null };
  const stats = join(dir, 'stats');
  const dist = join(dir, 'dist');
  try {
    // Same commands as `npm run build` and scripts/run-tests.ts, pointed at this dataset.
    const ok = await phase(r, 'data', 'npx', ['tsx', 'scripts/build-stats.ts'], { DATA_DIR: dataDir, STATS_DIR: stats }, dir)
      && await phase(r, 'astro', 'node', ['scripts/astro.mjs', 'build', '--outDir', dist], { STATS_DIR: stats }, dir)
      && await phase(r, 'search', 'npx', ['tsx', 'scripts/build-search.ts', dist], {}, dir);
    if (ok) {
      const pages = readHtml(dist);
      r.pages = pages.length;
      r.htmlMB = pages.reduce((a, p) => a + p.data.length, 0) / 2 ** 20;
      log(`[${label}] bare Node writer: ${int(r.pages)} HTML files, ${r.htmlMB.toFixed(1)} MB, best of 3 …`);
      r.bareMs = bareWrite(pages, join(dir, 'bare'));
      log(`[${label}] bare Node writer: ${sec(r.bareMs)} s`);
    }
  } finally {
    // Keep nothing big.
    rmSync(dir, { recursive: true, force: true });
    cleanupDir = undefined;
  }
  return r;
}

const t0 = Date.now();
log(`Site build benchmark: bundled data, then ${SIZES.map((n) => n.toLocaleString('en')).join(', ')} synthetic communes; outputs in ${OUT}/ (removed afterwards)`);
const results: Result[] = [];
results.push(await bench('bundled data (data/)', null));
for (const n of SIZES) results.push(await bench(`synthetic ${n.toLocaleString('en')}`, n));
try { if (readdirSync(OUT).length === 0) rmdirSync(OUT); } catch { /* absent or not ours to remove */ }
log(`Benchmark finished in ${sec(Date.now() - t0)} s`);

// ---- Report ----
const totalMs = (r: Result) => PHASES.reduce((a, p) => a + (r.phases[p]?.ms ?? 0), 0);
const peak = (r: Result, p: Phase) => r.phases[p]?.peakMB ?? null;
const maxPeak = (r: Result) => Math.max(...PHASES.map((p) => peak(r, p) ?? 0));
const maxTree = (r: Result) => Math.max(...PHASES.map((p) => r.phases[p]?.treeMB ?? 0));
const mb = (x: number | null) => (x === null ? '—' : `${int(x)} MB`);
const ok = results.filter((r) => !r.error);
const mark = (r: Result, p: Phase) => (r.phases[p]?.retried ? ' †' : '');

console.log(`## Site build benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
console.log('');
console.log('Phases run one after another (they share `.astro/` and Vite\'s cache): data = `npx tsx scripts/build-stats.ts`, astro = `node scripts/astro.mjs build --outDir bench-output/<size>/dist`, search = `npx tsx scripts/build-search.ts` (Pagefind). Times are wall clock from spawn to exit, so they include Node/npx start-up. Synthetic datasets have one district per 12 communes; generating them is not timed.');
console.log('');
console.log(HAS_GNU_TIME
  ? 'Peak RSS per phase: the kernel\'s high-water mark of the largest single process in the phase (`/usr/bin/time -f %M`, i.e. getrusage maxrss over the child and its descendants). "tree" is the largest sum of RSS over all processes of the phase (npx and tsx wrappers, node, the Pagefind binary), sampled from /proc every 200 ms; shared pages are counted once per process, so it overstates a little. 1 MB = 2^20 bytes.'
  : 'Peak RSS per phase: /usr/bin/time is not available, so only "tree" is given: the largest sum of RSS over all processes of the phase, sampled from /proc every 200 ms. 1 MB = 2^20 bytes.');
console.log('');
console.log('| dataset | communes | pages | data | astro | search | total | pages/s | peak RSS data | astro | search | max | max (tree) |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  const t = (p: Phase) => (r.phases[p] ? `${sec(r.phases[p].ms)} s${mark(r, p)}` : '—');
  if (r.error) {
    console.log(`| ${r.label} | ${int(r.communes)} | — | ${t('data')} | ${t('astro')} | ${t('search')} | ✗ ${r.error} | — | ${mb(peak(r, 'data'))} | ${mb(peak(r, 'astro'))} | ${mb(peak(r, 'search'))} | — | — |`);
    continue;
  }
  const total = totalMs(r);
  console.log(`| ${r.label} | ${int(r.communes)} | ${int(r.pages)} | ${t('data')} | ${t('astro')} | ${t('search')} | ${sec(total)} s | ${int(r.pages / (total / 1000))} | ${mb(peak(r, 'data'))} | ${mb(peak(r, 'astro'))} | ${mb(peak(r, 'search'))} | ${HAS_GNU_TIME ? mb(maxPeak(r)) : '—'} | ${mb(maxTree(r))} |`);
}
if (results.some((r) => PHASES.some((p) => r.phases[p]?.retried))) {
  console.log('');
  console.log('† ran out of memory with Node\'s default heap limit; the figure is from a second run with `--max-old-space-size=8192`.');
}

// Cost per page, and the physical limit: writing the same HTML with nothing else.
console.log('');
console.log('### Cost per page and overhead over a bare Node writer');
console.log('');
console.log('The bare writer reads the built HTML pages into memory, then times only `mkdirSync` + `writeFileSync` of the same files, bytes and folders into a fresh directory (best of 3). Overhead ratio = our total build time ÷ that time.');
console.log('');
console.log('| dataset | pages | HTML | ms/page data | astro | search | total | bare write | overhead ratio to the physical limit |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of ok) {
  const per = (ms: number) => (ms / r.pages).toFixed(2);
  console.log(`| ${r.label} | ${int(r.pages)} | ${r.htmlMB.toFixed(1)} MB | ${PHASES.map((p) => per(r.phases[p]!.ms)).join(' | ')} | ${per(totalMs(r))} | ${r.bareMs !== null ? `${(r.bareMs / 1000).toFixed(2)} s` : '—'} | ${r.bareMs ? `×${int(totalMs(r) / r.bareMs)}` : '—'} |`);
}

// Growth between consecutive synthetic sizes: per-page time ratio (1 = linear) and the
// marginal cost per extra page, which leaves out fixed start-up costs.
const syn = ok.filter((r) => r.size !== null).sort((a, b) => a.pages - b.pages);
if (syn.length >= 2) {
  console.log('');
  console.log('### Growth with size');
  console.log('');
  console.log('Per-page time ratio between sizes: 1.00 = linear; "linear" when within ±25 %. Marginal = extra time ÷ extra pages, which leaves out fixed start-up cost.');
  console.log('');
  console.log('| step | pages × | time × | per-page ratio data | astro | search | total | marginal ms/page (total) | verdict |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|');
  const worse = new Set<Phase>();
  let sub = false;
  for (let i = 1; i < syn.length; i++) {
    const a = syn[i - 1]!;
    const b = syn[i]!;
    const ratio = (msA: number, msB: number) => (msB / b.pages) / (msA / a.pages);
    const phaseRatios = PHASES.map((p) => ratio(a.phases[p]!.ms, b.phases[p]!.ms));
    const totalRatio = ratio(totalMs(a), totalMs(b));
    const grew = PHASES.filter((_, k) => phaseRatios[k]! > 1.25);
    grew.forEach((p) => worse.add(p));
    let verdict: string;
    if (totalRatio > 1.25) verdict = `worse than linear (${grew.join(', ') || 'total'})`;
    else if (totalRatio < 0.75) { verdict = 'better than linear (fixed cost spread over more pages)'; sub = true; }
    else verdict = grew.length ? `linear overall; ${grew.join(', ')} grows faster` : 'linear';
    const marginal = (totalMs(b) - totalMs(a)) / (b.pages - a.pages);
    console.log(`| ${a.size!.toLocaleString('en')} → ${b.size!.toLocaleString('en')} | ×${(b.pages / a.pages).toFixed(2)} | ×${(totalMs(b) / totalMs(a)).toFixed(2)} | ${phaseRatios.map((x) => x.toFixed(2)).join(' | ')} | ${totalRatio.toFixed(2)} | ${marginal.toFixed(2)} | ${verdict} |`);
  }
  console.log('');
  if (worse.size) console.log(`Growth: worse than linear in ${[...worse].join(', ')} (per-page time up by more than 25 % between sizes).`);
  else console.log(`Growth: linear${sub ? ' or better (per-page time falls as the fixed start-up cost is spread)' : ''} in every phase.`);
  const first = syn[0]!;
  const last = syn[syn.length - 1]!;
  console.log(`Memory: max peak ${mb(maxPeak(first) || maxTree(first))} at ${int(first.pages)} pages → ${mb(maxPeak(last) || maxTree(last))} at ${int(last.pages)} pages (×${((maxPeak(last) || maxTree(last)) / (maxPeak(first) || maxTree(first))).toFixed(2)} for ×${(last.pages / first.pages).toFixed(1)} pages).`);
}

// Goals.
console.log('');
const goal = results.find((r) => r.size === GOAL_SIZE);
const coresNote = cpus().length === 2 ? '' : ` (this machine has ${cpus().length} cores, the goal is for 2)`;
if (!goal) {
  console.log(`Goals (10,000 communes end to end < ${GOAL_S} s on 2 cores, < 1.5 GB peak): not measured in this run (BENCH_SIZES has no ${GOAL_SIZE}).`);
} else if (goal.error) {
  console.log(`Goals (10,000 communes end to end < ${GOAL_S} s on 2 cores, < 1.5 GB peak): not met: the build failed (${goal.error}).`);
} else {
  const s = totalMs(goal) / 1000;
  // The larger of the two memory measures, so the goal is not judged on the kinder one.
  const m = Math.max(maxPeak(goal), maxTree(goal));
  console.log(`Goal, 10,000 communes end to end < ${GOAL_S} s on 2 cores: ${s.toFixed(1)} s → ${s < GOAL_S ? 'met' : 'not met'}${coresNote}.`);
  console.log(`Goal, 10,000 communes peak memory < 1.5 GB (${int(GOAL_MB)} MB): ${int(m)} MB (larger of max and tree) → ${m < GOAL_MB ? 'met' : 'not met'}.`);
}
const failed = results.filter((r) => r.error);
if (failed.length) {
  console.log('');
  for (const r of failed) console.log(`✗ ${r.label}: ${r.error}`);
  process.exitCode = 1;
}
