// The live folder the web server serves: releases/<time>/ side by side and `current`, a
// symlink swapped in one rename(2) (a new link beside it, then renamed over the old one, as
// Capistrano does; `ln -sfn` unlinks first and leaves a moment with no site).
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { basename, join } from 'node:path';

export const releasesDir = (live: string): string => join(live, 'releases');
export const currentLink = (live: string): string => join(live, 'current');

/** A sortable, readable release name: 20261206-141503-123 (UTC). */
export function releaseName(at = new Date()): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace('T', '-')
    .replace(/\.(\d{3})Z$/, '-$1');
}

/** The release `current` points at, or null before the first publish. */
export function currentRelease(live: string): string | null {
  const link = currentLink(live);
  try {
    return lstatSync(link).isSymbolicLink() ? basename(readlinkSync(link)) : null;
  } catch {
    return null;
  }
}

/** Finished releases, newest first (a half-moved one ends in .partial and is not listed). */
export function listReleases(live: string): string[] {
  const dir = releasesDir(live);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /^\d{8}-\d{6}-\d{3}$/.test(n))
    .sort()
    .reverse();
}

/** Points `current` at releases/<name> atomically. */
export function switchTo(live: string, name: string): void {
  if (
    !/^\d{8}-\d{6}-\d{3}$/.test(name) ||
    !existsSync(join(releasesDir(live), name, 'index.html'))
  ) {
    throw new Error(`không có bản phát hành ${name}`);
  }
  const tmp = join(live, `.current-${process.pid}-${Date.now()}`);
  symlinkSync(join('releases', name), tmp);
  renameSync(tmp, currentLink(live));
}

/** Moves a finished build in as a new release (same filesystem, so one rename). */
export function addRelease(live: string, builtDir: string, name = releaseName()): string {
  mkdirSync(releasesDir(live), { recursive: true });
  renameSync(builtDir, join(releasesDir(live), name));
  return name;
}

/** Keeps the newest `keep` releases and always the live one; removes older ones and leftovers. */
export function pruneReleases(live: string, keep: number): string[] {
  const live_ = currentRelease(live);
  const removed = listReleases(live)
    .slice(keep)
    .filter((n) => n !== live_);
  for (const n of removed) rmSync(join(releasesDir(live), n), { recursive: true, force: true });
  for (const n of readdirSync(live).filter((x) => x.startsWith('.current-')))
    rmSync(join(live, n), { force: true });
  return removed;
}
