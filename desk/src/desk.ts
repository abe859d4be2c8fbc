// The desk's process-wide state: paths, the SQLite file, Better Auth, and helpers the pages share.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeAuth, migrate, type DeskAuth } from '../lib/auth.ts';
import { deskPaths } from '../lib/config.ts';
import { clientAddress as fromSocket } from '../lib/net.ts';
import { deskDb } from '../lib/db.ts';
import { checkChange, listChanges, recoverCutShort, type DeskCtx } from '../lib/workflow.ts';

export const paths = deskPaths();
export const db = deskDb(paths.home);
/** The address staff open (behind a proxy: its https:// address). */
export const deskUrl = new URL(
  process.env['DESK_URL'] ?? `http://127.0.0.1:${process.env['PORT'] ?? '4330'}`,
).origin;
export const auth: DeskAuth = makeAuth({
  home: paths.home,
  baseURL: deskUrl,
  secure: deskUrl.startsWith('https:'),
});
await migrate(auth);
export const ctx: DeskCtx = { paths, db, siteUrl: process.env['SITE_URL'] ?? '' };

// A publish cut short (the server stopped) waits to be approved again (workflow.ts).
recoverCutShort(ctx);
// Changes submitted before a restart are checked again.
for (const ch of listChanges(ctx, "status = 'checking'"))
  void checkChange(ctx, ch.id).catch((e: unknown) => console.error(e));

const secret = readFileSync(join(paths.home, 'secret'), 'utf8').trim();
/** The CSRF token of a session: an HMAC of its id, so nothing extra is stored. */
/** A form field as text; a file where text was expected reads as empty, not "[object File]". */
export const formText = (form: FormData, name: string): string => {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
};

export const csrfToken = (sessionId: string): string =>
  createHmac('sha256', secret).update(`csrf:${sessionId}`).digest('base64url');
export function csrfOk(sessionId: string, token: unknown): boolean {
  if (typeof token !== 'string') return false;
  const want = Buffer.from(csrfToken(sessionId));
  const got = Buffer.from(token);
  return want.length === got.length && timingSafeEqual(want, got);
}

/** The client's address; X-Forwarded-For counts only from DESK_TRUSTED_PROXY. */
export const clientAddress = (socketAddress: string, headers: Headers): string =>
  fromSocket(socketAddress, headers, process.env['DESK_TRUSTED_PROXY']);

export const fmtTime = (iso: string): string => {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  // Staff read Ho Chi Minh City time (UTC+7, no daylight saving).
  const t = new Date(d.getTime() + 7 * 3600 * 1000);
  return `${p(t.getUTCHours())}:${p(t.getUTCMinutes())} ${p(t.getUTCDate())}/${p(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}`;
};
