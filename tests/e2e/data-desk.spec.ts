// The data desk (/so-lieu/, /api/v1/, fact cards, embeds): downloads equal the source
// tables and their checksums, API files validate against their schemas, citations carry
// the value as shown, embeds load nothing from elsewhere, and normal pages stay light.
import { expect, test } from '@playwright/test';
import { NGINX_PORT } from '../../playwright.config.ts';
import Ajv2020 from 'ajv/dist/2020.js';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { formatDate } from '../../src/lib/format.ts';
import { formatFigureValue } from '../../src/lib/figures.ts';
import { TABLES } from '../../src/lib/schema/tables.ts';
import type { Stats } from '../../src/lib/stats/types.ts';
import { guard, readStats } from './helpers.ts';

const DIST = 'dist';
const reference = readStats<Stats['reference']>('reference');
const csvRows = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

test('every table download parses and equals its data/ table row for row', () => {
  for (const [name, t] of Object.entries(TABLES)) {
    const csv = readFileSync(join(DIST, 'so-lieu/tai-ve', `${name}.csv`), 'utf8');
    expect(csv.charCodeAt(0), `${name}.csv starts with a BOM`).not.toBe(0xfeff);
    const source = csvRows(readFileSync(join('data', t.file), 'utf8'));
    expect(csvRows(csv), `${name}.csv`).toEqual(source);
    const json = JSON.parse(readFileSync(join(DIST, 'so-lieu/tai-ve', `${name}.json`), 'utf8')) as {
      rows: Record<string, string | number | null>[];
    };
    const header = source[0]!;
    expect(
      json.rows.map((r) => header.map((h) => (r[h] === null ? '' : String(r[h])))),
      `${name}.json`,
    ).toEqual(source.slice(1));
  }
});

test('every file in datapackage.json is served with the size and SHA-256 it lists', () => {
  const pkg = JSON.parse(readFileSync(join(DIST, 'so-lieu/tai-ve/datapackage.json'), 'utf8')) as {
    resources: { path: string; bytes: number; hash: string }[];
  };
  expect(pkg.resources.length).toBeGreaterThan(30);
  for (const r of pkg.resources) {
    const bytes = readFileSync(join(DIST, 'so-lieu/tai-ve', r.path));
    expect(bytes.length, r.path).toBe(r.bytes);
    expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`, r.path).toBe(r.hash);
    if (r.path.endsWith('.json'))
      expect(() => {
        JSON.parse(bytes.toString('utf8'));
      }, r.path).not.toThrow();
  }
});

test('the data page offers the Excel workbook in one sentence, and serves it as listed', async ({
  page,
}) => {
  await page.goto('/so-lieu/');
  const link = page.locator('#excel a[download]');
  await expect(link).toHaveAttribute('href', '/so-lieu/tai-ve/ntm-tphcm.xlsx');
  await expect(page.locator('#excel')).toContainText('mở đúng tiếng Việt khi bấm đúp');
  await expect(page.locator('p.note').first()).toContainText('không có BOM');
  const res = await page.request.get('/so-lieu/tai-ve/ntm-tphcm.xlsx');
  expect(res.status()).toBe(200);
  const bytes = await res.body();
  expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip, as every .xlsx is
  const listed = (
    JSON.parse(readFileSync(join('src/generated/stats/release/files.json'), 'utf8')) as {
      name: string;
      sha256?: string;
    }[]
  ).find((f) => f.name === 'ntm-tphcm.xlsx')!;
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(listed.sha256);
});

test('every API file validates against the JSON Schema it documents', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const api = join(DIST, 'api/v1');
  const index = JSON.parse(readFileSync(join(api, 'index.json'), 'utf8')) as {
    endpoints: Record<string, { path: string; schema: string }>;
  };
  const schema = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8')) as object;
  expect(ajv.validate(schema('/api/v1/schemas/index.json'), index), ajv.errorsText()).toBe(true);
  let files = 0;
  for (const e of Object.values(index.endpoints)) {
    const validate = ajv.compile(schema(e.schema));
    const paths = e.path.includes('{')
      ? // The endpoint's files, without the .br and .gz copies written for the servers.
        readdirSync(join(DIST, e.path.slice(0, e.path.lastIndexOf('/'))))
          .filter((f) => f.endsWith('.json'))
          .map((f) => `${e.path.slice(0, e.path.lastIndexOf('/'))}/${f}`)
      : [e.path];
    for (const p of paths) {
      const body = JSON.parse(readFileSync(join(DIST, p), 'utf8')) as { api_version: string };
      expect(validate(body), `${p}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(body.api_version).toBe('1');
      files++;
    }
  }
  expect(files).toBeGreaterThan(reference.figures.length + 60);
});

test('a schema rejects a file with a renamed field (the validation can fail)', () => {
  const ajv = new Ajv2020({ strict: false });
  const schema = JSON.parse(
    readFileSync(join(DIST, 'api/v1/schemas/sources.json'), 'utf8'),
  ) as object;
  const body = JSON.parse(readFileSync(join(DIST, 'api/v1/sources.json'), 'utf8')) as {
    data: Record<string, unknown>[];
  };
  const first = body.data[0]!;
  first['url_moi'] = first['url'];
  delete first['url'];
  expect(ajv.validate(schema, body)).toBe(false);
});

