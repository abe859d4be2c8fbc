// Readable at 320 px, without JavaScript, and with nothing shipped to run on district and commune pages.
// Sideways scrolling itself is checked on every page at 320 and 375 px by every-page.spec.ts.
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import sharp from 'sharp';
import {
  chartTableProblems,
  horizontalOverflow,
  langOfPath,
  sitemapPaths,
  tableScrollProblems,
} from './helpers.ts';

test('the reflow check names the overflow and the element past the edge, and lets a scroll box hold its own', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/muc-tieu/');
  expect(await horizontalOverflow(page)).toBeNull();
  expect(await tableScrollProblems(page)).toEqual([]);
  // Wider than the screen inside a table's scroll box: the page still fits.
  await page.evaluate(() => {
    const wide = document.createElement('div');
    wide.style.width = '900px';
    wide.textContent = 'rộng';
    document.querySelector('main .table-scroll')!.append(wide);
  });
  expect(await horizontalOverflow(page)).toBeNull();
  // An unbreakable token in running text: the page scrolls, and the paragraph is named.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'chuoi-dai';
    p.style.overflowWrap = 'normal';
    p.textContent = 'QĐ-' + '0123456789'.repeat(40);
    document.querySelector('main')!.append(p);
  });
  const found = await horizontalOverflow(page);
  expect(found).not.toBeNull();
  expect(found!.width).toBe(320);
  expect(found!.overflow).toBeGreaterThan(1000);
  expect(found!.culprit).toMatch(/^<p#chuoi-dai> reaches \d+ px: "QĐ-0123/);
  // A table outside a scroll box is named too.
  await page.evaluate(() => {
    const t = document.createElement('table');
    t.innerHTML = '<caption>Bảng trần</caption><tr><td>1</td></tr>';
    document.querySelector('main')!.append(t);
  });
  expect(await tableScrollProblems(page)).toEqual([
    'table "Bảng trần" is not in a scroll box (TableScroll)',
  ]);
});

/**
 * A screenshot of the viewport's full width over one element's rows, saved to
 * tests/output/screens/ and attached to the report, decoded to RGB for the checks below.
 */
async function shotAcross(page: Page, selector: string, name: string, info: TestInfo) {
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  const box = (await el.boundingBox())!;
  const width = page.viewportSize()!.width;
  mkdirSync('tests/output/screens', { recursive: true });
  const png = await page.screenshot({
    clip: { x: 0, y: box.y, width, height: box.height },
    path: `tests/output/screens/${name}.png`,
  });
  await info.attach(name, { body: png, contentType: 'image/png' });
  const { data, info: raw } = await sharp(png)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) =>
    [...data.subarray((y * raw.width + x) * 3, (y * raw.width + x) * 3 + 3)] as [
      number,
      number,
      number,
    ];
  /** Columns [from, to) where some pixel is within 40 of the colour (summed over channels). */
  const columnsWith = (rgb: [number, number, number], from = 0, to = raw.width) => {
    const cols: number[] = [];
    for (let x = from; x < to; x++) {
      for (let y = 0; y < raw.height; y++) {
        const p = at(x, y);
        if (Math.abs(p[0] - rgb[0]) + Math.abs(p[1] - rgb[1]) + Math.abs(p[2] - rgb[2]) <= 40) {
          cols.push(x);
          break;
        }
      }
    }
    return cols;
  };
  /** Columns [from, to) with any pixel that is not near white: ink. */
  const inkedColumns = (from: number, to: number) => {
    const cols: number[] = [];
    for (let x = from; x < to; x++) {
      for (let y = 0; y < raw.height; y++)
        if (at(x, y).some((c) => c < 235)) {
          cols.push(x);
          break;
        }
    }
    return cols;
  };
  return { width: raw.width, columnsWith, inkedColumns };
}

const ACCENT: [number, number, number] = [0x1f, 0x5f, 0x3a];
const LINK: [number, number, number] = [0x0b, 0x4f, 0x8a];

