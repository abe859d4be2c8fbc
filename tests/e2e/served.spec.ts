// The built site in Chromium through the two servers we ship configs for (deploy/): nginx over
// HTTP and HTTPS (tests/e2e/nginx-server.ts) and Caddy over HTTPS with the shipped Caddyfile
// (tests/e2e/caddy-server.ts). Through each: the header CSP refuses framing by another origin
// except for embeds, search and the map work under it with no policy violation, and nothing is
// fetched from another host; the header carries no hash (the same for every release), the
// page's meta does and still refuses an unhashed inline script. Over HTTPS: every header the
// policy promises, text files as their precompressed .br, and the 404 page with status 404.
// Caddy's plain HTTP only redirects to HTTPS; after nginx's live folder switches to another
// release, its pages run as well.
import { expect, test, type Page, type Response } from '@playwright/test';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { CADDY_PORT, NGINX_LIVE, NGINX_PORT } from '../../playwright.config.ts';
import {
  HSTS,
  PRECOMPRESS_EXTENSIONS,
  cacheControl,
  isEmbedPath,
  servingPolicy,
} from '../../deploy/policy.ts';
import { addRelease, switchRelease } from '../../scripts/deploy/local-servers.ts';
import { guard } from './helpers.ts';

const NGINX = `http://127.0.0.1:${NGINX_PORT}`;
const NGINX_TLS = `https://127.0.0.1:${NGINX_PORT + 1}`;
/** Caddy's certificate names localhost (its local authority's, unknown to Chromium). */
const CADDY = `https://localhost:${CADDY_PORT + 1}`;
const CADDY_HTTP = `http://localhost:${CADDY_PORT}`;
const EMBED = '/nhung/f-783-ntm-2015-08/';

/** Records CSP violations in every document of the page, frames included. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(
    "window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));",
  );
  return () => page.evaluate<string[]>('window.__csp');
}
const offHost = (urls: string[]) =>
  urls.filter(
    (u) => /^(https?|wss?):/.test(u) && !['localhost', '127.0.0.1'].includes(new URL(u).hostname),
  );

/** Where a response's headers differ from what deploy/policy.ts promises for its path. */
function policyProblems(url: string, headers: Record<string, string>, https: boolean): string[] {
  const path = new URL(url).pathname;
  const want: Record<string, string | undefined> = {
    ...servingPolicy().headers(isEmbedPath(path)),
    [HSTS.name]: https ? HSTS.value : undefined,
    'Cache-Control': cacheControl(path),
  };
  return Object.entries(want)
    .filter(([k, v]) => headers[k.toLowerCase()] !== v)
    .map(
      ([k, v]) => `${path}: ${k} is ${headers[k.toLowerCase()] ?? 'missing'}, not ${v ?? 'absent'}`,
    );
}

/** The file of the build a path is served from. */
const fileOf = (path: string) => join('dist', path.endsWith('/') ? `${path}index.html` : path);

