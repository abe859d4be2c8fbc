// Helpers for scripts/bench-site.ts: run a child command with wall time and peak memory,
// and the bare-Node writer that gives the physical lower bound for writing a site.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';
export const HAS_GNU_TIME =
  existsSync(GNU_TIME) &&
  (() => {
    try {
      execFileSync(GNU_TIME, ['-f', '%M', 'true'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
const PAGE_KB = (() => {
  try {
    return Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) / 1024 || 4;
  } catch {
    return 4;
  }
})();

/** Sum of RSS (KiB) of `root` and all its descendants, from /proc; 0 when /proc is missing. */
export function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${e}/stat`, 'utf8');
    } catch {
      continue;
    } // exited meanwhile
    // Fields after "(comm)": state ppid … ; rss is field 24, i.e. index 21 here.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(e);
    const ppid = Number(f[1]);
    rss.set(pid, Number(f[21]) * PAGE_KB);
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  let sum = 0;
  const stack = [root];
  while (stack.length) {
    const p = stack.pop()!;
    sum += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return sum;
}

export interface Measured {
  code: number;
  ms: number;
  /** Kernel high-water mark of the largest single process in the tree (GNU time %M), MiB. */
  peakMB: number | null;
  /** Largest sampled sum of RSS over the whole process tree, MiB. */
  treeMB: number;
  timedOut: boolean;
  /** Mean 1-minute load average while it ran: shows when other work competed for the CPU. */
  load: number | null;
  log: string;
}

function loadavg(): number | null {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return null;
  }
}

let current: ChildProcess | undefined;
/** Ends the running child's whole process group (used on Ctrl+C). */
export function killCurrent(): void {
  try {
    if (current?.pid) process.kill(-current.pid, 'SIGKILL');
  } catch {
    /* gone */
  }
}

/**
 * Runs `cmd args` with its output in `logFile`, measuring wall time from spawn to exit,
 * the kernel's peak RSS (via GNU time, which reports getrusage maxrss of the child and its
 * reaped descendants) and the sampled peak of the whole tree's summed RSS.
 */
export async function runMeasured(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
  timeoutMs: number,
  sampleMs = 200,
): Promise<Measured> {
  mkdirSync(dirname(logFile), { recursive: true });
  const rssFile = `${logFile}.rss`;
  const fd = openSync(logFile, 'w');
  const [file, argv] = HAS_GNU_TIME
    ? [GNU_TIME, ['-f', '%M', '-o', rssFile, cmd, ...args]]
    : [cmd, args];
  const t0 = performance.now();
  // Own process group, so an interrupted benchmark can end the whole tree.
  const child = spawn(file, argv, {
    env: { ...process.env, ...env },
    stdio: ['ignore', fd, fd],
    detached: true,
  });
  current = child;
  let treeKb = 0;
  const loads: number[] = [];
  const timer = setInterval(() => {
    if (child.pid) treeKb = Math.max(treeKb, treeRssKb(child.pid));
    const l = loadavg();
    if (l !== null) loads.push(l);
  }, sampleMs);
  // A build that runs away (e.g. output growing with the square of the size) is stopped.
  let timedOut = false;
  const limit = setTimeout(() => {
    timedOut = true;
    killCurrent();
  }, timeoutMs);
  const code = await new Promise<number>((resolve) => {
    child.on('error', () => resolve(127));
    child.on('exit', (c, signal) => resolve(c ?? (signal ? 128 : 1)));
  });
  const ms = performance.now() - t0;
  clearInterval(timer);
  clearTimeout(limit);
  current = undefined;
  closeSync(fd);
  let peakMB: number | null = null;
  if (HAS_GNU_TIME && existsSync(rssFile)) {
    // On failure GNU time writes "Command exited with non-zero status N" first; %M is the last line.
    const last = readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '';
    if (/^\d+$/.test(last)) peakMB = Number(last) / 1024;
  }
  const load = loads.length ? loads.reduce((a, b) => a + b, 0) / loads.length : loadavg();
  return {
    code,
    ms,
    peakMB,
    treeMB: treeKb / 1024,
    timedOut,
    load,
    log: readFileSync(logFile, 'utf8'),
  };
}

export interface HtmlFile {
  rel: string;
  size: number;
}

/** Every .html file under `root`, with its size. */
export function listHtml(root: string): HtmlFile[] {
  const out: HtmlFile[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html'))
        out.push({ rel: relative(root, p), size: statSync(p).size });
    }
  };
  walk(root);
  return out;
}

/**
 * The physical limit: write the same files with the same bytes and folders into a fresh
 * directory, synchronously, nothing else. Files are read into memory first (in chunks of
 * at most `chunkBytes`, so a huge site does not exhaust memory) and only the writing is
 * timed. Best of `runs`, in milliseconds.
 */
export function bareWrite(
  root: string,
  files: HtmlFile[],
  target: string,
  runs = 3,
  chunkBytes = 1024 * 2 ** 20,
): number {
  const chunks: HtmlFile[][] = [[]];
  let bytes = 0;
  for (const f of files) {
    if (bytes + f.size > chunkBytes && chunks[chunks.length - 1]!.length) {
      chunks.push([]);
      bytes = 0;
    }
    chunks[chunks.length - 1]!.push(f);
    bytes += f.size;
  }
  const dirs = [...new Set(files.map((f) => dirname(f.rel)))];
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    rmSync(target, { recursive: true, force: true });
    let t0 = performance.now();
    for (const d of dirs) mkdirSync(join(target, d), { recursive: true });
    let ms = performance.now() - t0;
    for (const chunk of chunks) {
      const data = chunk.map((f) => readFileSync(join(root, f.rel)));
      t0 = performance.now();
      chunk.forEach((f, k) => writeFileSync(join(target, f.rel), data[k]!));
      ms += performance.now() - t0;
    }
    best = Math.min(best, ms);
  }
  rmSync(target, { recursive: true, force: true });
  return best;
}

// Helpers for the browser benchmarks (scripts/bench-lighthouse.ts, scripts/bench-search.ts).

/** The machine and its load, for a dated table: cores, memory, `uptime`'s load averages. */
export function machineLine(): string {
  const sh = (cmd: string, fallback: () => string) => {
    try {
      return execFileSync(cmd, { encoding: 'utf8' }).trim();
    } catch {
      return fallback();
    }
  };
  const uptime = sh(
    'uptime',
    () => `load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(', ')}`,
  );
  const cores = sh('nproc', () => '?');
  let memGiB = '?';
  try {
    const kb = Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1]);
    if (kb) memGiB = String(Math.round(kb / 2 ** 20));
  } catch {
    /* no /proc */
  }
  return `${cores} cores (nproc), ${memGiB} GiB, Node ${process.version}; uptime: ${uptime}`;
}

/** The working tree as it is now (a prebuilt site may be older): commit and files that differ. */
export function treeLine(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean).length;
    return `tree ${head}${dirty ? ` + ${dirty} changed or new files` : ''}`;
  } catch {
    return 'tree: not a git checkout';
  }
}

/**
 * The folder a server should serve so readers' compression applies: `dist` itself when it has
 * the build's .br/.gz copies (last steps of `npm run build`), else a hard-linked copy with them
 * added by scripts/deploy/precompress.ts (new files only, so `dist` is left as it was). With
 * `only`, just those folders get them: brotli 11 over a 10,000-commune site's 52,000 files takes
 * half an hour on a loaded 2-core machine, and a benchmark of one page needs a few of them.
 */
export function precompressed(dist: string, scratch: string, only?: string[]): string {
  if (existsSync(join(dist, 'index.html.br'))) return dist;
  // The same build (by its home page's time) reuses an earlier copy.
  const marker = join(scratch, '.precompressed-from');
  const from = `${dist} ${statSync(join(dist, 'index.html')).mtimeMs} ${only?.join(',') ?? '*'}`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === from) return scratch;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(dirname(scratch), { recursive: true });
  execFileSync('cp', ['-al', dist, scratch]);
  for (const dir of only ?? ['.']) {
    if (!existsSync(join(scratch, dir))) continue;
    execFileSync('npx', ['tsx', 'scripts/deploy/precompress.ts', join(scratch, dir)], {
      stdio: 'ignore',
    });
  }
  writeFileSync(marker, from);
  return scratch;
}

/** "✅" when `value` meets the goal (at most `max`, or at least `min`), else "❌". */
export function mark(value: number, goal: { max?: number; min?: number }): string {
  const ok =
    (goal.max === undefined || value <= goal.max) && (goal.min === undefined || value >= goal.min);
  return ok ? '✅' : '❌';
}
