// `npx tsx scripts/bench/search-index-memory.ts <built site> [runs]`: runs the search index step
// (`node scripts/build-search.ts <copy>`, as `npm run build` runs it) on a fresh copy of a built
// site's HTML, samples the memory of every process it starts from /proc every 50 ms, and prints
// per process (the step's node, its page-listing child, the Pagefind binary) its peak RSS (the
// kernel's high-water mark, VmHWM) and the peak of the tree's summed RSS (what `npm run bench`
// reports as the search phase's peak), with a timeline of the tree's RSS against the step's own
// log lines. Linux only. Figures are printed, never
// asserted. The copies go to a scratch folder under the OS temp dir and are removed afterwards.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const site = process.argv[2] ?? '';
const runs = Number(process.argv[3] ?? 1);
if (!site) {
  console.error('usage: npx tsx scripts/bench/search-index-memory.ts <built site> [runs]');
  process.exit(2);
}

// SEARCH_SCRIPT: another version of the step to measure; KEEP: a folder to keep each run's pagefind/ in.
const script = process.env.SEARCH_SCRIPT ?? 'scripts/build-search.ts';
const keep = process.env.KEEP;
const MB = 1024 * 1024;
const mb = (kb: number): string => `${Math.round((kb * 1024) / MB).toLocaleString('en')} MB`;

/** VmRSS and VmHWM (kB) and the command of a live process, or null when it has gone. */
function status(pid: number): { rss: number; hwm: number; name: string } | null {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const num = (k: string): number =>
      Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(s)?.[1] ?? 0);
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const name = cmd
      .map((a) => (a.startsWith('/') ? a.split('/').slice(-2).join('/') : a))
      .join(' ');
    return { rss: num('VmRSS'), hwm: num('VmHWM'), name: name.slice(0, 110) };
  } catch {
    return null;
  }
}

/** The pid and every descendant of it, from /proc/<pid>/task/<pid>/children. */
function tree(root: number): number[] {
  const out: number[] = [];
  const todo = [root];
  while (todo.length) {
    const pid = todo.pop()!;
    out.push(pid);
    try {
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const c = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
        if (c) todo.push(...c.split(/\s+/).map(Number));
      }
    } catch {
      // gone
    }
  }
  return out;
}

async function once(run: number): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'search-index-memory-'));
  const copy = join(scratch, 'site');
  cpSync(resolve(site), copy, {
    recursive: true,
    filter: (src) => src !== join(resolve(site), 'pagefind') && !/\.(br|gz)$/.test(src),
  });
  const t0 = performance.now();
  const child = spawn(process.execPath, [script, copy], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const peaks = new Map<number, { name: string; hwm: number }>();
  let treePeak = 0;
  let treePeakAt = 0;
  const timeline: string[] = [];
  let lastMark = -1;
  const sample = (): void => {
    let sum = 0;
    let binary = 0;
    for (const pid of tree(child.pid!)) {
      const s = status(pid);
      if (!s) continue;
      sum += s.rss;
      if (s.name.includes('pagefind')) binary += s.rss;
      const p = peaks.get(pid);
      if (!p || s.hwm >= p.hwm) peaks.set(pid, { name: s.name, hwm: s.hwm });
    }
    const t = performance.now() - t0;
    if (sum > treePeak) {
      treePeak = sum;
      treePeakAt = t;
    }
    if (Math.floor(t / 2000) !== lastMark) {
      lastMark = Math.floor(t / 2000);
      timeline.push(
        `${(t / 1000).toFixed(1).padStart(6)} s  RSS: tree ${mb(sum).padStart(9)}, Pagefind binary ${mb(binary).padStart(9)}`,
      );
    }
  };
  const timer = setInterval(sample, 50);
  child.stdout.on('data', (d: Buffer) => {
    for (const line of d.toString().split('\n').filter(Boolean))
      timeline.push(`${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s  | ${line}`);
  });
  const code = await new Promise<number | null>((r) => child.on('close', r));
  clearInterval(timer);
  const ms = performance.now() - t0;
  if (keep) cpSync(join(copy, 'pagefind'), `${keep}/run-${run}`, { recursive: true });
  rmSync(scratch, { recursive: true, force: true });
  console.log(`\n── run ${run}: exit ${code}, ${(ms / 1000).toFixed(1)} s wall`);
  console.log(timeline.join('\n'));
  console.log('peak RSS (VmHWM) per process:');
  for (const [pid, p] of peaks)
    console.log(`  ${String(pid).padStart(8)}  ${mb(p.hwm).padStart(9)}  ${p.name}`);
  console.log(
    `peak of the tree's summed RSS: ${mb(treePeak)} at ${(treePeakAt / 1000).toFixed(1)} s (goal ≤ 1,536 MB)`,
  );
}

for (let i = 1; i <= runs; i++) await once(i);
