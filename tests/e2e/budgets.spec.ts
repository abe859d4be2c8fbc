// Page-weight budgets (tests/budgets.json) for the built site: total, JavaScript and images, gzip.
import { expect, test } from '@playwright/test';
import { BUDGETS, measure } from '../../scripts/measure-budgets.ts';

for (const [name, b] of Object.entries(BUDGETS)) {
  test(`${name} page (${b.path}) stays within ${b.total} KB, ${b.js} KB of JavaScript and ${b.images} KB of images`, () => {
    const m = measure(b.path, 'dist');
    const total = (m.html + m.css + m.js + m.fonts + m.images) / 1024;
    expect(total).toBeLessThanOrEqual(b.total);
    expect(m.js / 1024).toBeLessThanOrEqual(b.js);
    expect(m.images / 1024).toBeLessThanOrEqual(b.images);
  });
}
