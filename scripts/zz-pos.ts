import { chromium } from '@playwright/test';
import { serve } from '../tests/e2e/static-server.ts';
const server = serve('/tmp/dist-29', 4494);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [w, h] of [[375, 667], [360, 640], [412, 915], [1280, 800]]) for (const path of ['/', '/en/']) {
  const page = await browser.newPage({ viewport: { width: w!, height: h! } });
  await page.goto(`http://localhost:4494${path}`);
  await page.evaluate(() => document.fonts.ready);
  const boxes = await page.locator('[data-verdict]').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().bottom)));
  const header = await page.locator('.site-header').evaluate((e) => Math.round(e.getBoundingClientRect().bottom));
  console.log(w, h, path, 'header', header, 'verdict bottoms', boxes.join(' '));
  await page.close();
}
await browser.close(); server.close();
