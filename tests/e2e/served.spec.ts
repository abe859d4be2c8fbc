// The built site through nginx with the shipped config (deploy/), in Chromium: the header CSP
// refuses framing by another origin except for embeds, search and the map work under it with
// no policy violation, and nothing is fetched from another host. The header carries no hash
// (the same for every release), the page's meta does and still refuses an unhashed inline
// script, and after a switch of the live folder to another release its pages run as well.
import { expect, test, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { NGINX_LIVE, NGINX_PORT } from '../../playwright.config.ts';
import { addRelease, switchRelease } from '../../scripts/deploy/local-servers.ts';

const SITE = `http://127.0.0.1:${NGINX_PORT}`;
const EMBED = '/nhung/f-783-ntm-2015-08/';

/** Records CSP violations in every document of the page, frames included. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(
    "window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));",
  );
  return () => page.evaluate('window.__csp') as Promise<string[]>;
}
const offHost = (urls: string[]) =>
  urls.filter(
    (u) => /^(https?|wss?):/.test(u) && !['localhost', '127.0.0.1'].includes(new URL(u).hostname),
  );

test('another origin cannot frame an ordinary page, but can frame an embed', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors/.test(m.text())) refused.push(m.text());
  });
  // A newsroom's page on a second loopback origin (a real server: Chromium treats a page it
  // cannot place on the network as public, and then blocks every loopback frame).
  const html = `<!doctype html><title>Báo khác</title><iframe id="page" src="${SITE}/" width="600" height="400"></iframe><iframe id="embed" src="${SITE}${EMBED}" width="600" height="400"></iframe>`;
  const framer = createServer((_, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
  );
  await new Promise<void>((r) => framer.listen(0, '127.0.0.1', r));
  await page.goto(`http://localhost:${(framer.address() as { port: number }).port}/`);
  const embed = page.frameLocator('#embed');
  await expect(embed.locator('body')).toContainText('20/20');
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  expect(refused.join('\n')).toContain(`${SITE}/`);
  expect(refused.join('\n')).not.toContain(EMBED);
  // The refused frame holds the browser's error page, never the site.
  const framed = page.frames().find((f) => f !== page.mainFrame() && !f.url().includes(EMBED));
  expect(framed, 'the refused page still has its frame').toBeDefined();
  expect(await framed!.evaluate('document.title')).not.toContain('NTM TP.HCM');
  expect(await framed!.evaluate('document.body ? document.body.innerText : ""')).not.toContain(
    'nông thôn mới',
  );
  framer.close();
});

test('search returns results with no CSP violation and nothing from another host', async ({
  page,
}) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  const violations = await watchCsp(page);
  await page.goto(`${SITE}/tim-kiem/?q=tan%20thong%20hoi`);
  await expect(page.locator('#search-status')).toContainText('«tan thong hoi»');
  await expect(page.locator('#search-results li > a').first()).toHaveAttribute(
    'href',
    /\/xa\/tan-thong-hoi\/$/,
  );
  expect(await violations()).toEqual([]);
  expect(urls.some((u) => u.includes('.pf_fragment'))).toBe(true);
  expect(offHost(urls)).toEqual([]);
});

test('the map works under the header CSP: the year slider recolours it, with no violation', async ({
  page,
}) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  const violations = await watchCsp(page);
  await page.goto(`${SITE}/ban-do/`);
  const out = page.locator('#map-year-out');
  const before = await out.textContent();
  await page.focus('#map-year');
  await page.keyboard.press('Home');
  await expect(out).not.toHaveText(before ?? '');
  await expect(page.locator('#map-status')).toHaveText(/^Đang hiển thị năm \d{4}\.$/);
  await expect(page.locator('#hex-map a[data-code="27556"] path')).toHaveClass(/^cat-/);
  expect(await violations()).toEqual([]);
  expect(offHost(urls)).toEqual([]);
});

test('the overview and a commune page load with no CSP violation', async ({ page }) => {
  const violations = await watchCsp(page);
  for (const path of ['/', '/xa/tan-thong-hoi/', EMBED]) {
    const res = await page.goto(`${SITE}${path}`);
    expect(res?.headers()['content-security-policy']).toMatch(/frame-ancestors/);
    expect(await violations()).toEqual([]);
  }
});

test('the header CSP carries no hash and lets inline code through; the meta has the hashes and still refuses an unhashed inline script', async ({
  page,
}) => {
  const violations = await watchCsp(page);
  const res = await page.goto(`${SITE}/`);
  const header = res?.headers()['content-security-policy'] ?? '';
  expect(header).not.toMatch(/sha(256|384|512)-/);
  expect(header).toContain("script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'");
  expect(
    await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'),
  ).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
  });
  await expect.poll(violations).toHaveLength(1);
  expect((await violations())[0]).toMatch(/^script-src-elem inline$/);
  expect(await page.evaluate('window.injected')).toBeUndefined();
});

test('after the live folder switches to another release, its pages run their scripts under the header CSP', async ({
  page,
}) => {
  const reported: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) reported.push(m.text());
  });
  const violations = await watchCsp(page);
  addRelease(NGINX_LIVE, 'b', 'dist', 'Bản phát hành B');
  switchRelease(NGINX_LIVE, 'b');
  try {
    await page.goto(`${SITE}/`);
    await expect(page.locator('#release-marker')).toHaveText('Bản phát hành B');
    // The header's search box loads its suggestions module on first focus (Base.astro's script).
    await page.focus('#q-header');
    await expect(page.locator('#q-header')).toHaveAttribute('role', 'combobox');
    await page.goto(`${SITE}/tim-kiem/?q=cu+chi`);
    await expect(page.locator('#search-status')).toContainText('«cu chi»');
    await expect(page.locator('#search-results li > a').first()).toBeVisible();
    await page.goto(`${SITE}/ban-do/`);
    const out = page.locator('#map-year-out');
    const before = await out.textContent();
    await page.focus('#map-year');
    await page.keyboard.press('Home');
    await expect(out).not.toHaveText(before ?? '');
    expect(await violations()).toEqual([]);
    expect(reported).toEqual([]);
  } finally {
    switchRelease(NGINX_LIVE, 'a');
    rmSync(join(NGINX_LIVE, 'releases', 'b'), { recursive: true, force: true });
  }
  const back = await page.goto(`${SITE}/`);
  expect(await back?.text()).not.toContain('release-marker');
});
