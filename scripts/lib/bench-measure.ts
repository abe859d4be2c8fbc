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