for (const site of [NGINX, CADDY]) {
  test.describe(`through ${site === CADDY ? 'Caddy over HTTPS' : 'nginx'}`, () => {
    // Only Caddy's own origin, whose certificate Chromium cannot know.
    test.use({ ignoreHTTPSErrors: site === CADDY });

    test('another origin cannot frame an ordinary page, but can frame an embed', async ({
      page,
    }) => {
      const refused: string[] = [];
      page.on('console', (m) => {
        if (/frame-ancestors/.test(m.text())) refused.push(m.text());
      });
      // A newsroom's page on a second loopback origin (a real server: Chromium treats a page it
      // cannot place on the network as public, and then blocks every loopback frame).
      const html = `<!doctype html><title>Báo khác</title><iframe id="page" src="${site}/" width="600" height="400"></iframe><iframe id="embed" src="${site}${EMBED}" width="600" height="400"></iframe>`;
      const framer = createServer((_, res) =>
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
      );
      await new Promise<void>((r) => framer.listen(0, '127.0.0.1', r));
      await page.goto(`http://localhost:${(framer.address() as { port: number }).port}/`);
      const embed = page.frameLocator('#embed');
      await expect(embed.locator('body')).toContainText('20/20');
      await expect.poll(() => refused.length).toBeGreaterThan(0);
      expect(refused.join('\n')).toContain(`${site}/`);
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
      // The full text asked for: Pagefind's worker, WebAssembly and files under the policy.
      await page.goto(`${site}/tim-kiem/?q=tan%20thong%20hoi&toan-van=1`);
      await expect(page.locator('#search-status')).toContainText('kết quả cho «tan thong hoi»');
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
      await page.goto(`${site}/ban-do/`);
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
        const res = await page.goto(`${site}${path}`);
        expect(res?.headers()['content-security-policy']).toMatch(/frame-ancestors/);
        expect(await violations()).toEqual([]);
      }
    });

    test('the header CSP carries no hash and lets inline code through; the meta has the hashes and still refuses an unhashed inline script', async ({
      page,
    }) => {
      const violations = await watchCsp(page);
      const res = await page.goto(`${site}/`);
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
  });
}

for (const [name, site] of [
  ['nginx', NGINX_TLS],
  ['Caddy', CADDY],
] as const) {
  test.describe(`through ${name} over HTTPS`, () => {
    // Both certificates are made at start: self-signed (nginx) or Caddy's local authority.
    test.use({ ignoreHTTPSErrors: true });

    test('pages load with status 200 and every header the policy promises, on every file, and run with no console error or CSP violation', async ({
      page,
    }) => {
      const { consoleErrors, external } = await guard(page);
      const violations = await watchCsp(page);
      const problems: string[] = [];
      let files = 0;
      page.on('response', (r) => {
        if (!r.url().startsWith(site)) return;
        files++;
        problems.push(...policyProblems(r.url(), r.headers(), true));
      });
      for (const path of [
        '/',
        '/xa/tan-thong-hoi/',
        '/ban-do/',
        EMBED,
        '/en/',
        '/en/embed/f-783-ntm-2015-08/',
      ]) {
        const res = await page.goto(`${site}${path}`);
        expect(res?.status(), path).toBe(200);
        expect(new URL(page.url()).protocol).toBe('https:');
        await page.waitForLoadState('networkidle');
      }
      expect(files).toBeGreaterThan(12);
      expect(problems).toEqual([]);
      expect(await violations()).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(external).toEqual([]);
    });

    test("text files arrive as their precompressed .br, which is the file; Pagefind's gzip files with no Content-Encoding", async ({
      page,
    }) => {
      const seen: { path: string; encoding: string | undefined; response: Response }[] = [];
      page.on('response', (r) => {
        const url = new URL(r.url());
        if (!r.url().startsWith(site) || r.status() !== 200) return;
        seen.push({
          path: url.pathname,
          encoding: r.headers()['content-encoding'],
          response: r,
        });
      });
      await page.goto(`${site}/tim-kiem/?q=tan%20thong%20hoi&toan-van=1`);
      await expect(page.locator('#search-results li > a').first()).toHaveAttribute(
        'href',
        /\/xa\/tan-thong-hoi\/$/,
      );
      // The first result may come from the list of units, before Pagefind's fragments.
      await expect.poll(() => seen.some((s) => s.path.endsWith('.pf_fragment'))).toBe(true);
      await page.waitForLoadState('networkidle');
      const problems: string[] = [];
      for (const s of seen) {
        const file = fileOf(s.path);
        const want = /\.(pf_\w+|pagefind)$/.test(s.path)
          ? undefined
          : PRECOMPRESS_EXTENSIONS.some((e) => file.endsWith(e)) && existsSync(`${file}.br`)
            ? 'br'
            : undefined;
        if (s.encoding !== want)
          problems.push(
            `${s.path}: Content-Encoding ${s.encoding ?? 'none'}, not ${want ?? 'none'}`,
          );
        // Chromium hands over the decoded body: the .br must decompress to the file itself.
        if (!(await s.response.body()).equals(readFileSync(file)))
          problems.push(`${s.path}: not the file's bytes`);
      }
      expect(problems).toEqual([]);
      const br = seen.filter((s) => s.encoding === 'br').map((s) => s.path);
      expect(br).toContain('/tim-kiem/');
      expect(br.some((p) => p.endsWith('.js'))).toBe(true);
      expect(br.some((p) => p.endsWith('.css'))).toBe(true);
    });

    test("an unknown path gets the 404 page of its edition, with status 404 and the policy's headers", async ({
      page,
    }) => {
      const violations = await watchCsp(page);
      for (const [path, file] of [
        ['/khong-co-trang-nay/', 'dist/404.html'],
        ['/xa/khong-co/', 'dist/404.html'],
        ['/en/no-such-page/', 'dist/en/404/index.html'],
      ] as const) {
        const res = await page.goto(`${site}${path}`);
        expect(res?.status(), path).toBe(404);
        expect((await res!.body()).equals(readFileSync(file)), `${path}: ${file}`).toBe(true);
        expect(policyProblems(res!.url(), res!.headers(), true)).toEqual([]);
        await expect(page.locator('h1')).toBeVisible();
      }
      expect(await violations()).toEqual([]);
    });
  });
}

test.describe('Caddy', () => {
  test.use({ ignoreHTTPSErrors: true });

  test("serves HTTPS with its local authority's certificate, and plain HTTP only redirects to the same address over HTTPS", async ({
    page,
  }) => {
    const issuer = await new Promise<string>((resolve, reject) => {
      const socket = connect(
        {
          host: '127.0.0.1',
          port: CADDY_PORT + 1,
          servername: 'localhost',
          rejectUnauthorized: false,
        },
        () => {
          resolve(String(socket.getPeerCertificate().issuer.CN));
          socket.end();
        },
      );
      socket.on('error', reject);
    });
    expect(issuer).toMatch(/^Caddy Local Authority/);
    const path = '/xa/tan-thong-hoi/?tu=http';
    const plain = await page.request.get(`${CADDY_HTTP}${path}`, { maxRedirects: 0 });
    expect(plain.status()).toBe(308);
    expect(plain.headers()['location']).toBe(`${CADDY}${path}`);
    expect(await plain.text()).not.toContain('nông thôn mới');
    const res = await page.goto(`${CADDY_HTTP}${path}`);
    expect(page.url()).toBe(`${CADDY}${path}`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()[HSTS.name.toLowerCase()]).toBe(HSTS.value);
  });
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
    await page.goto(`${NGINX}/`);
    await expect(page.locator('#release-marker')).toHaveText('Bản phát hành B');
    // The header's search box loads its suggestions module on first focus (Base.astro's script).
    await page.focus('#q-header');
    await expect(page.locator('#q-header')).toHaveAttribute('role', 'combobox');
    await page.goto(`${NGINX}/tim-kiem/?q=cu+chi`);
    await expect(page.locator('#search-status')).toContainText('«cu chi»');
    await expect(page.locator('#search-results li > a').first()).toBeVisible();
    await page.goto(`${NGINX}/ban-do/`);
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
  const back = await page.goto(`${NGINX}/`);
  expect(await back?.text()).not.toContain('release-marker');
});
