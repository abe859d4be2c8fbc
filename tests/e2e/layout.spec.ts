// Readable at 320 px, without JavaScript, and with nothing shipped to run on district and commune pages.
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';

for (const path of ['/', '/huyen/cu-chi/', '/xa/tan-thong-hoi/', '/muc-tieu/', '/lich-su/', '/sap-xep-2025/']) {
  test(`${path} fits a 320 px screen without horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

// Fonts held back 400 ms, as on a slow connection: the page must not re-flow when they arrive,
// nor when the map script lays out its controls (Lighthouse measured CLS 0.146 before).
for (const path of ['/', '/xa/tan-thong-hoi/', '/ban-do/', '/mo-hinh/bap-giong-thai-my/']) {
  test(`${path} does not move under the reader while it loads (layout shift under 0.01)`, async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.route('**/*.woff2', async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(() => new Promise<number>((resolve) => {
      let sum = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) sum += (e as PerformanceEntry & { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => resolve(sum), 300);
    }));
    expect(shift).toBeLessThan(0.01);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the overview chart, its caption and its table are all there', async ({ page }) => {
    await page.goto('/');
    const fig = page.locator('figure#bieu-do-xa-dat-chuan');
    await expect(fig.locator('svg[role="img"]')).toHaveCount(1);
    await expect(fig.locator('figcaption')).toContainText('Số liệu tính đến');
    await expect(fig.locator('table').first()).toBeAttached();
  });
});

test('district and commune pages ship only the header box\'s bootstrap, which fetches nothing until the box is focused', async ({ page }) => {
  for (const dir of ['dist/huyen', 'dist/xa']) {
    for (const slug of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const html = readFileSync(`${dir}/${slug.name}/index.html`, 'utf8');
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts, `${dir}/${slug.name}`).toHaveLength(1);
      expect(scripts[0], `${dir}/${slug.name}`).toMatch(/^<script type="module" src="\/_astro\/Base\.astro_astro_type_script_index_0_lang\.[\w-]+\.js">$/);
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

test('every chart is a figure with a caption and a table of the same numbers', async ({ page }) => {
  for (const path of ['/', '/lich-su/', '/huyen/binh-chanh/']) {
    await page.goto(path);
    const figs = page.locator('main figure:has(svg.chart)');
    expect(await figs.count()).toBeGreaterThan(0);
    for (const f of await figs.all()) {
      await expect(f.locator('figcaption')).toContainText('Số liệu tính đến');
      expect(await f.locator('table').count()).toBeGreaterThan(0);
      await expect(f).toHaveAttribute('id', /.+/);
    }
  }
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
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
  });
  const violations = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  test('search and the map work with no violation', async ({ page }) => {
    await page.goto('/tim-kiem/?q=tan%20thong%20hoi');
    await expect(page.locator('#search-results a').first()).toHaveAttribute('href', /tan-thong-hoi/);
    await page.goto('/ban-do/');
    await page.locator('#map-year').fill('2012');
    await expect(page.locator('#map-status')).toContainText('2012');
    expect(await violations(page)).toEqual([]);
  });

  test('an injected inline script and a request to another origin are refused', async ({ page }) => {
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
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  });
});
