// Every page in the sitemap: 200, one h1, no console error, no other host, no axe violation.
import { expect, test } from '@playwright/test';
import { axeViolations, guard, sitemapPaths } from './helpers.ts';

const paths = sitemapPaths('dist');

test('the sitemap lists the overview, 5 districts and 63 communes and towns', () => {
  expect(paths).toContain('/');
  expect(paths.filter((p) => p.startsWith('/huyen/') && p !== '/huyen/')).toHaveLength(5);
  expect(paths.filter((p) => p.startsWith('/xa/'))).toHaveLength(63);
});

for (const path of paths) {
  test(`page ${path} is sound and accessible`, async ({ page }) => {
    const g = await guard(page);
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    expect(await axeViolations(page)).toEqual([]);
    expect(g.consoleErrors).toEqual([]);
    expect(g.external).toEqual([]);
  });
}

test('an unknown address gets the 404 page with a way back', async ({ page }) => {
  const res = await page.goto('/xa/khong-co-xa-nay/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Không tìm thấy trang');
  await expect(page.getByRole('link', { name: 'Danh sách huyện và xã' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
