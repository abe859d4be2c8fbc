// Page-weight budgets (tests/budgets.json) for the built site: total, JavaScript and images, gzip.
// Each page type is measured in both editions; every other English page stays within the
// largest budget (English pages carry the same assets as their Vietnamese twins).
import { expect, test } from '@playwright/test';
import { BUDGETS, measure } from '../../scripts/measure-budgets.ts';
import { toEnglish } from '../../src/i18n/routes.ts';
import { langOfPath, sitemapPaths } from './helpers.ts';

for (const [name, b] of Object.entries(BUDGETS)) {
  for (const path of [b.path, toEnglish(b.path)]) {
    test(`${name} page (${path}) stays within ${b.total} KB, ${b.js} KB of JavaScript and ${b.images} KB of images`, () => {
      const m = measure(path, 'dist');
      const total = (m.html + m.css + m.js + m.fonts + m.images) / 1024;
      expect(total).toBeLessThanOrEqual(b.total);
      expect(m.js / 1024).toBeLessThanOrEqual(b.js);
      expect(m.images / 1024).toBeLessThanOrEqual(b.images);
    });
  }
}

test('every English page stays within the largest page budget', () => {
  const max = Object.values(BUDGETS).reduce(
    (a, b) => ({
      total: Math.max(a.total, b.total),
      js: Math.max(a.js, b.js),
      images: Math.max(a.images, b.images),
    }),
    { total: 0, js: 0, images: 0 },
  );
  const over: string[] = [];
  for (const path of sitemapPaths('dist').filter((p) => langOfPath(p) === 'en')) {
    const m = measure(path, 'dist');
    const total = (m.html + m.css + m.js + m.fonts + m.images) / 1024;
    if (total > max.total || m.js / 1024 > max.js || m.images / 1024 > max.images)
      over.push(`${path}: ${total.toFixed(1)} KB, js ${(m.js / 1024).toFixed(1)} KB`);
  }
  expect(over).toEqual([]);
});
