// /api/v1/figures/<id>.json: one published figure with its source and ready-made citations.
import type { APIRoute, GetStaticPaths } from 'astro';
import { envelope, type Json } from '../../../../lib/api.ts';
import { factCard } from '../../../../lib/facts.ts';
import { meta, reference, releaseBytes } from '../../../../lib/site-data.ts';

export const getStaticPaths = (() => reference.figures.map((f) => ({ params: { id: f.id } }))) satisfies GetStaticPaths;

type Row = Record<string, Json>;
let cache: { figures: Row[]; sources: Row[] } | null = null;
const rows = (table: string) => (JSON.parse(releaseBytes(`${table}.json`).toString('utf8')) as { rows: Row[] }).rows;

export const GET: APIRoute = ({ params, site }) => {
  cache ??= { figures: rows('figures'), sources: rows('sources') };
  const f = reference.figures.find((x) => x.id === params['id'])!;
  const card = factCard(f, site ?? new URL('http://localhost/'));
  const data = {
    figure: cache.figures.find((r) => r['id'] === f.id)!,
    source: cache.sources.find((r) => r['id'] === f.sourceId)!,
    permalink: card.permalink,
    citation: { sentence: card.sentence, apa: card.apa, bibtex: card.bibtex },
  };
  return new Response(`${JSON.stringify(envelope(meta, data))}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
