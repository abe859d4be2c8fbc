// Shared by the end-to-end specs: sitemap paths, request guard, axe.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { UNKNOWN_TEXT } from '../../src/lib/format.ts';
import { langOfPath, type Lang } from '../../src/i18n/lang.ts';
import { localHref } from '../../src/i18n/routes.ts';

export { langOfPath };
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

/** axe-core's own build, the same version @axe-core/playwright injects (minified: less to parse). */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

type AxeViolation = { id: string; help: string; nodes: { target: unknown[] }[] };

/**
 * axe-core's WCAG 2.2 AA rules (WCAG_TAGS) on the page as it is now, its width included: one line
 * per violation, naming the rule and up to three elements. axe-core is injected once per document
 * and run in the page itself, reporting violations only (what passed is not worked out in
 * detail), instead of @axe-core/playwright's way, which injects axe twice per call and finishes
 * each run in a new page (about 1.3 s a call against 0.2 s here, for the same rules and the same
 * violations). A page with frames goes through @axe-core/playwright, which injects into each frame.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  let violations: AxeViolation[];
  if (page.frames().length > 1) {
    const r = await new AxeBuilder({ page })
      .withTags(WCAG_TAGS)
      .options({ resultTypes: ['violations'] })
      .analyze();
    violations = r.violations;
  } else {
    const run = () =>
      page.evaluate(async (tags) => {
        const axe = (window as unknown as { axe?: typeof import('axe-core') }).axe;
        if (!axe) return null;
        const r = await axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        });
        return r.violations.map((v) => ({
          id: v.id,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target })),
        }));
      }, WCAG_TAGS);
    let r = await run();
    if (r === null) {
      await page.evaluate(AXE_SOURCE);
      r = await run();
    }
    if (r === null) throw new Error('axe-core did not load in the page');
    violations = r;
  }
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

import { readStats, renderedFiguresInPage } from '../../scripts/lib/figure-truth.ts';
export {
  figureTruthProblems,
  readStats,
  renderedFigures,
  type RenderedFigures,
} from '../../scripts/lib/figure-truth.ts';

/**
 * Every "chưa có số liệu công bố" ("no published data" on English pages) in the page's visible
 * text sits inside a link to the open-questions page of its edition, and a link with a fragment
 * names an entry that exists there.
 */
export async function noDataLinkProblems(
  page: Page,
  entryIds: string[],
  lang: Lang = 'vi',
): Promise<string[]> {
  return page.evaluate(IN_PAGE.noDataLinks, noDataArgs(entryIds, lang));
}

/** noDataLinkProblems' arguments for the page: the entry ids, the phrase, the page it links to. */
function noDataArgs(entryIds: string[], lang: Lang): [string[], string, string] {
  return [entryIds, UNKNOWN_TEXT[lang].toLowerCase(), localHref(lang, '/chua-cong-bo/')];
}

/**
 * Vietnamese interface strings left on an English page: every Vietnamese value of our label
 * tables (src/lib/labels.ts, src/i18n/ui.ts, the map categories) that differs from its English
 * counterpart, searched in the visible text outside elements marked lang="vi" (proper names,
 * quoted titles, the sources' own words).
 */
export async function vietnameseLabelProblems(page: Page, viStrings: string[]): Promise<string[]> {
  return page.evaluate(IN_PAGE.vietnameseLabels, viStrings);
}

/**
 * Sideways scrolling at the page's current width (WCAG 1.4.10 Reflow, which axe does not
 * check): the overflow in px and the element that reaches furthest past the right edge (the
 * innermost one, counting its own text, which may overflow a box that fits), outside any
 * scrolling box of its own; null when the page fits.
 */
export async function horizontalOverflow(page: Page): Promise<Overflow | null> {
  return page.evaluate(IN_PAGE.overflow);
}

/** Sideways scrolling found: the page's width, by how much it overflows, and the culprit. */
export interface Overflow {
  width: number;
  overflow: number;
  culprit: string;
}

/** Tables that would not scroll in a box of their own: each sits in a focusable, labelled `.table-scroll`. */
export async function tableScrollProblems(page: Page): Promise<string[]> {
  return page.evaluate(IN_PAGE.tableScroll);
}

/**
 * Words meant for the build, shown to readers: an internal id (of a source, figure, target,
 * recognition, criteria set or standard) in visible text outside <code> (where an identifier is
 * shown on purpose); a number or date in the other edition's format; and, on an English page,
 * Vietnamese prose outside elements marked lang="vi".
 */
