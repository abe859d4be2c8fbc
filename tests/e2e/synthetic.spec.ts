// A site built from a synthetic dataset says so on every page (every-page.spec.ts checks it works).
import { expect, test } from '@playwright/test';
import { SYNTHETIC_PORT } from '../../playwright.config.ts';
import { langOfPath, sitemapPaths } from './helpers.ts';
import { UI } from '../../src/i18n/ui.ts';

const base = `http://localhost:${SYNTHETIC_PORT}`;
const paths = sitemapPaths('tests/output/dist-synthetic');

test('every page of the synthetic site, in both editions, returns 200 and shows the synthetic-data banner in its language', async ({
  request,
}) => {
  expect(paths.length).toBeGreaterThan(10);
  expect(paths.some((p) => langOfPath(p) === 'en')).toBe(true);
  for (const p of paths) {
    const res = await request.get(base + p);
    expect(res.status(), p).toBe(200);
    expect(await res.text(), p).toContain(
      `data-pagefind-ignore>${UI[langOfPath(p)].syntheticBanner}</p>`,
    );
  }
  expect(UI.vi.syntheticBanner).toBe('DỮ LIỆU MẪU – không phải số liệu thật');
  expect(UI.en.syntheticBanner).toBe('SAMPLE DATA – not real figures');
});

test('the real site shows no synthetic banner', async ({ request }) => {
  for (const p of sitemapPaths('dist')) {
    expect(await (await request.get(p)).text(), p).not.toMatch(/data-synthetic-banner/);
  }
});
