// /api/v1/<table>.json and /api/v1/progress.json: whole tables in an envelope with the
// API version and the release.
import type { APIRoute, GetStaticPaths } from 'astro';
import { envelope, progressRows, TABLE_ENDPOINTS, type Json } from '../../../lib/api.ts';
import { meta, progress, releaseRows } from '../../../lib/site-data.ts';

export const getStaticPaths = (() =>
  [...TABLE_ENDPOINTS, 'progress'].map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = params['name']!;
  const rows = name === 'progress' ? progressRows(progress) : releaseRows<Json>(name);
  return new Response(`${JSON.stringify(envelope(meta, rows, { count: rows.length }))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
