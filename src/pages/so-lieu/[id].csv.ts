// /so-lieu/<figure-id>.csv: one figure as a one-row CSV with the figures table's columns,
// plus the source's title and URL so the file stands alone.
import type { APIRoute, GetStaticPaths } from 'astro';
import Papa from 'papaparse';
import { figure } from '../../lib/facts.ts';
import { reference, source } from '../../lib/site-data.ts';

export const getStaticPaths = (() =>
  reference.figures.map((f) => ({ params: { id: f.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const f = figure(params['id']!);
  const s = source(f.sourceId);
  const row = {
    id: f.id,
    scope: f.scope,
    metric: f.metric,
    standard: f.standard ?? '',
    value: f.value,
    denominator: f.denominator ?? '',
    unit: f.unit,
    qualifier: f.qualifier,
    as_of: f.asOf,
    source_id: f.sourceId,
    source_title: s.title,
    source_url: s.url ?? '',
    decision_number: s.decisionNumber ?? '',
    quote: f.quote ?? '',
    note: f.note ?? '',
  };
  return new Response(`${Papa.unparse([row], { newline: '\r\n' })}\r\n`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
