// `npm run build` [-- --out <dir>]: the whole site build, written into a fresh folder next to the
// target (dist/ by default) and swapped in only when every step has passed. A refused story, a
// bad table, a crash or Ctrl-C leaves the target byte for byte as it was; the last line says so.
//
// Steps, in order, each a separate process with its output shown as it comes (see run() below):
//   1. statistics      npx tsx scripts/build-stats.ts          (DATA_DIR → STATS_DIR)
//   2. pages           npx astro build --outDir <fresh>
//   3. search index    node scripts/build-search.ts <fresh>
//   4. share images    npx tsx scripts/build-og.ts <fresh>
//   5. precompression  npx tsx scripts/deploy/precompress.ts <fresh>
//   6. _headers        npx tsx scripts/deploy/configs.ts <fresh> --dist-only
// Step 1 writes STATS_DIR (default src/generated/stats), not the target. It is already safe on
// its own: a table with an error leaves the previous statistics untouched (runPipeline returns
// before writing, and writeAtomically() in scripts/lib/pipeline.ts swaps a complete folder in).
// When a later step fails, STATS_DIR holds the new statistics while the target keeps the old
// site, as before this script; `npm run dev` and the next build read the new ones.
//
// The environment (DATA_DIR, STATS_DIR, STORIES_DIR, SITE_URL, …) passes through to every step.
// Astro needs the output folder inside the project (images), so --out should be too.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { prepareFresh, prevDir, recover, removeDir, swapIn } from './swap.ts';

let values: { out: string };
try {
  values = parseArgs({
    options: { out: { type: 'string', default: 'dist' } },
    strict: true,
  }).values;
} catch (e) {
  console.error(
    `✗ ${(e as Error).message}. Usage: npm run build [-- --out <dir>] — nothing was built (không dựng gì)`,
  );
  process.exit(2);
}
const target = resolve(values.out);

/** A path as the steps and the log should show it: relative to the project when inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
const targetShown = `${shown(target)}/`;

function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => !e.isDirectory())
    .length;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

let child: ChildProcess | null = null;
let stopSignal: NodeJS.Signals | null = null;
// Read through a call: TypeScript would keep the top-level `= null` narrowing past the awaits.
const stoppedBy = (): NodeJS.Signals | null => stopSignal;
let fresh: string | null = null;

const signalCode = (sig: NodeJS.Signals): number =>
  128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1);

/**
 * Last words of a build that did not replace the target: removes the fresh folder, prints the
 * one line staff look for (English and Vietnamese) and exits non-zero.
 */
function giveUp(kind: 'refused' | 'interrupted', detail: string, code: number): never {
  if (fresh) {
    try {
      removeDir(fresh);
    } catch (e) {
      console.error(
        `⚠ could not remove ${shown(fresh)}: ${(e as Error).message} (the next build removes it)`,
      );
    }
  }
  const vi = kind === 'refused' ? 'bản dựng bị từ chối' : 'bản dựng bị dừng';
  console.error(
    `${kind === 'interrupted' ? '\n' : ''}✗ build ${kind}${detail ? `: ${detail}` : ''} — ${targetShown} unchanged (${vi} — ${targetShown} giữ nguyên như trước)`,
  );
  process.exit(code);
}

// Ctrl-C, `kill`, a closed terminal: stop the running step, then clean up in the main flow
// (after the step has exited, so nothing writes into the folder being removed).
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(sig, () => {
    if (stopSignal) return;
    stopSignal = sig;
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill(sig);
      // A step that ignores the signal is killed outright after 10 s.
      setTimeout(() => child?.kill('SIGKILL'), 10_000).unref();
    } else {
      giveUp('interrupted', sig, signalCode(sig));
    }
  });
}

