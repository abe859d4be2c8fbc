// /api/v1/schemas/<name>.json: the JSON Schema (2020-12) each API file validates against.
import type { APIRoute, GetStaticPaths } from 'astro';
import { apiSchemas } from '../../../../lib/api.ts';

const schemas = apiSchemas();
export const getStaticPaths = (() =>
  Object.keys(schemas).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(schemas[params['name']!], null, 1)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
