// A site built from a synthetic dataset says so on every page, and still works.
import { expect, test } from '@playwright/test';
import { SYNTHETIC_PORT } from '../../playwright.config.ts';
import { axeViolations, guard, sitemapPaths } from './helpers.ts';

const base = `http://localhost:${SYNTHETIC_PORT}`;
const paths = sitemapPaths('tests/output/dist-synthetic');

test('every page of the synthetic site returns 200 and shows the synthetic-data banner', async ({ request }) => {
  expect(paths.length).toBeGreaterThan(10);
  for (const p of paths) {
    const res = await request.get(base + p);
    expect(res.status(), p).toBe(200);
    expect(await res.text(), p).toMatch(/data-synthetic-banner[^>]*>DỮ LIỆU MẪU – không phải số liệu thật</);
  }
});

for (const p of ['/', '/muc-tieu/', '/lich-su/']) {
  test(`synthetic ${p} has one h1, no console error and no axe violation`, async ({ page }) => {
    const g = await guard(page);
    await page.goto(base + p);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(g.consoleErrors).toEqual([]);
    expect(g.external).toEqual([]);
  });
}

test('the real site shows no synthetic banner', async ({ request }) => {
  for (const p of sitemapPaths('dist')) {
    expect(await (await request.get(p)).text(), p).not.toMatch(/data-synthetic-banner/);
  }
});
