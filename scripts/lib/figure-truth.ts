// The data-truth gate on a rendered page: every traced element (data-figure-id, data-count-id,
// <Stat>, a target with its status) shows exactly what the statistics give, and no number in a
// <figure> goes untraced. Used by the every-page browser gate and by the staff desk's checks of
// the pages a change touches.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { formatCountCell, formatCountRatio, formatFigureValue } from '../../src/lib/figures.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { LABELS } from '../../src/lib/labels.ts';
import { targetText } from '../../src/lib/targets.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import type { Stats } from '../../src/lib/stats/types.ts';

export function readStats<T>(name: string, dir = 'src/generated/stats'): T {
  return JSON.parse(readFileSync(`${dir}/${name}.json`, 'utf8')) as T;
}

/** What a page shows as figures, read from the DOM: traced elements and untraced numbers in figures. */
export interface RenderedFigures {
  figureIds: { id: string; text: string }[];
  countIds: { id: string; text: string }[];
  statIds: { id: string; text: string }[];
  /** Targets shown with a status: the progress id, its data-status and the status badge's text. */
  progressIds: { id: string; status: string; badge: string; text: string }[];
  /** Numbers inside a <figure> (tables and captions, not SVG axis labels) that no traced element holds. */
  untraced: { figure: string; text: string }[];
}

/** `names`: unit names, removed first (synthetic names carry digits, e.g. "Xã An Phú 41"). */
export function renderedFigures(page: Page, names: string[]): Promise<RenderedFigures> {
  return page.evaluate(renderedFiguresInPage, unitNamesLongestFirst(names));
}

/** Unit names as renderedFiguresInPage takes them: the longest first, so no name is cut by a shorter one. */
export function unitNamesLongestFirst(names: string[]): string[] {
  return [...names].sort((a, b) => b.length - a.length);
}

/**
 * renderedFigures' page-side half, a function of its JSON argument run in the page (unit names,
 * longest first): the every-page gate runs it together with its other checks.
 */
export const renderedFiguresInPage = (unitNames: string[]): RenderedFigures => {
  const read = (sel: string, attr: string) =>
    [...document.querySelectorAll<HTMLElement>(sel)].map((e) => ({
      id: e.getAttribute(attr)!,
      text: (e.querySelector('strong') ?? e).textContent.trim(),
    }));
  // Years, dates (14/04/2015, 8/2015, 14 Apr 2015) and periods (2021–2025) are when, not what.
  const notFigure =
    /\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b\d{1,2}\/\d{4}\b|\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b|\b(19|20)\d{2}(–(19|20)\d{2})?\b/g;
  const numbers = (s: string) => s.replace(notFigure, ' ').match(/\d+(?:[.,/]\d+)*/g) ?? [];
  const untraced: { figure: string; text: string }[] = [];
  for (const fig of document.querySelectorAll('main figure')) {
    const traced = [...fig.querySelectorAll('[data-figure-id],[data-count-id],[data-stat-id]')]
      .map((e) => e.textContent ?? '')
      .join(' ');
    const known = new Set(numbers(traced));
    const cells = [...fig.querySelectorAll('td, figcaption')];
    for (const el of cells) {
      const clone = el.cloneNode(true) as HTMLElement;
      for (const x of clone.querySelectorAll(
        '[data-figure-id],[data-count-id],[data-stat-id],[data-not-figure],svg,a[href^="/nguon/"],a[href^="/en/sources/"]',
      ))
        x.remove();
      let text = clone.textContent ?? '';
      for (const name of unitNames) text = text.split(name).join(' ');
      for (const n of numbers(text))
        if (!known.has(n))
          untraced.push({
            figure: fig.id || fig.className,
            text: `${n} in "${(clone.textContent ?? '').trim().slice(0, 80)}"`,
          });
    }
  }
  const progressIds = [...document.querySelectorAll<HTMLElement>('[data-progress-id]')].map(
    (e) => ({
      id: e.dataset['progressId']!,
      status: e.dataset['status'] ?? '',
      badge: e.querySelector('.status')?.textContent?.trim() ?? '',
      text: e.textContent ?? '',
    }),
  );
  return {
    figureIds: read('[data-figure-id]', 'data-figure-id'),
    countIds: read('[data-count-id]', 'data-count-id'),
    statIds: read('[data-stat-id]', 'data-stat-id'),
    progressIds,
    untraced,
  };
};

/** Each traced element names a figure or count of the statistics, shows its value in the page's edition, and the figure has a source. */
export function figureTruthProblems(
  r: RenderedFigures,
  statsDir: string,
  lang: Lang = 'vi',
): string[] {
  const formatFigure = (f: Parameters<typeof formatFigureValue>[0]) => formatFigureValue(f, lang);
  const ratio = (p: Parameters<typeof formatCountRatio>[0]) => formatCountRatio(p, lang);
  const reference = readStats<Stats['reference']>('reference', statsDir);
  const figures = new Map(reference.figures.map((f) => [f.id, f]));
  const sources = new Set(reference.sources.map((s) => s.id));
  const points = new Map(
    readStats<Stats['counts']>('counts', statsDir)
      .flatMap((c) => c.points)
      .map((p) => [p.id, p]),
  );
  const problems: string[] = [];
  for (const { id, text } of [...r.figureIds, ...r.statIds]) {
    const f = figures.get(id);
    const p = points.get(id);
    if (f) {
      if (text !== formatFigure(f))
        problems.push(`${id}: page shows "${text}", statistics give "${formatFigure(f)}"`);
      if (!sources.has(f.sourceId))
        problems.push(`${id}: source ${f.sourceId} is not in the source register`);
    } else if (p) {
      if (text !== ratio(p))
        problems.push(`${id}: page shows "${text}", statistics give "${ratio(p)}"`);
    } else problems.push(`${id}: no figure or count with this id in the statistics`);
  }
  for (const { id, text } of r.countIds) {
    const p = points.get(id);
    if (!p) problems.push(`${id}: no count with this id in the statistics`);
    else if (![formatCountCell(p, lang), ratio(p), formatNumber(p.reached, 1, lang)].includes(text))
      problems.push(`${id}: page shows "${text}", statistics give ${ratio(p)}`);
  }
  // Every target shown with a status: that status, its label, the target as the statistics state it, and a source.
  const progress = new Map(
    readStats<Stats['progress']>('progress', statsDir).map((p) => [p.id, p]),
  );
  for (const e of r.progressIds) {
    const p = progress.get(e.id);
    if (!p) {
      problems.push(`${e.id}: no target progress with this id in the statistics`);
      continue;
    }
    if (e.status !== p.status)
      problems.push(`${e.id}: page shows status "${e.status}", statistics give "${p.status}"`);
    const label = LABELS[lang].status[p.status];
    if (e.badge !== label) problems.push(`${e.id}: badge reads "${e.badge}", not "${label}"`);
    if (p.level === 'city' && !e.text.includes(targetText(p, lang)))
      problems.push(`${e.id}: the target does not read "${targetText(p, lang)}"`);
    if (!sources.has(p.targetSourceId))
      problems.push(`${e.id}: source ${p.targetSourceId} is not in the source register`);
  }
  for (const u of r.untraced) problems.push(`untraced number in figure ${u.figure}: ${u.text}`);
  return problems;
}
