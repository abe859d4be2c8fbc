// /api/v1/units/<code>.json: one unit with its standards, recognitions, figures and the
// unit(s) it became in 2025.
import type { APIRoute, GetStaticPaths } from 'astro';
import { envelope, unitSteps, type Json } from '../../../../lib/api.ts';
import { latestHighest } from '../../../../lib/pages.ts';
import { meta, releaseRows, unit, units } from '../../../../lib/site-data.ts';

export const getStaticPaths = (() => units.map((u) => ({ params: { code: u.code } }))) satisfies GetStaticPaths;

type Row = Record<string, Json>;
const rows = (table: string) => releaseRows<Row>(table);
/** Rows grouped by a column, built once: a 10,000-commune site has 10,000 of these files. */
function groupBy(list: Row[], key: string): Map<Json, Row[]> {
  const m = new Map<Json, Row[]>();
  for (const r of list) {
    const g = m.get(r[key]!);
    if (g) g.push(r);
    else m.set(r[key]!, [r]);
  }
  return m;
}
let cache: { units: Map<Json, Row[]>; recognitions: Map<Json, Row[]>; figures: Map<Json, Row[]>; crosswalk: Map<Json, Row[]> } | null = null;

export const GET: APIRoute = ({ params }) => {
  cache ??= { units: groupBy(rows('units'), 'code'), recognitions: groupBy(rows('recognitions'), 'unit_code'), figures: groupBy(rows('figures'), 'scope'), crosswalk: groupBy(rows('crosswalk'), 'old_code') };
  const code = params['code']!;
  const u = unit(code);
  const data = {
    unit: cache.units.get(code)![0]!,
    highest_standard: latestHighest(u),
    steps: unitSteps(u),
    recognitions: cache.recognitions.get(code) ?? [],
    figures: cache.figures.get(code) ?? [],
    became: cache.crosswalk.get(code) ?? [],
  };
  return new Response(`${JSON.stringify(envelope(meta, data))}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
