// The English edition: every reader page has its twin in the other edition and the hreflang
// links agree both ways; the language switch keeps the reader on the same page; English pages
// speak English with English formats. Every English page is also checked by every-page.spec.ts
// (axe at 1280 and 320 px, figure truth in English formats, no-data links, no Vietnamese labels).
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { langOfPath, sitemapPaths } from './helpers.ts';
import { toEnglish, toVietnamese, twinOf } from '../../src/i18n/routes.ts';

const DIST = 'dist';
const htmlOf = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
/** hreflang → path, from a built page's <link rel="alternate">. */
function alternates(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g))
    out[m[1]!] = new URL(m[2]!).pathname;
  return out;
}

test('every page in the sitemap has its twin in the other edition, and the sitemap lists both editions', () => {
  const paths = sitemapPaths(DIST);
  const set = new Set(paths);
  const vi = paths.filter((p) => langOfPath(p) === 'vi');
  const en = paths.filter((p) => langOfPath(p) === 'en');
  expect(vi.length).toBeGreaterThan(200);
  expect(en.length).toBe(vi.length);
  const missing = paths.filter(
    (p) => !set.has(twinOf(p)) || !existsSync(join(DIST, twinOf(p), 'index.html')),
  );
  expect(missing, 'pages without a twin').toEqual([]);
  // The table is a bijection: there and back gives the same page.
  expect(vi.filter((p) => toVietnamese(toEnglish(p)) !== p)).toEqual([]);
  expect(en.filter((p) => toEnglish(toVietnamese(p)) !== p)).toEqual([]);
});

test('every built reader page outside the sitemap (embeds) has its twin too', () => {
  const embeds = readdirSync(join(DIST, 'nhung'));
  const enEmbeds = readdirSync(join(DIST, 'en', 'embed'));
  expect(embeds.length).toBeGreaterThan(50);
  expect([...enEmbeds].sort()).toEqual([...embeds].sort());
});

test('hreflang links name the page itself and its twin, and the twin names this page back', () => {
  const problems: string[] = [];
  for (const path of sitemapPaths(DIST)) {
    const own = alternates(htmlOf(path));
    const lang = langOfPath(path);
    const other = lang === 'vi' ? 'en' : 'vi';
    if (own[lang] !== path) problems.push(`${path}: hreflang="${lang}" is ${own[lang]}`);
    if (own[other] !== twinOf(path))
      problems.push(`${path}: hreflang="${other}" is ${own[other]}, not ${twinOf(path)}`);
    if (own['x-default'] !== (lang === 'vi' ? path : twinOf(path)))
      problems.push(`${path}: x-default is ${own['x-default']}`);
    const back = alternates(htmlOf(twinOf(path)));
    if (back[lang] !== path)
      problems.push(`${twinOf(path)} does not name ${path} back (${back[lang]})`);
  }
  expect(problems).toEqual([]);
});

test('English pages declare lang="en", Vietnamese pages lang="vi", and the sitemap carries the twins as alternates', () => {
  const wrong = sitemapPaths(DIST).filter(
    (p) => !htmlOf(p).includes(`<html lang="${langOfPath(p)}"`),
  );
  expect(wrong).toEqual([]);
  const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  expect(xml).toContain('hreflang="en" href="http');
  expect((xml.match(/<url>/g) ?? []).length).toBe((xml.match(/hreflang="vi"/g) ?? []).length);
});

test('the language switch leads to the same page in the other edition and back, without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/xa/tan-thong-hoi/');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/communes\/tan-thong-hoi\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toContainText('Tân Thông Hội');
  await page.getByRole('link', { name: 'Tiếng Việt', exact: true }).click();
  await expect(page).toHaveURL(/\/xa\/tan-thong-hoi\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await context.close();
});

test('English pages use English number and date formats and say "No published data", linking to the English open questions', async ({
  page,
}) => {
  await page.goto('/en/districts/cu-chi/');
  const main = page.locator('main');
  // The release date in the footer: "28 Nov 2026", not "28/11/2026".
  await expect(page.locator('footer')).toContainText(
    /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/,
  );
  await expect(page.locator('footer')).not.toContainText(/\b\d{2}\/\d{2}\/\d{4}\b/);
  const noData = main.locator('a.no-data').first();
  await expect(noData).toHaveText(/no published data/i);
  await expect(noData).toHaveAttribute('href', /^\/en\/open-questions\/#/);
  await page.goto('/en/open-questions/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('an unknown English address gets the English 404 page with a way back', async ({ page }) => {
  const res = await page.goto('/en/communes/no-such-commune/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('main a[href="/en/districts/"]').first()).toBeVisible();
});

// English search: its own Pagefind index (English stemming), English words, English pages.
async function searchEn(page: import('@playwright/test').Page, q: string): Promise<string[]> {
  await page.goto(`/en/search/?q=${encodeURIComponent(q)}`);
  await expect(page.locator('#search-status')).toContainText(q.trim());
  await expect(page.locator('#search-results li > a').first()).toBeVisible();
  return page.$$eval('#search-results li > a', (as) =>
    as.map((a) => {
      const u = new URL((a as HTMLAnchorElement).href);
      return u.pathname + u.hash;
    }),
  );
}

for (const [q, want] of [
  ['tan thong hoi', '/en/communes/tan-thong-hoi/'],
  ['51/2025/QĐ-TTg', '/en/open-questions/'],
  ['model NTM', '/en/glossary/'],
] as const) {
  test(`English search for "${q}" finds ${want} among the first three results`, async ({
    page,
  }) => {
    const results = await searchEn(page, q);
    expect(
      results.slice(0, 3).some((r) => r.startsWith(want)),
      results.slice(0, 5).join(', '),
    ).toBe(true);
    // Only English pages: the Vietnamese index is not mixed in.
    expect(
      results.every((r) => r.startsWith('/en/')),
      results.join(', '),
    ).toBe(true);
  });
}
