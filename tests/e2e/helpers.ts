// Shared by the end-to-end specs: sitemap paths, request guard, axe.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { formatCountCell, formatCountRatio, formatFigureValue } from '../../src/lib/figures.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { STATUS_LABEL } from '../../src/lib/labels.ts';
import { targetText } from '../../src/lib/targets.ts';
import type { Stats } from '../../src/lib/stats/types.ts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Paths listed in a built site's sitemap. */
export function sitemapPaths(distDir: string): string[] {
  const xml = readFileSync(`${distDir}/sitemap.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** Records console errors and any request to a host other than localhost (which is blocked). */
export async function guard(page: Page): Promise<{ consoleErrors: string[]; external: string[] }> {
  const consoleErrors: string[] = [];
  const external: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === 'localhost' || host === '127.0.0.1') return route.continue();
    external.push(route.request().url());
    return route.abort();
  });
  return { consoleErrors, external };
}

export async function axeViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

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
  const byLength = [...names].sort((a, b) => b.length - a.length);
  return page.evaluate((unitNames) => {
    const read = (sel: string, attr: string) => [...document.querySelectorAll<HTMLElement>(sel)].map((e) => ({ id: e.getAttribute(attr)!, text: (e.querySelector('strong') ?? e).textContent!.trim() }));
    // Years, dates (14/04/2015, 8/2015) and periods (2021–2025) are when, not what.
    const notFigure = /\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b\d{1,2}\/\d{4}\b|\b(19|20)\d{2}(–(19|20)\d{2})?\b/g;
    const numbers = (s: string) => s.replace(notFigure, ' ').match(/\d+(?:[.,/]\d+)*/g) ?? [];
    const untraced: { figure: string; text: string }[] = [];
    for (const fig of document.querySelectorAll('main figure')) {
      const traced = [...fig.querySelectorAll('[data-figure-id],[data-count-id],[data-stat-id]')].map((e) => e.textContent ?? '').join(' ');
      const known = new Set(numbers(traced));
      const cells = [...fig.querySelectorAll('td, figcaption')];
      for (const el of cells) {
        const clone = el.cloneNode(true) as HTMLElement;
        for (const x of clone.querySelectorAll('[data-figure-id],[data-count-id],[data-stat-id],[data-not-figure],svg,a[href^="/nguon/"]')) x.remove();
        let text = clone.textContent ?? '';
        for (const name of unitNames) text = text.split(name).join(' ');
        for (const n of numbers(text)) if (!known.has(n)) untraced.push({ figure: fig.id || fig.className, text: `${n} in "${(clone.textContent ?? '').trim().slice(0, 80)}"` });
      }
    }
    const progressIds = [...document.querySelectorAll<HTMLElement>('[data-progress-id]')].map((e) => ({
      id: e.dataset['progressId']!, status: e.dataset['status'] ?? '', badge: e.querySelector('.status')?.textContent?.trim() ?? '', text: e.textContent ?? '',
    }));
    return { figureIds: read('[data-figure-id]', 'data-figure-id'), countIds: read('[data-count-id]', 'data-count-id'), statIds: read('[data-stat-id]', 'data-stat-id'), progressIds, untraced };
  }, byLength);
}

/** Each traced element names a figure or count of the statistics, shows its value, and the figure has a source. */
export function figureTruthProblems(r: RenderedFigures, statsDir: string): string[] {
  const reference = readStats<Stats['reference']>('reference', statsDir);
  const figures = new Map(reference.figures.map((f) => [f.id, f]));
  const sources = new Set(reference.sources.map((s) => s.id));
  const points = new Map(readStats<Stats['counts']>('counts', statsDir).flatMap((c) => c.points).map((p) => [p.id, p]));
  const problems: string[] = [];
  for (const { id, text } of [...r.figureIds, ...r.statIds]) {
    const f = figures.get(id);
    const p = points.get(id);
    if (f) {
      if (text !== formatFigureValue(f)) problems.push(`${id}: page shows "${text}", statistics give "${formatFigureValue(f)}"`);
      if (!sources.has(f.sourceId)) problems.push(`${id}: source ${f.sourceId} is not in the source register`);
    } else if (p) {
      if (text !== formatCountRatio(p)) problems.push(`${id}: page shows "${text}", statistics give "${formatCountRatio(p)}"`);
    } else problems.push(`${id}: no figure or count with this id in the statistics`);
  }
  for (const { id, text } of r.countIds) {
    const p = points.get(id);
    if (!p) problems.push(`${id}: no count with this id in the statistics`);
    else if (![formatCountCell(p), formatCountRatio(p), formatNumber(p.reached)].includes(text)) problems.push(`${id}: page shows "${text}", statistics give ${formatCountRatio(p)}`);
  }
  // Every target shown with a status: that status, its label, the target as the statistics state it, and a source.
  const progress = new Map(readStats<Stats['progress']>('progress', statsDir).map((p) => [p.id, p]));
  for (const e of r.progressIds) {
    const p = progress.get(e.id);
    if (!p) {
      problems.push(`${e.id}: no target progress with this id in the statistics`);
      continue;
    }
    if (e.status !== p.status) problems.push(`${e.id}: page shows status "${e.status}", statistics give "${p.status}"`);
    if (e.badge !== STATUS_LABEL[p.status]) problems.push(`${e.id}: badge reads "${e.badge}", not "${STATUS_LABEL[p.status]}"`);
    if (p.level === 'city' && !e.text.includes(targetText(p))) problems.push(`${e.id}: the target does not read "${targetText(p)}"`);
    if (!sources.has(p.targetSourceId)) problems.push(`${e.id}: source ${p.targetSourceId} is not in the source register`);
  }
  for (const u of r.untraced) problems.push(`untraced number in figure ${u.figure}: ${u.text}`);
  return problems;
}

/**
 * Every "chưa có số liệu công bố" in the page's visible text sits inside a link to
 * /chua-cong-bo/, and a link with a fragment names an entry that exists there.
 */
export async function noDataLinkProblems(page: Page, entryIds: string[]): Promise<string[]> {
  return page.evaluate((ids) => {
    const problems: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (!/chưa có số liệu công bố/i.test(text)) continue;
      const parent = n.parentElement!;
      if (parent.closest('script, style, template, [hidden]')) continue;
      const a = parent.closest('a');
      const href = a?.getAttribute('href') ?? '';
      const m = /^\/chua-cong-bo\/(?:#(.+))?$/.exec(href);
      if (!m) problems.push(`not a link to /chua-cong-bo/: "${text.trim().slice(0, 80)}"${href ? ` (links to ${href})` : ''}`);
      else if (m[1] !== undefined && !ids.includes(m[1])) problems.push(`links to a missing entry #${m[1]}: "${text.trim().slice(0, 80)}"`);
    }
    return problems;
  }, entryIds);
}
