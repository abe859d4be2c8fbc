// /api/v1/figures/<id>.json: one published figure with its source and ready-made citations.
import type { APIRoute, GetStaticPaths } from 'astro';
import { envelope, type Json } from '../../../../lib/api.ts';
import { factCard, figure } from '../../../../lib/facts.ts';
import { meta, reference, releaseRows } from '../../../../lib/site-data.ts';

export const getStaticPaths = (() =>
  reference.figures.map((f) => ({ params: { id: f.id } }))) satisfies GetStaticPaths;

type Row = Record<string, Json>;
let cache: { figures: Map<Json, Row>; sources: Map<Json, Row> } | null = null;
const rows = (table: string) => releaseRows<Row>(table);

export const GET: APIRoute = ({ params, site }) => {
  cache ??= {
    figures: new Map(rows('figures').map((r) => [r['id']!, r])),
    sources: new Map(rows('sources').map((r) => [r['id']!, r])),
  };
  const f = figure(params['id']!);
  const card = factCard(f, site ?? new URL('http://localhost/'));
  const data = {
    figure: cache.figures.get(f.id)!,
    source: cache.sources.get(f.sourceId)!,
    permalink: card.permalink,
    citation: { sentence: card.sentence, apa: card.apa, bibtex: card.bibtex },
  };
  return new Response(`${JSON.stringify(envelope(meta, data))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