export async function readerTextProblems(page: Page, ids: string[], lang: Lang): Promise<string[]> {
  return page.evaluate(IN_PAGE.readerText, { ids, lang });
}

/** The ids a reader must never see: every id of the statistics' reference tables and the standards. */
export function internalIds(statsDir: string): string[] {
  const r = readStats<Stats['reference']>('reference', statsDir);
  const standards = new Set([
    ...r.targets.map((t) => t.standard),
    ...r.recognitions.map((x) => x.standard),
  ]);
  return [
    ...r.sources.map((s) => s.id),
    ...r.figures.map((f) => f.id),
    ...r.targets.map((t) => t.id),
    ...r.recognitions.map((x) => x.id),
    ...r.criteriaSets.map((c) => c.id),
    ...standards,
  ].filter((id) => id.includes('-'));
}

// The page-side halves of the checks above: functions of JSON arguments that run in the page. Each
// check calls its own with page.evaluate; pageChecks() runs several in one round trip.
const noDataLinksInPage = ([ids, phrase, target]: [string[], string, string]): string[] => {
  const problems: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent ?? '';
    if (!text.toLowerCase().includes(phrase)) continue;
    const parent = n.parentElement!;
    if (parent.closest('script, style, template, [hidden]')) continue;
    const a = parent.closest('a');
    const href = a?.getAttribute('href') ?? '';
    const [path, entry] = href.split('#') as [string, string | undefined];
    if (path !== target)
      problems.push(
        `not a link to ${target}: "${text.trim().slice(0, 80)}"${href ? ` (links to ${href})` : ''}`,
      );
    else if (entry !== undefined && !ids.includes(entry))
      problems.push(`links to a missing entry #${entry}: "${text.trim().slice(0, 80)}"`);
  }
  return problems;
};

const vietnameseLabelsInPage = (strings: string[]): string[] => {
  const clone = document.body.cloneNode(true) as HTMLElement;
  for (const x of clone.querySelectorAll(
    '[lang]:not([lang="en"]), script, style, template, [hidden], svg',
  ))
    x.remove();
  const text = (clone.textContent ?? '').replace(/\s+/g, ' ').toLowerCase();
  // Whole words only: "hơn" is a label, "Nhơn" a place name.
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = (s: string) =>
    new RegExp(`(?<!\\p{L})${escape(s.toLowerCase())}(?!\\p{L})`, 'u').test(text);
  return strings.filter(found).map((s) => `Vietnamese label on an English page: "${s}"`);
};

