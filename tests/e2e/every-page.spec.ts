// Every page in the sitemap of both builds (bundled data and synthetic data), both editions: 200,
// one h1, lang of its edition, every number in a figure traced to the statistics in the edition's
// formats, every "Chưa có số liệu công bố" / "No published data" a link to its entry on the
// edition's open-questions page, reader text only (no internal id, no number or date in the other
// edition's format, English pages in English), no console error, no request to another host, no axe violation
// (WCAG 2.2 AA) at 1280 px and at 320 px, and no sideways scrolling at 320 px or 375 px
// (WCAG 1.4.10 Reflow, which axe does not check).
import { expect, test as base, type Page } from '@playwright/test';
import { REAL_PORT, SYNTHETIC_PORT } from '../../playwright.config.ts';
import {
  axeViolations,
  checkArgs,
  figureTruthProblems,
  guard,
  internalIds,
  langOfPath,
  pageChecks,
  readStats,
  sitemapPaths,
} from './helpers.ts';
import { unitNamesLongestFirst } from '../../scripts/lib/figure-truth.ts';
import { vietnameseLabels } from '../helpers/vi-labels.ts';
import type { Stats } from '../../src/lib/stats/types.ts';

const openQuestionIds = (statsDir: string) =>
  readStats<Stats['reference']>('reference', statsDir).openQuestions.map((q) => q.id);
const unitNames = (statsDir: string) =>
  readStats<Stats['units']>('units', statsDir).flatMap((u) => [u.name, u.shortName]);

const VI_LABELS = vietnameseLabels();
const IDS: Record<string, string[]> = {
  real: internalIds('src/generated/stats'),
  synthetic: internalIds('tests/output/synthetic-stats'),
};

const SITES = [
  {
    name: 'real',
    dist: 'dist',
    stats: 'src/generated/stats',
    base: `http://localhost:${REAL_PORT}`,
  },
  {
    name: 'synthetic',
    dist: 'tests/output/dist-synthetic',
    stats: 'tests/output/synthetic-stats',
    base: `http://localhost:${SYNTHETIC_PORT}`,
  },
];

base('the sitemap lists the overview, 5 districts and 63 communes and towns', () => {
  const paths = sitemapPaths('dist');
  expect(paths).toContain('/');
  expect(paths.filter((p) => p.startsWith('/huyen/') && p !== '/huyen/')).toHaveLength(5);
  expect(paths.filter((p) => p.startsWith('/xa/'))).toHaveLength(63);
});

/**
 * The synthetic site repeats the real one's pages at the same scale; its English pages are the
 * same templates, so one page of each kind is checked there (every one of them is still fetched
 * by synthetic.spec.ts for its banner, and validated by html-validate).
 */
function pagesToCheck(site: (typeof SITES)[number]): string[] {
  const paths = sitemapPaths(site.dist);
  if (site.name === 'real') return paths;
  const seen = new Set<string>();
  return paths.filter((p) => {
    if (langOfPath(p) === 'vi') return true;
    const parts = p.split('/').filter(Boolean);
    const kind = parts.length >= 3 ? parts.slice(0, -1).join('/') : p;
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}

/**
 * One page per worker for the whole pass, instead of a new context for each of the ~550 tests
 * (the site keeps no state in the browser: no cookie, no storage; routing is on, so nothing comes
 * from the HTTP cache). A test that fails ends its worker, and the next worker starts afresh.
 */
const test = base.extend<object, { pass: { page: Page } & Awaited<ReturnType<typeof guard>> }>({
  pass: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await use({ page, ...(await guard(page)) });
      await context.close();
    },
    { scope: 'worker' },
  ],
});

/** What each page of a site is checked against, read once per worker. */
const expected = SITES.map((site) => ({
  openQuestions: openQuestionIds(site.stats),
  units: unitNamesLongestFirst(unitNames(site.stats)),
}));

SITES.forEach((site, s) => {
  for (const path of pagesToCheck(site)) {
    test(`${site.name} ${path} is sound and accessible`, async ({ pass }) => {
      const { page, consoleErrors, external } = pass;
      consoleErrors.length = 0;
      external.length = 0;
      const lang = langOfPath(path);
      const soft = expect.soft;
      await page.setViewportSize({ width: 1280, height: 800 });
      const res = await page.goto(site.base + path);
      expect(res?.status()).toBe(200);
      // The cheap DOM checks in one round trip; each is reported on its own below.
      const at1280 = await pageChecks(page, {
        basics: ['basics', undefined],
        figures: ['figures', expected[s]!.units],
        noData: ['noDataLinks', checkArgs.noData(expected[s]!.openQuestions, lang)],
        readerText: ['readerText', { ids: IDS[site.name]!, lang }],
        ...(lang === 'en' ? { viLabels: ['vietnameseLabels', VI_LABELS] as const } : {}),
      });
      soft(at1280.basics.h1, 'one h1').toBe(1);
      soft(at1280.basics.lang, 'lang of its edition').toBe(lang);
      soft(
        figureTruthProblems(at1280.figures, site.stats, lang),
        'every figure traces to the statistics',
      ).toEqual([]);
      soft(
        at1280.noData,
        'every "no published data" links to its entry on the open-questions page',
      ).toEqual([]);
      if ('viLabels' in at1280)
        soft(at1280.viLabels, 'no Vietnamese interface string outside lang="vi"').toEqual([]);
      soft(
        at1280.readerText,
        "reader text only: no internal id, the edition's own formats, English pages in English",
      ).toEqual([]);
      soft(await axeViolations(page), 'axe at 1280 px').toEqual([]);
      await page.setViewportSize({ width: 320, height: 640 });
      const at320 = await pageChecks(page, {
        overflow: ['overflow', undefined],
        tableScroll: ['tableScroll', undefined],
      });
      soft(at320.overflow, `${path} scrolls sideways at 320 px`).toBeNull();
      soft(
        at320.tableScroll,
        'every table scrolls in a focusable, labelled box of its own',
      ).toEqual([]);
      soft(await axeViolations(page), 'axe at 320 px').toEqual([]);
      await page.setViewportSize({ width: 375, height: 667 });
      const at375 = await pageChecks(page, { overflow: ['overflow', undefined] });
      soft(at375.overflow, `${path} scrolls sideways at 375 px`).toBeNull();
      soft(consoleErrors, 'no console error').toEqual([]);
      soft(external, 'no request to another host').toEqual([]);
    });
  }
});

base('an unknown address gets the 404 page with a way back', async ({ page }) => {
  const res = await page.goto('/xa/khong-co-xa-nay/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Không tìm thấy trang');
  await expect(page.getByRole('link', { name: 'Danh sách huyện và xã' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
