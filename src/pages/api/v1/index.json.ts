// /api/v1/index.json: what the API offers and the schema of each file.
import type { APIRoute } from 'astro';
import { API_BASE, API_VERSION, ENDPOINTS } from '../../../lib/api.ts';
import { meta } from '../../../lib/site-data.ts';

export const GET: APIRoute = () => {
  const endpoints = Object.fromEntries(
    ENDPOINTS.map((e) => [
      e.key,
      { path: e.path, schema: `${API_BASE}/schemas/${e.schema}.json`, description: e.description },
    ]),
  );
  const body = {
    api_version: API_VERSION,
    release: meta.release,
    synthetic: meta.synthetic,
    licence: meta.licence,
    endpoints,
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