const overflowInPage = (): Overflow | null => {
  const root = document.documentElement;
  const width = root.clientWidth;
  const overflow = root.scrollWidth - width;
  if (overflow <= 0) return null;
  let best: { e: Element; right: number; depth: number } | null = null;
  const walk = (e: Element, depth: number) => {
    const style = getComputedStyle(e);
    if (style.display === 'none') return;
    let right = e.getBoundingClientRect().width > 0 ? e.getBoundingClientRect().right : 0;
    for (const n of e.childNodes) {
      if (n.nodeType !== Node.TEXT_NODE || !n.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      right = Math.max(right, range.getBoundingClientRect().right);
    }
    if (
      right > width + 0.5 &&
      (!best || right > best.right + 0.5 || (right > best.right - 0.5 && depth > best.depth))
    )
      best = { e, right, depth };
    // A box that scrolls (or clips) sideways holds its own overflow.
    if (style.overflowX !== 'visible' && e !== document.body) return;
    for (const c of e.children) walk(c, depth + 1);
  };
  walk(document.body, 0);
  const found = best as { e: Element; right: number } | null;
  if (!found) return { width, overflow, culprit: '(no element found past the edge)' };
  const e = found.e;
  const id = e.id ? `#${e.id}` : '';
  const cls =
    typeof e.className === 'string' && e.className.trim()
      ? `.${e.className.trim().split(/\s+/).join('.')}`
      : '';
  const text = (e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  return {
    width,
    overflow,
    culprit: `<${e.tagName.toLowerCase()}${id}${cls}> reaches ${Math.round(found.right)} px${text ? `: "${text}"` : ''}`,
  };
};

const tableScrollInPage = (): string[] =>
  [...document.querySelectorAll('main table')].flatMap((t) => {
    const box = t.closest('.table-scroll');
    const name = (t.querySelector('caption')?.textContent ?? t.id ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60);
    if (!box) return [`table "${name}" is not in a scroll box (TableScroll)`];
    if (box.getAttribute('tabindex') !== '0' || !box.getAttribute('aria-label'))
      return [`table "${name}": its scroll box is not focusable and labelled`];
    return [];
  });

const readerTextInPage = ({ ids, lang }: { ids: string[]; lang: Lang }): string[] => {
  const visibleText = (dropMarked: boolean) => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    const drop = [
      'script',
      'style',
      'template',
      '[hidden]',
      'svg',
      'code',
      'pre',
      '.visually-hidden',
      '[data-pagefind-ignore="all"]',
    ];
    // Text in the other language, and quotations, which keep their source's own formats.
    if (dropMarked)
      drop.push(
        lang === 'en' ? '[lang]:not([lang="en"])' : '[lang]:not([lang="vi"])',
        'q',
        'blockquote',
      );
    for (const x of clone.querySelectorAll(drop.join(','))) x.remove();
    // Block boundaries become spaces, so words of two cells never run together.
    for (const x of clone.querySelectorAll(
      'p, li, td, th, dt, dd, h1, h2, h3, h4, div, section, caption, figcaption, summary, option',
    ))
      x.append(' ');
    return (clone.textContent ?? '').replace(/\s+/g, ' ');
  };
  const problems: string[] = [];
  const all = visibleText(false);
  const around = (text: string, i: number, n: number) =>
    `"…${text.slice(Math.max(0, i - 40), i + n + 40).trim()}…"`;
  const idSet = new Set(ids);
  for (const m of all.matchAll(
    /(?<![\p{L}\p{N}_/#.-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\p{L}\p{N}_/-])/gu,
  )) {
    if (idSet.has(m[0]))
      problems.push(`internal id "${m[0]}" in visible text: ${around(all, m.index, m[0].length)}`);
  }
  const own = visibleText(true);
  const formats =
    lang === 'en'
      ? [
          {
            re: /(?<![\d/.,])\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}(?![\d/])/g,
            what: 'a Vietnamese date (dd/mm/yyyy)',
          },
          {
            re: /(?<![\d/.,])\d{1,2}\/(?:19|20)\d{2}(?![\d/])/g,
            what: 'a Vietnamese month (m/yyyy)',
          },
          { re: /(?<![\d.,])\d+,\d+%/g, what: 'a Vietnamese decimal comma' },
          {
            re: /(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3})+(?![\d.,°])/g,
            what: 'Vietnamese thousands dots',
          },
        ]
      : [
          {
            re: /\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?:19|20)\d{2}\b/g,
            what: 'an English date',
          },
          { re: /(?<![\d.,])\d+\.\d+%/g, what: 'an English decimal point' },
          {
            re: /(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?![\d.,°])/g,
            what: 'English thousands commas',
          },
        ];
  for (const f of formats)
    for (const m of own.matchAll(f.re))
      problems.push(
        `${f.what} "${m[0]}" on a ${lang === 'en' ? 'English' : 'Vietnamese'} page: ${around(own, m.index, m[0].length)}`,
      );
  if (lang === 'en') {
    // Vietnamese function words, which no English sentence or place name uses.
    const VI = new Set([
      'của',
      'và',
      'các',
      'những',
      'được',
      'không',
      'là',
      'có',
      'cho',
      'đã',
      'chưa',
      'trong',
      'với',
      'theo',
      'này',
      'đến',
      'từ',
      'một',
      'khi',
      'nào',
      'về',
      'nhưng',
      'hoặc',
      'thì',
      'sẽ',
      'cũng',
      'đang',
      'tại',
      'số',
      'năm',
      'ngày',
      'tháng',
    ]);
    const words = own.toLowerCase().match(/\p{L}+/gu) ?? [];
    const vi = words.filter((w) => VI.has(w));
    if (vi.length > Math.max(5, words.length * 0.02)) {
      const i = own.toLowerCase().search(new RegExp(`(?<!\\p{L})${vi[0]}(?!\\p{L})`, 'u'));
      problems.push(
        `English page with Vietnamese prose outside lang="vi": ${vi.length} of ${words.length} words are Vietnamese function words (${[...new Set(vi)].slice(0, 8).join(', ')}), e.g. ${around(own, i, 0)}`,
      );
    }
  }
  return problems;
};

/** The page's h1 count and its lang attribute. */
const basicsInPage = (): { h1: number; lang: string | null } => ({
  h1: document.querySelectorAll('h1').length,
  lang: document.documentElement.getAttribute('lang'),
});

