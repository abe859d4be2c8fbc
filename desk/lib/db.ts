// The desk's SQLite file: Better Auth's tables, and ours beside them: the review queue, the
// append-only audit log, sign-in failures (per-account lockout) and the publish lock.
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS desk_change (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('story', 'data')),
  title TEXT NOT NULL,
  author_id TEXT NOT NULL,
  author_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'checking', 'failed', 'waiting', 'returned', 'publishing', 'published', 'withdrawn')),
  comment TEXT,
  reviewer_name TEXT,
  report TEXT,
  release TEXT,
  base_commit TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS desk_audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS desk_audit_no_update BEFORE UPDATE ON desk_audit
  BEGIN SELECT RAISE(ABORT, 'desk_audit is append-only'); END;
CREATE TRIGGER IF NOT EXISTS desk_audit_no_delete BEFORE DELETE ON desk_audit
  BEGIN SELECT RAISE(ABORT, 'desk_audit is append-only'); END;
CREATE TABLE IF NOT EXISTS desk_login_failure (
  username TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS desk_release (
  name TEXT PRIMARY KEY,
  commit_sha TEXT NOT NULL,
  created_at TEXT NOT NULL,
  by_name TEXT NOT NULL,
  note TEXT NOT NULL
);
`;

let opened: { file: string; db: DatabaseSync } | null = null;

/** One connection per process; WAL so the server and an IT command can share the file. */
export function deskDb(home: string): DatabaseSync {
  const file = join(home, 'desk.sqlite');
  if (opened?.file === file) return opened.db;
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;');
  db.exec(SCHEMA);
  opened = { file, db };
  return db;
}

export const now = (): string => new Date().toISOString();

export function audit(db: DatabaseSync, actor: string, action: string, detail: string): void {
  db.prepare('INSERT INTO desk_audit (at, actor, action, detail) VALUES (?, ?, ?, ?)').run(
    now(),
    actor,
    action,
    detail,
  );
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  detail: string;
}

export function auditLog(db: DatabaseSync, limit = 500): AuditRow[] {
  return db
    .prepare('SELECT id, at, actor, action, detail FROM desk_audit ORDER BY id DESC LIMIT ?')
    .all(limit) as unknown as AuditRow[];
}
