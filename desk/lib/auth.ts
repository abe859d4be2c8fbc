// Sign-in and roles with Better Auth on node:sqlite (research: ../shared/research/desk-auth.md).
// Passwords are scrypt hashes in its `account` table; sessions and its per-IP rate limit live
// in the same SQLite file. Sign-up is off: IT adds users with `npm run desk:user`.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { betterAuth } from 'better-auth';
import { getMigrations } from 'better-auth/db/migration';
import { admin, username } from 'better-auth/plugins';
import { createAccessControl } from 'better-auth/plugins/access';
import { deskDb } from './db.ts';

/** What each role may do; checked on the server for every action (can()). */
const statement = {
  story: ['submit'],
  data: ['submit'],
  change: ['review', 'publish'],
  release: ['rollback', 'read-log'],
} as const;
const ac = createAccessControl(statement);
export const ROLES = {
  writer: ac.newRole({ story: ['submit'] }),
  data: ac.newRole({ data: ['submit'] }),
  reviewer: ac.newRole({ change: ['review', 'publish'], release: ['rollback', 'read-log'] }),
};
export type RoleName = keyof typeof ROLES;
export const ROLE_LABEL: Record<RoleName, string> = {
  writer: 'Biên tập viên (bài viết)',
  data: 'Cán bộ số liệu',
  reviewer: 'Người duyệt',
};
export const isRole = (r: unknown): r is RoleName =>
  typeof r === 'string' && Object.hasOwn(ROLES, r);

type Statement = typeof statement;
export function can<K extends keyof Statement>(
  role: unknown,
  resource: K,
  action: Statement[K][number],
): boolean {
  if (!isRole(role)) return false;
  return ROLES[role].authorize({ [resource]: [action] }).success;
}

/** One secret per install, made on first start, never in git (desk-state/ is ignored). */
function secret(home: string): string {
  const file = join(home, 'secret');
  if (!existsSync(file))
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  return readFileSync(file, 'utf8').trim();
}

export interface AuthOptions {
  home: string;
  /** The desk's own origin, e.g. http://127.0.0.1:4330 or https://desk.example. */
  baseURL: string;
  /** Cookies marked Secure (behind HTTPS). */
  secure: boolean;
}

export function makeAuth(o: AuthOptions) {
  return betterAuth({
    appName: 'NTM TP.HCM · Bàn làm việc',
    baseURL: o.baseURL,
    basePath: '/api/auth',
    secret: secret(o.home),
    database: deskDb(o.home),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
    },
    session: { expiresIn: 60 * 60 * 10, updateAge: 60 * 60 },
    plugins: [
      username(),
      admin({ ac, roles: ROLES, defaultRole: 'writer', adminRoles: ['reviewer'] }),
    ],
    // Counted per client address, which the sign-in route passes on (see clientAddress()).
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 60,
      customRules: { '/sign-in/username': { window: 60, max: 10 } },
    },
    advanced: {
      useSecureCookies: o.secure,
      defaultCookieAttributes: { sameSite: 'strict', httpOnly: true, secure: o.secure },
      ipAddress: { ipAddressHeaders: ['x-desk-client'] },
    },
  });
}
export type DeskAuth = ReturnType<typeof makeAuth>;

export async function migrate(auth: DeskAuth): Promise<void> {
  const { runMigrations } = await getMigrations(auth.options);
  await runMigrations();
}

/** Per-account lockout on top of the per-IP limit: this many failures in the window lock it. */
export const LOCKOUT = { failures: 5, windowMs: 15 * 60 * 1000 };