const IN_PAGE = {
  basics: basicsInPage,
  figures: renderedFiguresInPage,
  noDataLinks: noDataLinksInPage,
  vietnameseLabels: vietnameseLabelsInPage,
  overflow: overflowInPage,
  tableScroll: tableScrollInPage,
  readerText: readerTextInPage,
};
type InPage = typeof IN_PAGE;
type Arg<K extends keyof InPage> = Parameters<InPage[K]> extends [infer A] ? A : undefined;

/**
 * Several of the checks above in one round trip to the page: `{ name: [check, its argument] }`
 * gives `{ name: what that check's page-side function returns }`, the same functions the checks
 * run one at a time.
 */
export async function pageChecks<T extends Record<string, keyof InPage>>(
  page: Page,
  checks: { [N in keyof T]: [T[N], Arg<T[N]>] },
): Promise<{ [N in keyof T]: ReturnType<InPage[T[N]]> }> {
  const parts = Object.entries(checks).map(([name, [check, arg]]) => {
    const fn = (IN_PAGE[check as keyof InPage] as (...a: unknown[]) => unknown).toString();
    return `${JSON.stringify(name)}: (${fn})(${arg === undefined ? '' : JSON.stringify(arg)})`;
  });
  return page.evaluate(`({ ${parts.join(',\n')} })`);
}

/** The arguments of the every-page checks for one page of an edition. */
export const checkArgs = { noData: noDataArgs };

/**
 * Where a chart (a <figure> holding an svg.chart drawn by src/lib/charts/timeline.ts) and its
 * data tables disagree. The chart's numbers are read back from the drawing through its own axis
 * labels: each line point (communes known to have met a standard at a year's end), the band's
 * top and bottom, and each published-total marker's height, date and tooltip. The table cells
 * are "12", "ít nhất 12, tối đa 15" / "at least 12, at most 15", or "? (…)" where nothing is
 * known; a published total's row is its date, standard and value. Each problem names the figure.
 */
