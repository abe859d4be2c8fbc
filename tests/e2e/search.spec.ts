// Vietnamese search on the built site: with or without marks, đ included, NFD and capitals,
// old and new unit names, decision numbers, filters, the no-result state, lazy loading.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './helpers.ts';

async function search(page: Page, q: string, params = ''): Promise<string[]> {
  await page.goto(`/tim-kiem/?q=${encodeURIComponent(q)}${params}`);
  await expect(page.locator('#search-status')).toContainText(`«${q.trim()}»`);
  return page.$$eval('#search-results li > a', (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

const nfd = (s: string) => s.normalize('NFD');

// Each query must have the expected page among its first three results.
const QUERIES: [string, string][] = [
  ['cu chi', '/huyen/cu-chi/'],
  ['Củ Chi', '/huyen/cu-chi/'],
  ['CU CHI', '/huyen/cu-chi/'],
  ['hoc mon', '/huyen/hoc-mon/'],
  ['Hóc Môn', '/huyen/hoc-mon/'],
  ['kieu mau', '/muc-tieu/'],
  ['nong thon moi nang cao', '/tieu-chi/'],
  ['da phuoc', '/xa/da-phuoc/'],
  ['Đa Phước', '/xa/da-phuoc/'],
  ['DA PHUOC', '/xa/da-phuoc/'],
  ['dong thanh', '/xa/dong-thanh/'],
  [nfd('Đông Thạnh'), '/xa/dong-thanh/'],
  ['tan thanh dong', '/xa/tan-thanh-dong/'],
  ['thanh an xa dao', '/xa/thanh-an/'],
  ['tan thong hoi', '/xa/tan-thong-hoi/'],
  ['binh chanh', '/huyen/binh-chanh/'],
  ['nha be', '/huyen/nha-be/'],
  ['can gio', '/huyen/can-gio/'],
  ['thi tran can thanh', '/xa/thi-tran-can-thanh/'],
  ['trung chanh', '/xa/trung-chanh/'],
  ['vinh loc a', '/xa/vinh-loc-a/'],
  ['phuoc vinh an', '/xa/phuoc-vinh-an/'],
  // Post-2025 commune name → the old unit it came from.
  ['tan vinh loc', '/xa/vinh-loc-b/'],
  ['Tân Vĩnh Lộc', '/xa/vinh-loc-b/'],
  // Decision numbers, with and without đ.
  ['511/QĐ-TTg', '/huyen/can-gio/'],
  ['511/QD-TTg', '/huyen/can-gio/'],
  ['bo tieu chi', '/tieu-chi/'],
  ['sap xep don vi hanh chinh', '/sap-xep-2025/'],
  ['xa thi diem', '/lich-su/'],
  // Key phrases of stories.
  ['vuon lan dendrobium', '/mo-hinh/vuon-lan-nhuan-duc/'],
  ['bắp giống Thái Mỹ', '/mo-hinh/bap-giong-thai-my/'],
  ['rau muong vietgap', '/mo-hinh/rau-muong-vietgap-nhi-binh/'],
];

for (const [q, want] of QUERIES) {
  test(`search ${JSON.stringify(q)} finds ${want} in the top 3`, async ({ page }) => {
    const got = await search(page, q);
    expect(got.slice(0, 3), got.join(' ')).toContain(want);
  });
}

test('an exact-mark query ranks the exact match first', async ({ page }) => {
  expect((await search(page, 'Đông Thạnh'))[0]).toBe('/xa/dong-thanh/');
  expect((await search(page, 'Phước Lộc'))[0]).toBe('/xa/phuoc-loc/');
});

test('the index contains "dòng", so an ASCII "dong" cannot pass by accident', async ({ page }) => {
  // "dòng" also starts unit names (Đông Thạnh), so the full text is asked for.
  expect(await search(page, 'dòng', '&toan-van=1')).toContain('/phuong-phap/');
});

test('"dat chuan" finds pages with "đạt chuẩn", highlighted', async ({ page }) => {
  const got = await search(page, 'dat chuan');
  expect(got.length).toBeGreaterThan(3);
  await expect(page.locator('#search-results mark').first()).toHaveText(/^đạt$|^chuẩn$/i);
});

test('a search with no result shows what to try', async ({ page }) => {
  expect(await search(page, 'zzzqqq xyzw')).toEqual([]);
  await expect(page.locator('#search-help')).toBeVisible();
  await expect(page.locator('#search-help')).toContainText('danh sách huyện và xã');
});

// With the unit names alone, and with the full-text search asked for (?toan-van=1).
for (const fullText of ['', '&toan-van=1']) {
  const how = fullText ? ', full text included' : ', unit names only';
  test(`the district filter narrows results to that district${how}`, async ({ page }) => {
    const all = await search(page, 'phuoc', fullText);
    const nhaBe = await search(page, 'phuoc', `&huyen=${encodeURIComponent('Nhà Bè')}${fullText}`);
    expect(nhaBe.length).toBeGreaterThan(0);
    expect(nhaBe.length).toBeLessThan(all.length);
    for (const info of await page.$$eval('#search-results li .source', (ps) =>
      ps.map((p) => p.textContent ?? ''),
    ))
      expect(info).toContain('Nhà Bè');
  });

  test(`the type filter narrows results to communes${how}`, async ({ page }) => {
    await search(page, 'can gio', `&loai=${encodeURIComponent('Xã')}${fullText}`);
    const infos = await page.$$eval('#search-results li .source', (ps) =>
      ps.map((p) => p.textContent ?? ''),
    );
    expect(infos.length).toBeGreaterThan(0);
    for (const info of infos) expect(info.startsWith('Xã')).toBe(true);
  });
}

test('a story result says it is a story, with its district', async ({ page }) => {
  await search(page, 'vuon lan dendrobium');
  await expect(page.locator('#search-results li').first().locator('.source')).toHaveText(
    'Mô hình · Củ Chi',
  );
});

test('Pagefind loads only for a query the unit names do not answer, or when asked for', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/')) fetched.push(r.url());
  });
  await page.goto('/');
  await page.goto('/tim-kiem/');
  await page.waitForLoadState('networkidle');
  await page.focus('#search-q');
  await page.keyboard.type('da phuoc', { delay: 30 });
  await expect(page.locator('#search-status')).toHaveText(
    '1 tên xã, thị trấn, huyện khớp «da phuoc».',
  );
  await expect(page.locator('#search-results li > a')).toHaveAttribute('href', '/xa/da-phuoc/');
  await page.waitForLoadState('networkidle');
  expect(fetched, 'a unit name costs no Pagefind file').toEqual([]);
  // The button adds the full-text search, and the URL keeps it.
  const button = page.locator('#search-fulltext');
  await expect(button).toBeVisible();
  await expect(button).toHaveText('Tìm cả trong nội dung các trang');
  await button.click();
  await expect(page.locator('#search-status')).toContainText('kết quả cho «da phuoc»');
  await expect(button).toBeHidden();
  await expect(page.locator('#search-q')).toBeFocused();
  expect(fetched.length).toBeGreaterThan(0);
  const hrefs = await page.$$eval('#search-results li > a', (as) =>
    as.map((a) => a.getAttribute('href')),
  );
  expect(hrefs[0]).toBe('/xa/da-phuoc/');
  expect(hrefs.length).toBeGreaterThan(1);
  await expect(page).toHaveURL(/\?q=da\+phuoc&toan-van=1$/);
  // Later queries keep it.
  await page.fill('#search-q', 'tan nhut');
  await expect(page.locator('#search-status')).toContainText('kết quả cho «tan nhut»');
  await expect(page).toHaveURL(/\?q=tan\+nhut&toan-van=1$/);
  // Any other query goes to Pagefind at once.
  fetched.length = 0;
  await page.goto('/tim-kiem/?q=kieu+mau');
  await expect(page.locator('#search-status')).toContainText('kết quả cho «kieu mau»');
  await expect(page.locator('#search-fulltext')).toBeHidden();
  expect(fetched.length).toBeGreaterThan(0);
});

