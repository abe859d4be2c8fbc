// Every page in the sitemap of both builds (bundled data and synthetic data), both editions: 200,
// one h1, lang of its edition, every number in a figure traced to the statistics in the edition's
// formats, every "Chưa có số liệu công bố" / "No published data" a link to its entry on the
// edition's open-questions page, reader text only (no internal id, no number or date in the other
// edition's format, English pages in English), no console error, no request to another host, no axe violation
// (WCAG 2.2 AA) at 1280 px and at 320 px, and no sideways scrolling at 320 px or 375 px
// (WCAG 1.4.10 Reflow, which axe does not check).
import { expect, test } from '@playwright/test';
import { SYNTHETIC_PORT } from '../../playwright.config.ts';
import {
  axeViolations,
  figureTruthProblems,
  guard,
  horizontalOverflow,
  internalIds,
  langOfPath,
  noDataLinkProblems,
  readerTextProblems,
  readStats,
  renderedFigures,
  sitemapPaths,
  tableScrollProblems,
  vietnameseLabelProblems,
} from './helpers.ts';
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
  { name: 'real', dist: 'dist', stats: 'src/generated/stats', base: '' },
  {
    name: 'synthetic',
    dist: 'tests/output/dist-synthetic',
    stats: 'tests/output/synthetic-stats',
    base: `http://localhost:${SYNTHETIC_PORT}`,
  },
];

test('the sitemap lists the overview, 5 districts and 63 communes and towns', () => {
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

for (const site of SITES) {
  for (const path of pagesToCheck(site)) {
    test(`${site.name} ${path} is sound and accessible`, async ({ page }) => {
      const lang = langOfPath(path);
      const g = await guard(page);
      const res = await page.goto(site.base + path);
      expect(res?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      expect(
        figureTruthProblems(await renderedFigures(page, unitNames(site.stats)), site.stats, lang),
        'every figure traces to the statistics',
      ).toEqual([]);
      expect(
        await noDataLinkProblems(page, openQuestionIds(site.stats), lang),
        'every "no published data" links to its entry on the open-questions page',
      ).toEqual([]);
      if (lang === 'en')
        expect(
          await vietnameseLabelProblems(page, VI_LABELS),
          'no Vietnamese interface string outside lang="vi"',
        ).toEqual([]);
      expect(
        await readerTextProblems(page, IDS[site.name]!, lang),
        "reader text only: no internal id, the edition's own formats, English pages in English",
      ).toEqual([]);
      expect(await axeViolations(page), 'at 1280 px').toEqual([]);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await horizontalOverflow(page), `${path} scrolls sideways at 320 px`).toBeNull();
      expect(
        await tableScrollProblems(page),
        'every table scrolls in a focusable, labelled box of its own',
      ).toEqual([]);
      expect(await axeViolations(page), 'at 320 px').toEqual([]);
      await page.setViewportSize({ width: 375, height: 667 });
      expect(await horizontalOverflow(page), `${path} scrolls sideways at 375 px`).toBeNull();
      expect(g.consoleErrors).toEqual([]);
      expect(g.external).toEqual([]);
    });
  }
}

test('an unknown address gets the 404 page with a way back', async ({ page }) => {
  const res = await page.goto('/xa/khong-co-xa-nay/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Không tìm thấy trang');
  await expect(page.getByRole('link', { name: 'Danh sách huyện và xã' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
