// sitemap.xml: every page of the build in both editions, each with its twin as an hreflang
// alternate, for crawlers and for the end-to-end tests.
import type { APIRoute } from 'astro';
import { MODEL_TYPES, type ModelType } from '../lib/schema/story.ts';
import { reference, units } from '../lib/site-data.ts';
import { stories, storyDistricts, storyHref } from '../lib/stories.ts';
import { toEnglish } from '../i18n/routes.ts';

const STATIC_PATHS = [
  '/',
  '/muc-tieu/',
  '/lich-su/',
  '/huyen/',
  '/tieu-chi/',
  '/sap-xep-2025/',
  '/nguon/',
  '/phuong-phap/',
  '/chua-cong-bo/',
  '/giai-doan-2026-2030/',
  '/tim-kiem/',
  '/mo-hinh/',
  '/ban-do/',
  '/so-lieu/',
  '/so-lieu/api/',
  '/thuat-ngu/',
];

export const GET: APIRoute = async ({ site }) => {
  const all = await stories();
  const storyDistrictCodes = new Set(all.flatMap(storyDistricts));
  const paths = [
    ...all.map(storyHref),
    ...units.filter((u) => storyDistrictCodes.has(u.code)).map((u) => `/mo-hinh/huyen/${u.slug}/`),
    ...(Object.keys(MODEL_TYPES) as ModelType[])
      .filter((t) => all.some((s) => s.data.modelType === t))
      .map((t) => `/mo-hinh/loai/${t}/`),
    ...STATIC_PATHS,
    ...units.filter((u) => u.kind === 'district').map((u) => `/huyen/${u.slug}/`),
    ...units.filter((u) => u.kind === 'commune' || u.kind === 'town').map((u) => `/xa/${u.slug}/`),
    ...reference.figures.map((f) => `/so-lieu/${f.id}/`),
  ];
  const base = site ?? new URL('http://localhost/');
  const url = (p: string) => new URL(p, base).href;
  const alternates = (vi: string) =>
    `<xhtml:link rel="alternate" hreflang="vi" href="${url(vi)}"/><xhtml:link rel="alternate" hreflang="en" href="${url(toEnglish(vi))}"/>`;
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${[
    ...paths.map((p) => `  <url><loc>${url(p)}</loc>${alternates(p)}</url>`),
    ...paths.map((p) => `  <url><loc>${url(toEnglish(p))}</loc>${alternates(p)}</url>`),
  ].join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
