// /api/v1/units/<code>.json: one unit with its standards, recognitions, figures and the
// unit(s) it became in 2025.
import type { APIRoute, GetStaticPaths } from 'astro';
import { envelope, unitSteps, type Json } from '../../../../lib/api.ts';
import { groupBy } from '../../../../lib/group.ts';
import { latestHighest } from '../../../../lib/pages.ts';
import { meta, releaseRows, unit, units } from '../../../../lib/site-data.ts';

export const getStaticPaths = (() =>
  units.map((u) => ({ params: { code: u.code } }))) satisfies GetStaticPaths;

type Row = Record<string, Json>;
const rows = (table: string) => releaseRows<Row>(table);
/** Rows grouped by a column, built once: a 10,000-commune site has 10,000 of these files. */
const byColumn = (table: string, column: string) => groupBy(rows(table), (r) => r[column]!);
let cache: {
  units: Map<Json, Row[]>;
  recognitions: Map<Json, Row[]>;
  figures: Map<Json, Row[]>;
  crosswalk: Map<Json, Row[]>;
} | null = null;

export const GET: APIRoute = ({ params }) => {
  cache ??= {
    units: byColumn('units', 'code'),
    recognitions: byColumn('recognitions', 'unit_code'),
    figures: byColumn('figures', 'scope'),
    crosswalk: byColumn('crosswalk', 'old_code'),
  };
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
  return new Response(`${JSON.stringify(envelope(meta, data))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