test('the header box on every page submits to the search page', async ({ page }) => {
  await page.goto('/xa/thai-my/');
  await page.fill('#q-header', 'da phuoc');
  await page.press('#q-header', 'Enter');
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=da\+phuoc/);
  await expect(page.locator('#search-results li > a').first()).toHaveAttribute(
    'href',
    '/xa/da-phuoc/',
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page explains that search needs JavaScript and links the commune list', async ({
    page,
  }) => {
    await page.goto('/tim-kiem/?q=da+phuoc');
    await expect(page.locator('#search-nojs')).toBeVisible();
    await expect(
      page.locator('#search-nojs').getByRole('link', { name: 'danh sách huyện và xã' }),
    ).toHaveAttribute('href', '/huyen/');
  });
});

test('search is usable by keyboard alone', async ({ page }) => {
  await page.goto('/tim-kiem/');
  await page.keyboard.press('Tab'); // skip link
  let guard = 0;
  while (!(await page.evaluate(() => document.activeElement?.id === 'search-q')) && guard++ < 30)
    await page.keyboard.press('Tab');
  await page.keyboard.type('tan nhut');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-status')).toContainText('khớp «tan nhut»');
  // The full-text button, by keyboard; the keyboard then goes back to the box.
  while (
    !(await page.evaluate(() => document.activeElement?.id === 'search-fulltext')) &&
    guard++ < 40
  )
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-status')).toContainText('kết quả');
  await expect(page.locator('#search-q')).toBeFocused();
  // Reaching the first result and following it.
  while (
    !(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)) &&
    guard++ < 60
  )
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/xa\/tan-nhut\/$/);
});

