// The maps: keyboard use, the year control, the no-JavaScript render, the two views.
import { expect, test } from '@playwright/test';
import { categoryAt, CATEGORY_STYLE } from '../../src/lib/maps/categories.ts';
import type { Stats } from '../../src/lib/stats/types.ts';
import { readStats } from './helpers.ts';

const units = readStats<Stats['units']>('units');
const meta = readStats<Stats['meta']>('meta');
const last = meta.lastYear - meta.firstYear;
const tth = units.find((u) => u.code === '27556')!;

test('a named commune can be reached on the map with the keyboard alone and opened', async ({
  page,
}) => {
  await page.goto('/ban-do/');
  let found = false;
  for (let i = 0; i < 200 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() =>
      (document.activeElement?.getAttribute('aria-label') ?? '').startsWith(
        'Xã Tân Thông Hội, huyện Củ Chi:',
      ),
    );
  }
  expect(found).toBe(true);
  const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  expect(label).toContain(CATEGORY_STYLE[categoryAt(tth, last)].label.toLowerCase());
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/xa\/tan-thong-hoi\/$/);
});

test('changing the year changes the colours, the names and the table', async ({ page }) => {
  await page.goto('/ban-do/');
  const tile = page.locator('#hex-map a[data-code="27556"]');
  const row = page.locator('#map-table tr[data-code="27556"] .map-cat');
  await expect(tile.locator('path')).toHaveClass(`cat-${categoryAt(tth, last)}`);
  await page.focus('#map-year');
  await page.keyboard.press('Home');
  await expect(page.locator('#map-year-out')).toHaveText(String(meta.firstYear));
  await expect(tile.locator('path')).toHaveClass(`cat-${categoryAt(tth, 0)}`);
  await expect(row).toHaveText(CATEGORY_STYLE[categoryAt(tth, 0)].label);
  await expect(tile).toHaveAttribute(
    'aria-label',
    new RegExp(CATEGORY_STYLE[categoryAt(tth, 0)].label.toLowerCase()),
  );
  await expect(page.locator('#map-status')).toHaveText(`Đang hiển thị năm ${meta.firstYear}.`);
  expect(categoryAt(tth, 0)).not.toBe(categoryAt(tth, last));
});

test('the view switch shows one map at a time', async ({ page }) => {
  await page.goto('/ban-do/');
  await expect(page.locator('#ban-do-luoi-o')).toBeVisible();
  await expect(page.locator('#ban-do-gan-dung')).toBeHidden();
  await page.getByRole('radio', { name: 'Bản đồ gần đúng' }).check();
  await expect(page.locator('#ban-do-gan-dung')).toBeVisible();
  await expect(page.locator('#ban-do-luoi-o')).toBeHidden();
  await expect(page.locator('#geo-map')).toContainText(
    'Ranh giới gần đúng, không phải ranh giới hành chính',
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('both maps and the table show the latest year', async ({ page }) => {
    await page.goto('/ban-do/');
    await expect(page.locator('#map-controls')).toBeHidden();
    for (const u of units.filter((x) => x.kind === 'commune' || x.kind === 'town')) {
      const cat = categoryAt(u, last);
      await expect(page.locator(`#hex-map a[data-code="${u.code}"] path`)).toHaveClass(
        `cat-${cat}`,
      );
      await expect(page.locator(`#geo-map a[data-code="${u.code}"] path`)).toHaveClass(
        `cat-${cat}`,
      );
    }
    await expect(page.locator('#map-table-year')).toHaveText(String(meta.lastYear));
  });
});

test('district pages highlight their district; commune pages show a locator', async ({ page }) => {
  await page.goto('/huyen/nha-be/');
  const faded = await page.$$eval('#hex-district a.tile.faded', (as) =>
    as.map((a) => a.getAttribute('data-code')),
  );
  const own = units.filter((u) => u.districtCode === '786').map((u) => u.code);
  for (const c of own) expect(faded).not.toContain(c);
  expect(faded.length).toBe(
    units.filter((u) => (u.kind === 'commune' || u.kind === 'town') && u.districtCode !== '786')
      .length,
  );
  await page.goto('/xa/thanh-an/');
  await expect(page.locator('#hex-locator path.current')).toHaveAttribute('data-code', '27676');
  await expect(page.locator('#hex-locator')).toHaveAttribute('role', 'img');
});