test('a fact card cites the value as the district page shows it, the as-of date and the source title', async ({
  page,
}) => {
  const f = reference.figures.find((x) => x.scope === '783' && x.metric === 'units-reached')!;
  const src = reference.sources.find((s) => s.id === f.sourceId)!;
  await page.goto('/huyen/cu-chi/');
  const shown = (await page.locator(`[data-figure-id="${f.id}"]`).first().textContent())!.trim();
  expect(shown).toBe(formatFigureValue(f));
  // "Trích dẫn" is a plain link: it works without JavaScript.
  await page.locator(`tr[id="${f.id}"] a.cite-link`).first().click();
  await expect(page).toHaveURL(new RegExp(`/so-lieu/${f.id}/$`));
  for (const kind of ['sentence', 'apa', 'bibtex']) {
    const text = (await page.locator(`[data-cite="${kind}"]`).textContent())!;
    expect(text, kind).toContain(shown);
    expect(text, kind).toContain(formatDate(f.asOf));
    expect(text, kind).toContain(src.title);
  }
  await expect(page.locator('[data-cite="sentence"]')).toHaveText(
    /^Theo .+, tính đến .+, .+ là .+\.$/,
  );
  await expect(page.locator('[data-cite="permalink"]')).toHaveAttribute(
    'href',
    `/so-lieu/${f.id}/`,
  );
  const csv = await (await page.request.get(`/so-lieu/${f.id}.csv`)).text();
  expect(csv.charCodeAt(0), "a fact card's CSV has no BOM").not.toBe(0xfeff);
  expect(Papa.parse<Record<string, string>>(csv, { header: true }).data[0]!['value']).toBe(
    String(f.value),
  );
  const json = (await (await page.request.get(`/api/v1/figures/${f.id}.json`)).json()) as {
    data: { figure: { value: number }; citation: { sentence: string } };
  };
  expect(json.data.figure.value).toBe(f.value);
  expect(json.data.citation.sentence).toBe(
    await page.locator('[data-cite="sentence"]').textContent(),
  );
});

test('every published figure has a fact page and an embed page', () => {
  for (const f of reference.figures) {
    expect(existsSync(join(DIST, 'so-lieu', f.id, 'index.html')), f.id).toBe(true);
    expect(existsSync(join(DIST, 'nhung', f.id, 'index.html')), f.id).toBe(true);
  }
});

test('embed pages request nothing outside the site, set no cookie and carry the source line', async ({
  page,
  context,
  request,
}) => {
  for (const f of reference.figures.filter((_, i) => i % 15 === 0)) {
    const g = await guard(page);
    await page.goto(`/nhung/${f.id}/`);
    // Through nginx with the shipped config, as readers get it (the test server sets no header at all).
    const served = await request.get(`http://127.0.0.1:${NGINX_PORT}/nhung/${f.id}/`);
    expect(served.status()).toBe(200);
    expect(
      served.headers()['content-security-policy'],
      'served with the shipped headers',
    ).toContain('frame-ancestors *');
    expect(served.headers()['set-cookie']).toBeUndefined();
    await expect(page.locator(`[data-figure-id="${f.id}"]`)).toHaveText(formatFigureValue(f));
    await expect(page.locator('.source')).toContainText('Nguồn:');
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await page.locator('script').count()).toBe(0);
    expect(g.external).toEqual([]);
    expect(g.consoleErrors).toEqual([]);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  }
  expect(await context.cookies()).toEqual([]);
});

test('an embed works inside an iframe on another page', async ({ page, baseURL }) => {
  const f = reference.figures[0]!;
  // A blank page stands for the other site (our own pages' CSP rightly forbids frames).
  await page.setContent(
    `<!doctype html><html lang="vi"><body><iframe src="${baseURL}/nhung/${f.id}/" title="thử nhúng" width="600" height="240"></iframe></body></html>`,
  );
  await expect(
    page.frameLocator('iframe[title="thử nhúng"]').locator(`[data-figure-id="${f.id}"]`),
  ).toHaveText(formatFigureValue(f));
});

test('what the data desk adds to a normal page (share tags, citation links, nav item) is at most 5 KB gzip', () => {
  const strip = (html: string) =>
    html
      .replace(/<meta (property="og:[^"]*"|name="twitter:[^"]*") content="[^"]*">/g, '')
      .replace(/<link rel="canonical" href="[^"]*">/g, '')
      .replace(/ · <a class="cite-link" href="[^"]*">Trích dẫn<\/a>/g, '')
      .replace(/; <a class="cite-link" href="[^"]*">Trích dẫn<\/a>/g, '')
      .replace(/<li><a href="\/so-lieu\/"[^>]*>Dữ liệu<\/a><\/li>/g, '');
  for (const path of [
    '/',
    '/huyen/cu-chi/',
    '/xa/tan-thong-hoi/',
    '/muc-tieu/',
    '/mo-hinh/xa-dao-thanh-an/',
  ]) {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const added = gzipSync(html, { level: 9 }).length - gzipSync(strip(html), { level: 9 }).length;
    expect(strip(html), `${path}: the strip removed every addition`).not.toMatch(
      /og:image|cite-link/,
    );
    expect(added / 1024, path).toBeLessThanOrEqual(5);
  }
});

test('every page of both builds names a share image that exists, 1200×630 PNG', async () => {
  const sharp = (await import('sharp')).default;
  const { sitemapPaths } = await import('./helpers.ts');
  for (const dist of [DIST, 'tests/output/dist-synthetic']) {
    const paths = sitemapPaths(dist);
    expect(paths.length).toBeGreaterThan(50);
    for (const p of paths) {
      const html = readFileSync(join(dist, p, 'index.html'), 'utf8');
      const url = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(url, `${dist}${p} has og:image`).toBeTruthy();
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
      const file = join(dist, new URL(url!).pathname);
      expect(existsSync(file), file).toBe(true);
      const m = await sharp(file).metadata();
      expect([m.format, m.width, m.height], file).toEqual(['png', 1200, 630]);
    }
  }
});