for (const [path, button] of [
  ['/', 'Tìm'],
  ['/en/', 'Search'],
] as const) {
  test(`${path} at 320 px: the header's search box and its whole "${button}" button are drawn inside the screen (screenshot)`, async ({
    page,
  }, info) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    await expect(page.locator('.site-search button')).toHaveText(button);
    const shot = await shotAcross(
      page,
      '.site-search',
      `header-320${path === '/' ? '' : '-en'}`,
      info,
    );
    expect(shot.width).toBe(320);
    // The button is a solid block of the accent colour: wide enough to hold its word, and ending
    // before the page's 16 px margin, which stays blank.
    const green = shot.columnsWith(ACCENT);
    expect(green.length).toBeGreaterThan(40);
    expect(Math.max(...green)).toBeLessThan(320 - 16);
    expect(shot.inkedColumns(320 - 14, 320)).toEqual([]);
    // The search box's dark border is drawn at its left and the box keeps a usable width.
    const box = (await page.locator('#q-header').boundingBox())!;
    expect(box.width).toBeGreaterThan(120);
    expect(box.x + box.width).toBeLessThan(Math.min(...green));
  });
}

test('/nguon/ at 320 px: a source with a 2,800 px URL wraps inside the column (screenshot)', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/nguon/#cangio-gov-2021-04-ntm');
  await page.evaluate(() => document.fonts.ready);
  const link = page.locator('#cangio-gov-2021-04-ntm a[rel~="external"]');
  expect((await link.getAttribute('href'))!.length).toBeGreaterThan(200);
  // The URL runs over several lines, none of them past the column.
  const lines = await link.evaluate((a) => [...a.getClientRects()].map((r) => Math.round(r.right)));
  expect(lines.length).toBeGreaterThan(5);
  for (const right of lines) expect(right).toBeLessThanOrEqual(320 - 16 + 1);
  const shot = await shotAcross(
    page,
    '#cangio-gov-2021-04-ntm > p:first-child',
    'source-long-url-320',
    info,
  );
  // Link-coloured text fills its lines up to the column's edge, and the margin stays blank.
  expect(Math.max(...shot.columnsWith(LINK))).toBeGreaterThan(320 - 16 - 40);
  expect(shot.inkedColumns(320 - 14, 320)).toEqual([]);
});

