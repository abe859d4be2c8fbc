// Everything a fact card shows for one published figure, from the statistics. Build time only.
import {
  apaCitation,
  bibtexCitation,
  citationSentence,
  embedSnippet,
  figureTitle,
  figureWhat,
  sourceApa,
  type CiteContext,
} from './cite.ts';
import { formatFigureValue, type FigureRef } from './figures.ts';
import { formatDate } from './format.ts';
import { meta, reference, source, unit } from './site-data.ts';
import { isOtherScope } from './schema/tables.ts';
import type { Lang } from '../i18n/lang.ts';
import { otherScopeName, unitName } from '../i18n/names.ts';
import { localHref } from '../i18n/routes.ts';

export const figureHref = (id: string, lang: Lang = 'vi'): string =>
  localHref(lang, `/so-lieu/${id}/`);
export const embedHref = (id: string, lang: Lang = 'vi'): string =>
  localHref(lang, `/nhung/${id}/`);
export const scopeName = (scope: string, lang: Lang = 'vi'): string =>
  isOtherScope(scope) ? otherScopeName(scope, lang) : unitName(unit(scope), lang);

const byId = new Map(reference.figures.map((f) => [f.id, f]));
export function figure(id: string): FigureRef {
  const f = byId.get(id);
  if (!f) throw new Error(`unknown figure ${id}`);
  return f;
}

export function factCard(f: FigureRef, site: URL, lang: Lang = 'vi') {
  const ctx: CiteContext = {
    scopeName: scopeName(f.scope, lang),
    source: source(f.sourceId),
    release: meta.release,
    permalink: new URL(figureHref(f.id, lang), site).href,
  };
  const title = figureTitle(f, ctx.scopeName, lang);
  const embedUrl = new URL(embedHref(f.id, lang), site).href;
  return {
    figure: f,
    title,
    /** Page title: short scope name, so it fits in a browser tab. */
    pageTitle: `${figureWhat(f, lang)}, ${isOtherScope(f.scope) ? scopeName(f.scope, lang) : unit(f.scope).shortName}, ${formatDate(f.asOf, lang)}`,
    what: figureWhat(f, lang),
    value: formatFigureValue(f, lang),
    scopeName: ctx.scopeName,
    source: ctx.source,
    permalink: ctx.permalink,
    sentence: citationSentence(f, ctx, lang),
    apa: apaCitation(f, ctx, lang),
    bibtex: bibtexCitation(f, ctx, lang),
    sourceApa: sourceApa(ctx.source, lang),
    embedUrl,
    snippet: embedSnippet(embedUrl, title),
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
    for (const x of reference.figures)
      bySeries.set(seriesKey(x), [...(bySeries.get(seriesKey(x)) ?? []), x]);
  }
  return (bySeries.get(seriesKey(f)) ?? []).filter((x) => x.id !== f.id);
}
