import { chromium } from '@playwright/test';
import { serve } from '../tests/e2e/static-server.ts';
const dist = process.argv[2]!;
const server = serve(dist, 4493);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto('http://localhost:4493/tim-kiem/');
const out = await page.evaluate(async (q) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({ ranking: { termFrequency: 0.3 }, noWorker: true });
  const r = await pf.search(q);
  const top = await Promise.all(r.results.slice(0, 6).map(async (x: any) => ({ s: x.score, url: (await x.data()).url, wc: (await x.data()).word_count })));
  return top;
}, process.argv[3]!);
console.log(JSON.stringify(out));
await browser.close(); server.close();