// Fonts held back 400 ms, as on a slow connection: the page must not re-flow when they arrive,
// nor when the map script lays out its controls (Lighthouse measured CLS 0.146 before).
for (const path of ['/', '/xa/tan-thong-hoi/', '/ban-do/', '/mo-hinh/bap-giong-thai-my/']) {
  test(`${path} does not move under the reader while it loads (layout shift under 0.01)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.route('**/*.woff2', async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries())
              sum += (e as PerformanceEntry & { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(sum), 300);
        }),
    );
    expect(shift).toBeLessThan(0.01);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the overview chart, its caption and its table are all there', async ({ page }) => {
    await page.goto('/');
    const fig = page.locator('figure#bieu-do-xa-dat-chuan');
    await expect(fig.locator('svg[role="img"]')).toHaveCount(1);
    await expect(fig.locator('figcaption')).toContainText('Số liệu mới nhất: ');
    await expect(fig.locator('table').first()).toBeAttached();
  });
});

test("district and commune pages ship only the header box's bootstrap, which fetches nothing until the box is focused", async ({
  page,
}) => {
  for (const dir of ['dist/huyen', 'dist/xa']) {
    for (const slug of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const html = readFileSync(`${dir}/${slug.name}/index.html`, 'utf8');
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts, `${dir}/${slug.name}`).toHaveLength(1);
      expect(scripts[0], `${dir}/${slug.name}`).toMatch(
        /^<script type="module" src="\/_astro\/Base\.astro_astro_type_script_index_0_lang\.[\w-]+\.js">$/,
      );
    }
  }
  const fetched: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.endsWith('.js') || u.pathname.endsWith('.json')) fetched.push(u.pathname);
  });
  await page.goto('/xa/thai-my/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => !p.includes('Base.astro_astro_type_script'))).toEqual([]);
  await page.focus('#q-header');
  await expect.poll(() => fetched.some((p) => p.includes('/_astro/suggest'))).toBe(true);
});

// Every page with a chart, in both editions.
const CHART_PAGES = sitemapPaths('dist').filter((p) =>
  readFileSync(`dist${p}index.html`, 'utf8').includes('class="chart"'),
);

test('every chart is a figure with a caption and a table of the same numbers', async ({ page }) => {
  expect(CHART_PAGES).toEqual(
    expect.arrayContaining(['/', '/lich-su/', '/huyen/binh-chanh/', '/en/']),
  );
  for (const path of CHART_PAGES) {
    await page.goto(path);
    const figs = page.locator('main figure:has(svg.chart)');
    expect(await figs.count(), path).toBeGreaterThan(0);
    for (const f of await figs.all()) {
      await expect(f.locator('figcaption')).toContainText(
        langOfPath(path) === 'en' ? 'Newest data: ' : 'Số liệu mới nhất: ',
      );
      expect(await f.locator('table').count()).toBeGreaterThan(0);
      await expect(f).toHaveAttribute('id', /.+/);
    }
    expect(await chartTableProblems(page), path).toEqual([]);
  }
});

test('the chart check reads the drawing back and names the chart whose table says otherwise', async ({
  page,
}) => {
  await page.goto('/huyen/binh-chanh/');
  expect(await chartTableProblems(page)).toEqual([]);
  // One count and one published total changed in the table, as a stale table would show them.
  await page.evaluate(() => {
    const fig = document.querySelector('main figure:has(svg.chart)')!;
    const cell = [...fig.querySelectorAll('td[data-count-id]')].find((td) =>
      /^\d+$/.test(td.textContent.trim()),
    )!;
    cell.textContent = String(Number(cell.textContent) + 1);
    const total = fig.querySelector('td[data-figure-id]')!;
    total.textContent = total.textContent.replace(/^\d+/, (n) => String(Number(n) + 1));
  });
  expect(await chartTableProblems(page)).toEqual([
    expect.stringMatching(
      /^#bieu-do-binh-chanh: ntm \d{4}: the table says \d+, the chart's line is at \d+$/,
    ),
    expect.stringMatching(
      /^#bieu-do-binh-chanh: ntm \d{4}: the table says \d+, the chart's band spans \d+ to \d+$/,
    ),
    expect.stringMatching(
      /^#bieu-do-binh-chanh: the marker ".+" has no row of the same numbers in the published totals$/,
    ),
    expect.stringMatching(
      /^#bieu-do-binh-chanh: f-[\w-]+: a published total in the table with no marker in the chart$/,
    ),
  ]);
});

test('every internal link and #anchor in both builds resolves to a file and an id', async () => {
  const { checkLinks } = await import('../../scripts/check-links.ts');
  for (const dist of ['dist', 'tests/output/dist-synthetic']) {
    const r = checkLinks(dist);
    expect(r.internal).toBeGreaterThan(100);
    expect(r.problems, dist).toEqual([]);
  }
});

test.describe('under the Content-Security-Policy', () => {
  // Violations are reported to the page as events; collect them from the first script on.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { cspViolations: string[] }).cspViolations.push(
          `${e.violatedDirective} ${e.blockedURI}`,
        );
      });
    });
  });
  const violations = (page: import('@playwright/test').Page) =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  test('search and the map work with no violation', async ({ page }) => {
    await page.goto('/tim-kiem/?q=tan%20thong%20hoi');
    await expect(page.locator('#search-results a').first()).toHaveAttribute(
      'href',
      /tan-thong-hoi/,
    );
    await page.goto('/ban-do/');
    await page.locator('#map-year').fill('2012');
    await expect(page.locator('#map-status')).toContainText('2012');
    expect(await violations(page)).toEqual([]);
  });

  test('an injected inline script and a request to another origin are refused', async ({
    page,
  }) => {
    await page.goto('/');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.append(s);
      const img = document.createElement('img');
      img.src = 'https://tracker.example.com/p.gif';
      document.body.append(img);
    });
    await expect.poll(() => violations(page)).toHaveLength(2);
    expect(
      await page.evaluate(() => (window as unknown as { injected?: boolean }).injected),
    ).toBeUndefined();
  });
});

for (const path of ['/tim-kiem/', '/en/search/']) {
  test(`${path}: the search box is wide enough to read a commune's name at 320 and 1280 px`, async ({
    page,
  }) => {
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(path);
      const box = (await page.locator('#search-q').boundingBox())!;
      expect(box.width, `at ${width} px`).toBeGreaterThan(180);
      expect(box.x + box.width, `at ${width} px`).toBeLessThanOrEqual(width - 16);
    }
  });
}
