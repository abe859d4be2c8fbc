import { chromium } from '@playwright/test';
import { serve } from '../tests/e2e/static-server.ts';
const [dist, ...paths] = process.argv.slice(2);
const server = serve(dist!, 4497);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const spec of paths) {
  const [path, w, h, full] = spec.split(',');
  const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
  await page.goto(`http://localhost:4497${path}`);
  await page.evaluate(() => document.fonts.ready);
  const name = `/tmp/shots/${path!.replace(/\W+/g, '_')}${w}.png`;
  await page.screenshot({ path: name, fullPage: full === 'full' });
  console.log(name);
  await page.close();
}
await browser.close(); server.close();
