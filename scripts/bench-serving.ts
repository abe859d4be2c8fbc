// `npm run bench:serving`: what a first visit costs over the wire through nginx with the
// shipped config, with the precompressed files (Chromium asks for br) and without compression
// (Accept-Encoding: identity). Bytes received over the network (headers included, workers too),
// for the overview, a commune page, and /tim-kiem/ with a first query. Needs `npm run build`.
import { chromium } from 'playwright';
import { startNginx } from './deploy/local-servers.ts';

const PAGES: [string, string, string | null][] = [
  ['overview', '/', null],
  ['commune page', '/xa/tan-thong-hoi/', null],
  ['search, first query', '/tim-kiem/?q=tan%20thong%20hoi', '#search-results li > a'],
];

const server = await startNginx('dist');
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const kb = (n: number) => `${(n / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} KB`;
try {
  const rows: string[] = [];
  for (const [name, path, wait] of PAGES) {
    const sizes: number[] = [];
    const counts: number[] = [];
    for (const encoding of ['br', 'identity'] as const) {
      // A fresh context per visit: an empty cache, as on a first visit.
      const context = await browser.newContext(
        encoding === 'identity' ? { extraHTTPHeaders: { 'accept-encoding': 'identity' } } : {},
      );
      const page = await context.newPage();
      // Playwright's sizes count what came over the network (the encoded body and the
      // headers), for the page and its workers (Pagefind searches in one).
      const pending: Promise<void>[] = [];
      let bytes = 0;
      let requests = 0;
      context.on('requestfinished', (r) =>
        pending.push(
          r.sizes().then((z) => {
            bytes += z.responseBodySize + z.responseHeadersSize;
            requests++;
          }),
        ),
      );
      await page.goto(server.http + path, { waitUntil: 'networkidle' });
      if (wait) await page.locator(wait).first().waitFor();
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      sizes.push(bytes);
      counts.push(requests);
      await context.close();
    }
    rows.push(
      `| ${name} | ${counts[0]} | ${kb(sizes[0]!)} | ${kb(sizes[1]!)} | ${Math.round((1 - sizes[0]! / sizes[1]!) * 100)} % |`,
    );
  }
  console.log(
    '| first visit | requests | brotli (precompressed) | uncompressed | saved |\n|---|---:|---:|---:|---:|',
  );
  for (const r of rows) console.log(r);
} finally {
  await browser.close();
  await server.stop();
}