// The steps are `npx tsx …` and `npx astro …`, run without npx: this Node runs the package's
// bin itself. npx exits on SIGTERM without passing it on, which would leave its child writing
// into the folder being removed; tsx passes signals to its child, and astro builds in-process.
// Steps stay in this process group, so killing the group kills the whole build at once.
const projectRequire = createRequire(join(process.cwd(), 'package.json'));
function binOf(pkg: string): string {
  const manifest = projectRequire.resolve(`${pkg}/package.json`);
  const bin = (
    JSON.parse(readFileSync(manifest, 'utf8')) as { bin: string | Record<string, string> }
  ).bin;
  const rel = typeof bin === 'string' ? bin : bin[pkg];
  if (!rel) throw new Error(`${pkg} has no "${pkg}" bin`);
  return join(dirname(manifest), rel);
}

function run([pkg, ...args]: string[]): Promise<{
  code: number | null;
  signal: NodeJS.Signals | null;
}> {
  return new Promise((done, fail) => {
    // 'node': a script Node runs itself (it strips the types), without tsx's two processes.
    const argv = pkg === 'node' ? args : [binOf(pkg!), ...args];
    const c = spawn(process.execPath, argv, {
      stdio: 'inherit',
      env: process.env,
    });
    child = c;
    c.once('error', fail);
    c.once('exit', (code, signal) => {
      child = null;
      done({ code, signal });
    });
  });
}

const t0 = performance.now();
const inside = relative(target, process.cwd());
if (!inside.startsWith('..') && !isAbsolute(inside)) {
  // The project itself (or a folder holding it) would be renamed away by the swap.
  giveUp(
    'refused',
    `--out ${values.out} is the project folder or holds it; choose a folder inside the project, such as dist`,
    2,
  );
}
try {
  const r = recover(target);
  if (r.restored)
    console.log(
      `⚠ an earlier build stopped between its two renames: ${shown(r.restored)} → ${targetShown} restored`,
    );
  for (const p of r.removed)
    console.log(`⚠ removed ${shown(p)}, left by an earlier build that did not finish`);
  fresh = prepareFresh(target);
} catch (e) {
  giveUp('refused', `cannot prepare the build folder (${(e as Error).message})`, 1);
}
const out = shown(fresh);

const steps: { name: string; args: string[] }[] = [
  { name: 'statistics', args: ['tsx', 'scripts/build-stats.ts'] },
  { name: 'pages (astro build)', args: ['astro', 'build', '--outDir', out] },
  // Beside Pagefind's binary, npx and tsx held 280 MB of the step's 1.6 GB at 10,000 communes.
  { name: 'search index', args: ['node', 'scripts/build-search.ts', out] },
  { name: 'share images', args: ['tsx', 'scripts/build-og.ts', out] },
  { name: 'precompression', args: ['tsx', 'scripts/deploy/precompress.ts', out] },
  { name: '_headers', args: ['tsx', 'scripts/deploy/configs.ts', out, '--dist-only'] },
];

for (const [i, step] of steps.entries()) {
  const label = `${i + 1}/${steps.length} ${step.name}`;
  console.log(`▸ ${label}`);
  const s0 = performance.now();
  let r: { code: number | null; signal: NodeJS.Signals | null };
  try {
    r = await run(step.args);
  } catch (e) {
    giveUp('refused', `${label} did not start (${(e as Error).message})`, 1);
  }
  const sig = stoppedBy();
  if (sig) giveUp('interrupted', `${sig}, during ${label}`, signalCode(sig));
  if (r.code !== 0) giveUp('refused', `${label} failed (${r.signal ?? `exit code ${r.code}`})`, 1);
  console.log(`✓ ${label}: ${seconds(performance.now() - s0)}`);
}

try {
  swapIn(fresh, target);
} catch (e) {
  if (!existsSync(target) && existsSync(prevDir(target))) {
    // Both renames failed in a way swapIn could not undo: say where the old site is.
    console.error(
      `✗ build refused: could not put the new build in place (${(e as Error).message}) — ${targetShown} is missing; the previous build is in ${shown(prevDir(target))}: run the build again to restore it (${targetShown} đang thiếu; chạy lại lệnh build để khôi phục)`,
    );
    process.exit(1);
  }
  giveUp('refused', `could not put the new build in place (${(e as Error).message})`, 1);
}
fresh = null;
console.log(
  `✓ ${targetShown} replaced by the new build: ${countFiles(target).toLocaleString('en-US')} files in ${seconds(performance.now() - t0)}`,
);
