// RSS 2.0 feed of published stories, with absolute links.
import type { APIRoute } from 'astro';
import { stories, storyHref } from '../../lib/stories.ts';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://localhost/');
  const items = (await stories()).map((s) => {
    const link = new URL(storyHref(s), base).href;
    return `    <item>\n      <title>${esc(s.data.title)}</title>\n      <link>${link}</link>\n      <guid isPermaLink="true">${link}</guid>\n      <pubDate>${s.data.published.toUTCString()}</pubDate>\n      <description>${esc(s.data.summary)}</description>\n    </item>`;
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>NTM TP.HCM – Mô hình điển hình</title>
    <link>${new URL('/mo-hinh/', base).href}</link>
    <atom:link href="${new URL('/mo-hinh/rss.xml', base).href}" rel="self" type="application/rss+xml" />
    <description>Câu chuyện về các mô hình điển hình trong xây dựng nông thôn mới ở TP.HCM, có nguồn.</description>
    <language>vi</language>
${items.join('\n')}
  </channel>
</rss>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
