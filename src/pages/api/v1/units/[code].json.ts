// /api/v1/units/<code>.json: one unit with its standards, recognitions, figures and the
// unit(s) it became in 2025.
import type { APIRoute, GetStaticPaths } from 'astro';
import { envelope, unitSteps, type Json } from '../../../../lib/api.ts';
import { latestHighest } from '../../../../lib/pages.ts';
import { meta, releaseBytes, unit, units } from '../../../../lib/site-data.ts';

export const getStaticPaths = (() => units.map((u) => ({ params: { code: u.code } }))) satisfies GetStaticPaths;

type Row = Record<string, Json>;
const rows = (table: string) => (JSON.parse(releaseBytes(`${table}.json`).toString('utf8')) as { rows: Row[] }).rows;
let cache: { units: Row[]; recognitions: Row[]; figures: Row[]; crosswalk: Row[] } | null = null;

export const GET: APIRoute = ({ params }) => {
  cache ??= { units: rows('units'), recognitions: rows('recognitions'), figures: rows('figures'), crosswalk: rows('crosswalk') };
  const code = params['code']!;
  const u = unit(code);
  const data = {
    unit: cache.units.find((r) => r['code'] === code)!,
    highest_standard: latestHighest(u),
    steps: unitSteps(u),
    recognitions: cache.recognitions.filter((r) => r['unit_code'] === code),
    figures: cache.figures.filter((r) => r['scope'] === code),
    became: cache.crosswalk.filter((r) => r['old_code'] === code),
  };
  return new Response(`${JSON.stringify(envelope(meta, data))}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
