// robots.txt: everything is public (embeds carry their own noindex); points at the sitemap.
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site ?? 'http://localhost/').href}\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
