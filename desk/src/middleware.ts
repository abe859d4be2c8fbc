// Deny by default: every route needs a session except the sign-in page and the desk's own
// built assets. Checked on the decoded path; unsafe methods need the desk's own Origin, and our
// forms a CSRF token (Keystatic's JSON API gets the Origin check and the session).
import { defineMiddleware } from 'astro:middleware';
import { MAX_UPLOAD_BYTES } from '../lib/config.ts';
import { auth, csrfOk, csrfToken, deskUrl } from './desk.ts';

const PUBLIC = [/^\/dang-nhap\/?$/, /^\/_astro\/[\w.-]+$/, /^\/favicon\.svg$/];
const SAFE = new Set(['GET', 'HEAD']);

function securityHeaders(res: Response): Response {
  const h = res.headers;
  h.set('x-content-type-options', 'nosniff');
  // Not no-referrer: with it Chromium sends `Origin: null` on form posts, which the origin checks refuse.
  h.set('referrer-policy', 'same-origin');
  h.set('x-frame-options', 'DENY');
  if (!h.has('cache-control')) h.set('cache-control', 'no-store');
  if (deskUrl.startsWith('https:')) h.set('strict-transport-security', 'max-age=31536000');
  return res;
}

export const onRequest = defineMiddleware(async (ctx, next) => {
  let path: string;
  try {
    path = decodeURIComponent(ctx.url.pathname);
  } catch {
    return new Response('Đường dẫn không hợp lệ.', { status: 400 });
  }
  if (path.includes('..') || path.includes('\0') || path.includes('\\') || /\/\//.test(path))
    return new Response('Đường dẫn không hợp lệ.', { status: 400 });
  ctx.locals.user = null;
  ctx.locals.sessionId = null;
  ctx.locals.csrf = '';
  const method = ctx.request.method;
  if (!SAFE.has(method)) {
    const origin = ctx.request.headers.get('origin');
    if (origin !== deskUrl)
      return securityHeaders(
        new Response('Yêu cầu bị từ chối: không đến từ trang của bàn làm việc.', { status: 403 }),
      );
    // Bodies are read whole below: refuse an oversized one before reading it.
    const length = Number(ctx.request.headers.get('content-length') ?? NaN);
    if (!Number.isFinite(length))
      return securityHeaders(new Response('Thiếu độ dài nội dung.', { status: 411 }));
    if (length > MAX_UPLOAD_BYTES + 64 * 1024)
      return securityHeaders(
        new Response(`Tệp quá lớn: tối đa ${Math.round(MAX_UPLOAD_BYTES / 1024 / 1024)} MB.`, {
          status: 413,
        }),
      );
  }
  if (PUBLIC.some((re) => re.test(path))) return securityHeaders(await next());
  const session = await auth.api.getSession({ headers: ctx.request.headers });
  if (!session) {
    if (SAFE.has(method) && !path.startsWith('/api/'))
      return securityHeaders(ctx.redirect(`/dang-nhap/?next=${encodeURIComponent(path)}`, 303));
    return securityHeaders(new Response('Cần đăng nhập.', { status: 401 }));
  }
  const u = session.user as typeof session.user & { role?: string; username?: string };
  ctx.locals.user = {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role ?? '',
    username: u.username ?? '',
  };
  ctx.locals.sessionId = session.session.id;
  ctx.locals.csrf = csrfToken(session.session.id);
  if (!SAFE.has(method) && !path.startsWith('/api/keystatic/')) {
    const type = ctx.request.headers.get('content-type') ?? '';
    let token: unknown = ctx.request.headers.get('x-csrf-token');
    if (
      token === null &&
      (type.startsWith('application/x-www-form-urlencoded') ||
        type.startsWith('multipart/form-data'))
    ) {
      token = (await ctx.request.clone().formData()).get('_csrf');
    }
    if (!csrfOk(session.session.id, token))
      return securityHeaders(
        new Response('Yêu cầu bị từ chối: thiếu mã bảo vệ (CSRF). Tải lại trang rồi thử lại.', {
          status: 403,
        }),
      );
  }
  return securityHeaders(await next());
});