test('results follow the typing without reloading the page, and the URL follows the query', async ({
  page,
}) => {
  await page.goto('/tim-kiem/');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.focus('#search-q');
  await page.keyboard.type('da ph', { delay: 40 });
  await expect(page.locator('#search-results li > a').first()).toHaveAttribute(
    'href',
    '/xa/da-phuoc/',
  );
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=da\+ph$/);
  await page.keyboard.type('uoc', { delay: 40 });
  await expect(page.locator('#search-status')).toContainText('«da phuoc»');
  await expect(page).toHaveURL(/\?q=da\+phuoc$/);
  expect(
    await page.evaluate(() => (window as unknown as { marker?: number }).marker),
    'the page was not reloaded',
  ).toBe(1);
});

test('the back button restores the previous query and its results', async ({ page }) => {
  await page.goto('/tim-kiem/');
  await page.fill('#search-q', 'da phuoc');
  await expect(page.locator('#search-status')).toContainText('«da phuoc»');
  // A pause settles the query; the next one gets its own history entry.
  await page.waitForTimeout(1200);
  await page.fill('#search-q', 'tan nhut');
  await expect(page.locator('#search-status')).toContainText('«tan nhut»');
  await expect(page).toHaveURL(/\?q=tan\+nhut$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=da\+phuoc$/);
  await expect(page.locator('#search-status')).toContainText('«da phuoc»');
  await expect(page.locator('#search-q')).toHaveValue('da phuoc');
  await expect(page.locator('#search-results li > a').first()).toHaveAttribute(
    'href',
    '/xa/da-phuoc/',
  );
  await page.goForward();
  await expect(page.locator('#search-status')).toContainText('«tan nhut»');
});

test('unit names answer first, typed without marks, with the name a unit became in 2025', async ({
  page,
}) => {
  await page.goto('/tim-kiem/?q=tan+vinh+loc&toan-van=1');
  await expect(page.locator('#search-status')).toContainText('kết quả cho «tan vinh loc»');
  const first = page.locator('#search-results li').first();
  await expect(first.locator('a')).toHaveAttribute('href', /\/xa\/(vinh-loc-b|pham-van-hai)\//);
  await expect(first).toContainText('Từ 01/07/2025 thuộc Xã Tân Vĩnh Lộc');
  // A unit never appears twice, once from the list and once from Pagefind.
  const hrefs = await page.$$eval('#search-results li > a', (as) =>
    as.map((a) => a.getAttribute('href')),
  );
  expect(new Set(hrefs).size).toBe(hrefs.length);
});

test('the header box suggests unit names as a combobox, by keyboard alone', async ({ page }) => {
  await page.goto('/xa/thai-my/');
  await page.keyboard.press('Tab'); // skip link
  let guard = 0;
  while (!(await page.evaluate(() => document.activeElement?.id === 'q-header')) && guard++ < 10)
    await page.keyboard.press('Tab');
  await page.keyboard.type('dong th', { delay: 30 });
  const box = page.locator('#q-header');
  await expect(box).toHaveAttribute('role', 'combobox');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const options = page.locator(`#${await box.getAttribute('aria-controls')} [role="option"]`);
  await expect(options.first()).toContainText('Xã Đông Thạnh');
  await expect(page.getByRole('status').filter({ hasText: 'gợi ý' })).toContainText(/\d+ gợi ý/);
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute(
    'aria-activedescendant',
    (await options.first().getAttribute('id'))!,
  );
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(box).not.toHaveAttribute('aria-activedescendant', /./);
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/xa\/dong-thanh\/$/);
});

test('the open suggestion list passes axe at 1280 and 320 px', async ({ page }) => {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/huyen/cu-chi/');
    await page.focus('#q-header');
    await page.keyboard.type('phuoc', { delay: 30 });
    await expect(page.locator('#q-header')).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page), `at ${width} px`).toEqual([]);
  }
});

