// Stories: the list (newest first, filters without JavaScript), story pages, drafts kept
// out of the build, the RSS feed, and links from commune, district and overview pages.
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';

interface Front {
  title: string;
  published: Date;
  communes: string[];
  draft?: boolean;
  modelType: string;
  sources: string[];
}
const stories = readdirSync('content/stories')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(`content/stories/${f}`, 'utf8');
    return {
      slug: f.replace(/\.mdx$/, ''),
      ...(parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Front),
    };
  });
const published = stories
  .filter((s) => !s.draft)
  .sort((a, b) => +new Date(b.published) - +new Date(a.published) || a.slug.localeCompare(b.slug));
const drafts = stories.filter((s) => s.draft);

test('there are at least 10 published stories and at least one draft to keep out', () => {
  expect(published.length).toBeGreaterThanOrEqual(10);
  expect(drafts.length).toBeGreaterThanOrEqual(1);
});

test('the list shows every published story, newest first', async ({ page }) => {
  await page.goto('/mo-hinh/');
  const hrefs = await page.$$eval('.story-list li h2 a', (as) =>
    as.map((a) => a.getAttribute('href')),
  );
  expect(hrefs).toEqual(published.map((s) => `/mo-hinh/${s.slug}/`));
});

test('drafts are absent from the build, the list, the feed and the sitemap', async ({ page }) => {
  for (const d of drafts) {
    expect(existsSync(`dist/mo-hinh/${d.slug}`)).toBe(false);
    expect(readFileSync('dist/mo-hinh/rss.xml', 'utf8')).not.toContain(d.slug);
    expect(readFileSync('dist/sitemap.xml', 'utf8')).not.toContain(d.slug);
  }
  await page.goto('/mo-hinh/');
  for (const d of drafts) await expect(page.locator('main')).not.toContainText(d.title);
});

test('the district filter is a plain link that works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('http://localhost:4391/mo-hinh/');
  await page.locator('.story-filters').getByRole('link', { name: 'Cần Giờ', exact: true }).click();
  await expect(page).toHaveURL(/\/mo-hinh\/huyen\/can-gio\/$/);
  const titles = await page.$$eval('.story-list li h2 a', (as) => as.map((a) => a.textContent));
  expect(titles).toContain(published.find((s) => s.slug === 'xa-dao-thanh-an')!.title);
  expect(titles).not.toContain(published.find((s) => s.slug === 'vuon-lan-nhuan-duc')!.title);
  await context.close();
});

test('the model-type filter lists only that type', async ({ page }) => {
  await page.goto('/mo-hinh/loai/ocop/');
  const hrefs = await page.$$eval('.story-list li h2 a', (as) =>
    as.map((a) => a.getAttribute('href')),
  );
  expect(hrefs.sort()).toEqual(
    published
      .filter((s) => s.modelType === 'ocop')
      .map((s) => `/mo-hinh/${s.slug}/`)
      .sort(),
  );
});

test('a story page shows its communes, its sources and related stories', async ({ page }) => {
  const s = published.find((x) => x.slug === 'bap-giong-thai-my')!;
  await page.goto(`/mo-hinh/${s.slug}/`);
  await expect(page.locator('h1')).toHaveText(s.title);
  await expect(page.locator('aside').getByRole('link', { name: 'Xã Thái Mỹ' })).toHaveAttribute(
    'href',
    '/xa/thai-my/',
  );
  await expect(page.locator('aside li .source')).toHaveCount(s.sources.length);
  expect(await page.locator('#lien-quan ~ ul li').count()).toBeGreaterThan(0);
  // Every <Stat> shows an as-of date and a source link.
  const stats = await page.locator('.stat').all();
  expect(stats.length, 'this story cites figures with <Stat>').toBeGreaterThan(0);
  for (const stat of stats) {
    await expect(stat).toContainText('tính đến');
    await expect(stat.locator('a[href^="/nguon/#"]').first()).toBeAttached();
  }
});

test('commune and district pages list their stories; the overview shows the latest three', async ({
  page,
}) => {
  await page.goto('/xa/thanh-an/');
  await expect(page.locator('#mo-hinh ~ ul')).toContainText(
    published.find((s) => s.slug === 'xa-dao-thanh-an')!.title,
  );
  await page.goto('/huyen/cu-chi/');
  await expect(page.locator('#mo-hinh ~ ul')).toContainText(
    published.find((s) => s.slug === 'vuon-lan-nhuan-duc')!.title,
  );
  await page.goto('/');
  const latest = await page.$$eval('#mo-hinh ~ ul li h3 a', (as) =>
    as.map((a) => a.getAttribute('href')),
  );
  expect(latest).toEqual(published.slice(0, 3).map((s) => `/mo-hinh/${s.slug}/`));
});

test('the RSS feed is valid XML listing every published story with absolute links', async ({
  page,
  request,
}) => {
  const xml = await (await request.get('/mo-hinh/rss.xml')).text();
  await page.goto('/');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      version: doc.documentElement.getAttribute('version'),
      links: [...doc.querySelectorAll('item > link')].map((l) => l.textContent ?? ''),
      titles: [...doc.querySelectorAll('item > title')].map((t) => t.textContent ?? ''),
    };
  }, xml);
  expect(parsed.error).toBeNull();
  expect(parsed.version).toBe('2.0');
  expect(parsed.titles.sort()).toEqual(published.map((s) => s.title).sort());
  for (const l of parsed.links) expect(l).toMatch(/^https?:\/\/[^/]+\/mo-hinh\/[a-z0-9-]+\/$/);
});
