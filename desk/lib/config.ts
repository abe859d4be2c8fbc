// Where the desk keeps its state, from the environment: one place for the server, the IT
// commands and the tests. Nothing here is committed (see .gitignore).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface DeskPaths {
  /** The project (git work tree) whose data/ and content/stories the desk publishes. */
  repo: string;
  /** The desk's own state: SQLite file, secret, changes, workspaces. */
  home: string;
  /** What the web server serves: releases/<time>/ and the `current` link. */
  live: string;
}

export function deskPaths(env: NodeJS.ProcessEnv = process.env): DeskPaths {
  const repo = resolve(env['DESK_REPO'] ?? process.cwd());
  const home = resolve(repo, env['DESK_HOME'] ?? 'desk-state');
  const live = resolve(repo, env['DESK_LIVE'] ?? join(home, 'live'));
  mkdirSync(home, { recursive: true, mode: 0o700 });
  // The web server's user reads the live folder.
  mkdirSync(live, { recursive: true, mode: 0o755 });
  return { repo, home, live };
}

/** Keep this many releases side by side (the live one and the ones rollback can reach). */
export const KEEP_RELEASES = Number(process.env['DESK_KEEP_RELEASES'] ?? 5);
/** Largest workbook accepted, in bytes (the bundled data's is about 150 KB). */
export const MAX_UPLOAD_BYTES = Number(process.env['DESK_MAX_UPLOAD'] ?? 5 * 1024 * 1024);