test('Enter with no suggestion chosen still searches the whole site', async ({ page }) => {
  await page.goto('/');
  await page.focus('#q-header');
  await page.keyboard.type('bap giong', { delay: 30 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=bap\+giong/);
  await expect(page.locator('#search-results li > a').first()).toHaveAttribute(
    'href',
    '/mo-hinh/bap-giong-thai-my/',
  );
});

test.describe('header box without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('is a plain form that submits to the search page', async ({ page }) => {
    await page.goto('/xa/thai-my/');
    await expect(page.locator('#q-header')).not.toHaveAttribute('role', /./);
    await page.fill('#q-header', 'da phuoc');
    await page.press('#q-header', 'Enter');
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=da\+phuoc/);
  });
});

test('a refined query shows its unit names while the full-text search is still running', async ({
  page,
}) => {
  // Pagefind's index waits until released: the full-text search of each query stays pending.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let heldRequests = 0;
  await page.route('**/pagefind/index/**', async (route) => {
    heldRequests++;
    await held;
    await route.continue();
  });
  await page.goto('/tim-kiem/?q=tan+thong&toan-van=1');
  await expect(page.locator('#search-results li > a').first()).toBeVisible();
  // A refinement, then another name.
  await page.fill('#search-q', 'tan thong hoi');
  await expect(page.locator('#search-results li > a').first()).toHaveAttribute(
    'href',
    '/xa/tan-thong-hoi/',
  );
  await page.fill('#search-q', 'da phuoc');
  await expect(page.locator('#search-results li > a').first()).toHaveAttribute(
    'href',
    '/xa/da-phuoc/',
  );
  await expect
    .poll(() => heldRequests, { message: 'the full-text search waits for its index' })
    .toBeGreaterThan(0);
  await expect(page.locator('#search-status')).toHaveText('Đang tìm thêm…');
  release();
  await expect(page.locator('#search-status')).toContainText('«da phuoc»');
  expect(await page.locator('#search-results li > a').count()).toBeGreaterThan(1);
});

test('the first query fetches only its part of the unit list, and no filter data', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/^\/(tim-kiem\/don-vi|en\/search\/units|pagefind\/filter)/.test(path)) fetched.push(path);
  });
  const pagefind: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/')) pagefind.push(r.url());
  });
  await search(page, 'tan thong hoi');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual(['/tim-kiem/don-vi/ta.json']);
  expect(pagefind, 'nor any Pagefind file').toEqual([]);
  // This list is small, so its part is the whole list: later queries need nothing more.
  await page.fill('#search-q', 'tan thong');
  await expect(page.locator('#search-status')).toContainText('«tan thong»');
  await page.fill('#search-q', 'xa da phuoc');
  await expect(page.locator('#search-status')).toContainText('«xa da phuoc»');
  expect(fetched).toEqual(['/tim-kiem/don-vi/ta.json']);
  // A filter loads Pagefind's filter data only then.
  await search(page, 'kieu mau', `&huyen=${encodeURIComponent('Nhà Bè')}`);
  expect(fetched.some((p) => p.startsWith('/pagefind/filter/'))).toBe(true);
  // The English edition's parts, with English names.
  fetched.length = 0;
  await page.goto('/en/search/?q=tan+thong+hoi');
  await expect(page.locator('#search-results li > a').first()).toHaveText('Tân Thông Hội commune');
  expect(fetched).toEqual(['/en/search/units/ta.json']);
});

test('the header box fetches one part of the unit list, not the whole list', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/tim-kiem/don-vi')) fetched.push(path);
  });
  await page.goto('/xa/thai-my/');
  await page.focus('#q-header');
  // The suggestions' module loads on focus: once it is there, the first letter is its first query
  // (typed before, "ph" or "pho" would be, which is right but not what this checks).
  await expect(page.locator('#q-header')).toHaveAttribute('role', 'combobox');
  await page.keyboard.type('phuoc', { delay: 30 });
  await expect(page.locator('#q-header')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.type(' vinh an', { delay: 30 });
  await expect(page.locator('.suggestions [role="option"]').first()).toContainText(
    'Xã Phước Vĩnh An',
  );
  // "p", and "ph" when typed before "p" arrived; never the whole list.
  expect(fetched[0]).toBe('/tim-kiem/don-vi/p.json');
  expect(fetched.length).toBeLessThanOrEqual(2);
  for (const path of fetched) expect(path).toMatch(/^\/tim-kiem\/don-vi\/ph?\.json$/);
});

for (const [what, params] of [
  ['unit names', ''],
  ['full text', '&toan-van=1'],
] as const) {
  test(`the search page holds still while results arrive (${what})`, async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
          w.shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await search(page, 'tan thong hoi', params);
    if (params) await expect(page.locator('#search-status')).toContainText('kết quả cho');
    const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
    expect(shift, 'cumulative layout shift').toBeLessThanOrEqual(0.01);
  });
}