export async function chartTableProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const numbers = (s: string) => [...s.matchAll(/\d+/g)].map((m) => Number(m[0]));
    // A count as the table prints it, thousands separators dropped ("1.234", "1,234").
    const counts = (s: string) =>
      [...s.matchAll(/\d[\d.,]*/g)].map((m) => Number(m[0].replace(/[.,]/g, '')));
    const sameNumbers = (a: number[], b: number[]) =>
      a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');
    /** A linear map through the first and last of the (position, label) pairs. */
    const scale = (pairs: [number, number][]) => {
      const [p0, v0] = pairs[0]!;
      const [p1, v1] = pairs.at(-1)!;
      return (p: number) => v0 + ((p - p0) * (v1 - v0)) / (p1 - p0);
    };
    const points = (d: string) =>
      d
        .split(/(?=M)/)
        .filter((s) => s.trim())
        .map((seg) =>
          [...seg.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [+m[1]!, +m[2]!] as const),
        );
    for (const fig of document.querySelectorAll('main figure')) {
      const svg = fig.querySelector('svg.chart');
      if (!svg) continue;
      const say = (s: string) => problems.push(`#${fig.id}: ${s}`);
      // The y axis: grid lines and their labels, drawn in the same order.
      const grid = [...svg.querySelectorAll('line.grid')].map((l) => +l.getAttribute('y1')!);
      const yLabels = [...svg.querySelectorAll('text.tick[text-anchor="end"]')].map(
        (t) => +t.textContent,
      );
      const xLabels = [...svg.querySelectorAll('text.tick[text-anchor="middle"]')].map(
        (t) => [+t.getAttribute('x')!, +t.textContent] as [number, number],
      );
      if (grid.length < 2 || grid.length !== yLabels.length || xLabels.length < 2) {
        say(`its axes cannot be read (${grid.length} grid lines, ${yLabels.length} labels)`);
        continue;
      }
      const valueAt = scale(grid.map((y, i) => [y, yLabels[i]!]));
      const yearAt = scale(xLabels);
      const value = (y: number) => Math.round(valueAt(y));
      // A year's end-of-year status is drawn at the start of the next year.
      const yearOf = (x: number) => Math.round(yearAt(x)) - 1;

      // The table of computed counts: one column per standard, named by each cell's count id.
      type Cell = { min: number; max: number } | 'unknown';
      const table = new Map<string, Map<number, Cell>>();
      for (const td of fig.querySelectorAll('td[data-count-id]')) {
        const m = /^count-[^-]+-(.+)-(\d{4})$/.exec(td.getAttribute('data-count-id')!);
        const text = td.textContent.trim();
        const n = counts(text);
        if (!m) {
          say(`unreadable count id "${td.getAttribute('data-count-id')}"`);
          continue;
        }
        const cell: Cell | null = text.startsWith('?')
          ? 'unknown'
          : n.length === 1
            ? { min: n[0]!, max: n[0]! }
            : n.length === 2
              ? { min: n[0]!, max: n[1]! }
              : null;
        if (!cell) {
          say(`${m[1]} ${m[2]}: unreadable table cell "${text}"`);
          continue;
        }
        if (!table.has(m[1]!)) table.set(m[1]!, new Map());
        table.get(m[1]!)!.set(Number(m[2]), cell);
      }
      if (table.size === 0) say('has no table of counts');
      const show = (c: Cell | undefined) =>
        c === undefined
          ? 'nothing'
          : c === 'unknown'
            ? '"?"'
            : c.min === c.max
              ? `${c.min}`
              : `${c.min} to ${c.max}`;

      for (const g of svg.querySelectorAll('g.band[data-series]')) {
        const series = g.getAttribute('data-series')!;
        const cells = table.get(series);
        const drawn = g.querySelector('path');
        if (!cells) {
          if (drawn) say(`${series} is drawn but has no column in the table`);
          continue;
        }
        // The line: communes known to have met the standard ("at least").
        const line = new Map<number, number>();
        for (const seg of points(g.querySelector('path[fill="none"]')?.getAttribute('d') ?? ''))
          for (const [x, y] of seg) line.set(yearOf(x), value(y));
        // The band (a closed shape: its top drawn forward, its bottom back): "at most".
        const band = new Map<number, { min: number; max: number }>();
        const area = g.querySelector('path[fill-opacity]');
        for (const seg of points(area?.getAttribute('d') ?? '')) {
          const half = seg.length / 2;
          for (let i = 0; i < half; i++) {
            const [x, top] = seg[i]!;
            const bottom = seg[seg.length - 1 - i]!;
            band.set(yearOf(x), { min: value(bottom[1]), max: value(top) });
          }
        }
        for (const year of new Set([...cells.keys(), ...line.keys(), ...band.keys()])) {
          const cell = cells.get(year);
          const at = line.get(year);
          const b = band.get(year);
          const where = `${series} ${year}: the table says ${show(cell)}`;
          if (cell === undefined) {
            say(`${where}, the chart draws ${at ?? `${b!.min} to ${b!.max}`}`);
          } else if (cell === 'unknown') {
            if (at !== undefined) say(`${where}, the chart draws a line at ${at}`);
            if (b && b.min !== 0) say(`${where}, the chart's band starts at ${b.min}`);
          } else {
            if (at !== cell.min) say(`${where}, the chart's line is at ${at ?? 'nothing'}`);
            if (area && (b?.min !== cell.min || b.max !== cell.max))
              say(`${where}, the chart's band spans ${b ? `${b.min} to ${b.max}` : 'nothing'}`);
          }
        }
      }

      // Published totals: each marker is one row of the table of published figures.
      const rows = [...fig.querySelectorAll('tr:has(td[data-figure-id])')].map((tr) => {
        const tds = [...tr.querySelectorAll('td')];
        const date = tds[0]!.textContent.trim();
        const valueText = tr.querySelector('td[data-figure-id]')!.textContent.trim();
        return {
          id: tr.querySelector('td[data-figure-id]')!.getAttribute('data-figure-id')!,
          numbers: numbers(`${date} ${tds[1]!.textContent} ${valueText}`),
          value: counts(valueText)[0],
          year: Math.max(...numbers(date).filter((n) => n >= 1900)),
          used: false,
        };
      });
      for (const marker of svg.querySelectorAll<SVGGraphicsElement>('path.marker')) {
        const label = marker.querySelector('title')?.textContent ?? '';
        const box = marker.getBBox();
        const at = value(box.y + box.height / 2);
        const year = Math.floor(yearAt(box.x + box.width / 2));
        const row = rows.find((r) => !r.used && sameNumbers(r.numbers, numbers(label)));
        if (!row) {
          say(`the marker "${label}" has no row of the same numbers in the published totals`);
          continue;
        }
        row.used = true;
        if (row.value !== at)
          say(`${row.id}: the table says ${row.value}, the marker "${label}" is drawn at ${at}`);
        if (row.year !== year)
          say(
            `${row.id}: the table dates it ${row.year}, the marker "${label}" is drawn in ${year}`,
          );
      }
      for (const r of rows.filter((r) => !r.used))
        say(`${r.id}: a published total in the table with no marker in the chart`);
    }
    return problems;
  });
}
