import type { APIRoute } from 'astro';
import { audit } from '../../lib/db.ts';
import { auth, db, deskUrl } from '../desk.ts';

export const POST: APIRoute = async (ctx) => {
  const res = await auth.handler(
    new Request(`${deskUrl}/api/auth/sign-out`, {
      method: 'POST',
      headers: {
        cookie: ctx.request.headers.get('cookie') ?? '',
        origin: deskUrl,
        'content-type': 'application/json',
      },
      body: '{}',
    }),
  );
  audit(db, ctx.locals.user?.username ?? '?', 'đăng xuất', '');
  const headers = new Headers({ location: '/dang-nhap/' });
  for (const c of res.headers.getSetCookie()) headers.append('set-cookie', c);
  return new Response(null, { status: 303, headers });
};
