// A site built from a synthetic dataset says so on every page (every-page.spec.ts checks it works).
import { expect, test } from '@playwright/test';
import { SYNTHETIC_PORT } from '../../playwright.config.ts';
import { sitemapPaths } from './helpers.ts';

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

test('the real site shows no synthetic banner', async ({ request }) => {
  for (const p of sitemapPaths('dist')) {
    expect(await (await request.get(p)).text(), p).not.toMatch(/data-synthetic-banner/);
  }
});
