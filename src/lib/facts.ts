// Everything a fact card shows for one published figure, from the statistics. Build time only.
import { apaCitation, bibtexCitation, citationSentence, embedSnippet, figureTitle, figureWhat, sourceApa, type CiteContext } from './cite.ts';
import { formatFigureValue, type FigureRef } from './figures.ts';
import { formatDate } from './format.ts';
import { meta, reference, source, unit } from './site-data.ts';
import { OTHER_SCOPES, isOtherScope } from './schema/tables.ts';

export const figureHref = (id: string): string => `/so-lieu/${id}/`;
export const embedHref = (id: string): string => `/nhung/${id}/`;
export const scopeName = (scope: string): string => (isOtherScope(scope) ? (scope === 'VN' ? 'cả nước' : OTHER_SCOPES[scope]) : unit(scope).name);

const byId = new Map(reference.figures.map((f) => [f.id, f]));
export function figure(id: string): FigureRef {
  const f = byId.get(id);
  if (!f) throw new Error(`unknown figure ${id}`);
  return f;
}

export function factCard(f: FigureRef, site: URL) {
  const ctx: CiteContext = { scopeName: scopeName(f.scope), source: source(f.sourceId), release: meta.release, permalink: new URL(figureHref(f.id), site).href };
  const title = figureTitle(f, ctx.scopeName);
  return {
    figure: f,
    title,
    /** Page title: short scope name, so it fits in a browser tab. */
    pageTitle: `${figureWhat(f)}, ${isOtherScope(f.scope) ? scopeName(f.scope) : unit(f.scope).shortName}, ${formatDate(f.asOf)}`,
    what: figureWhat(f),
    value: formatFigureValue(f),
    scopeName: ctx.scopeName,
    source: ctx.source,
    permalink: ctx.permalink,
    sentence: citationSentence(f, ctx),
    apa: apaCitation(f, ctx),
    bibtex: bibtexCitation(f, ctx),
    sourceApa: sourceApa(ctx.source),
    embedUrl: new URL(embedHref(f.id), site).href,
    snippet: embedSnippet(new URL(embedHref(f.id), site).href, title),
    csvHref: `/so-lieu/${f.id}.csv`,
    jsonHref: `/api/v1/figures/${f.id}.json`,
  };
}

let bySeries: Map<string, FigureRef[]> | null = null;
const seriesKey = (f: FigureRef) => `${f.scope}|${f.metric}|${f.standard ?? ''}`;
/** Other published values of the same indicator for the same scope (built once per build). */
export function sameSeries(f: FigureRef): FigureRef[] {
  if (!bySeries) {
    bySeries = new Map();
    for (const x of reference.figures) bySeries.set(seriesKey(x), [...(bySeries.get(seriesKey(x)) ?? []), x]);
  }
  return (bySeries.get(seriesKey(f)) ?? []).filter((x) => x.id !== f.id);
}
