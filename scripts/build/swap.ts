// Replacing a built folder (dist/) with a new build in two renames, so a reader or a server never
// sees a half-written site, and a failed build leaves the old one as it was. Used by
// scripts/build/site.ts (`npm run build`); any other publisher can reuse it.
//
//   fresh:  <parent>/.<name>.next-<pid>   the build being written, a sibling of the target
//   prev:   <parent>/.<name>.prev-<pid>   the old target, for the instant between the renames
//
// Both live next to the target so the renames stay on one file system. The pid in the name says
// whose folder it is: recover() touches only folders whose process is gone.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The folder a build for `target` writes into before it is swapped in. */
export function freshDir(target: string, pid: number = process.pid): string {
  return sibling(target, 'next', pid);
}

/** Where swapIn() parks the old target between its two renames. */
export function prevDir(target: string, pid: number = process.pid): string {
  return sibling(target, 'prev', pid);
}

function sibling(target: string, kind: 'next' | 'prev', pid: number): string {
  const abs = resolve(target);
  return join(dirname(abs), `.${basename(abs)}.${kind}-${pid}`);
}

/** A fresh (empty, absent) build folder for `target`; its parent is created if needed. */
export function prepareFresh(target: string, pid: number = process.pid): string {
  const fresh = freshDir(target, pid);
  mkdirSync(dirname(fresh), { recursive: true });
  removeDir(fresh);
  return fresh;
}

/**
 * Whether a process with this pid is running (EPERM: it is, owned by someone else). A zombie is
 * not: in a container whose PID 1 does not reap orphans, a killed build stays one.
 */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // /proc/<pid>/stat: "pid (comm) S …"; comm may hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (not Linux): kill(0) is all we know
  }
}

const exists = (path: string): boolean => {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
};

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

/**
 * Makes `fresh` the target: target → prev, fresh → target, then deletes prev. If the second
 * rename fails, the old target is put back and the error thrown, so the target is either the
 * old build or the new one. A prev that cannot be deleted is left for the next recover().
 * A crash between the two renames leaves no target and a prev folder: recover() puts it back.
 */
export function swapIn(fresh: string, target: string): void {
  if (!existsSync(fresh)) throw new Error(`${fresh}: no such folder to swap in`);
  const prev = prevDir(target);
  removeDir(prev);
  const hadTarget = exists(target);
  if (hadTarget) renameSync(target, prev);
  try {
    renameSync(fresh, target);
  } catch (e) {
    if (hadTarget) renameSync(prev, target);
    throw e;
  }
  try {
    removeDir(prev);
  } catch {
    // The new build is in place; the old one is garbage that recover() removes next time.
  }
}

export interface Recovery {
  /** The prev folder renamed back to the target (a crash between swapIn's two renames). */
  restored: string | null;
  /** Stale fresh and prev folders deleted (their process is gone). */
  removed: string[];
}

/**
 * Cleans up after a build or swap that died: when the target is missing but a dead process's
 * prev folder exists, that folder (the last good build) becomes the target again; then every
 * fresh or prev folder of `target` whose process is gone is deleted. Folders of live processes
 * (another build running now) are left alone. Call it before creating this process's own
 * fresh folder: a folder carrying this process's pid is taken as a leftover of an earlier one.
 */
export function recover(target: string): Recovery {
  const abs = resolve(target);
  const parent = dirname(abs);
  const result: Recovery = { restored: null, removed: [] };
  if (!existsSync(parent)) return result;
  const name = basename(abs);
  const pattern = new RegExp(
    `^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(next|prev)-(\\d+)$`,
  );
  const stale = readdirSync(parent)
    .map((entry) => ({ entry, m: pattern.exec(entry) }))
    .filter((x): x is { entry: string; m: RegExpExecArray } => x.m !== null)
    .map(({ entry, m }) => ({
      path: join(parent, entry),
      kind: m[1] as 'next' | 'prev',
      pid: Number(m[2]),
    }))
    .filter((x) => x.pid === process.pid || !pidAlive(x.pid));
  if (!exists(abs)) {
    // Normally at most one; if several, the one renamed last (ctime) was the live target.
    const prevs = stale
      .filter((x) => x.kind === 'prev')
      .sort((a, b) => lstatSync(b.path).ctimeMs - lstatSync(a.path).ctimeMs);
    if (prevs[0]) {
      renameSync(prevs[0].path, abs);
      result.restored = prevs[0].path;
    }
  }
  for (const x of stale) {
    if (x.path === result.restored) continue;
    removeDir(x.path);
    result.removed.push(x.path);
  }
  return result;
}
