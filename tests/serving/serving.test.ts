// The built site (dist/, from `npm run build`) served by Debian's nginx and Caddy with the
// configs deploy/render.ts writes: security headers on every response, the embed exception,
// precompressed bytes, cache rules per file, and the 404 page. Every file of the build is
// requested, so each cache rule is checked against real file names. The header CSP is the same
// for every release (no hash; the pages' meta has them), so the server keeps serving while its
// root, a live folder's `current` symlink, is switched from one release to another.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  HSTS,
  isEmbedPath,
  IMMUTABLE,
  IMMUTABLE_PATHS,
  SECURITY_HEADERS,
  cacheControl,
  cspHeader,
  headerBlocks,
  isImmutable,
} from '../../deploy/policy.ts';
import {
  addRelease,
  startCaddy,
  startNginx,
  switchRelease,
  type RunningServer,
} from '../../scripts/deploy/local-servers.ts';
import { metaPolicies } from '../../scripts/deploy/meta-policies.ts';
import { filesUnder } from '../../scripts/lib/files.ts';

const DIST = 'dist';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw GET: no decompression, so the bytes on the wire can be checked. */
function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((res, rej) => {
    const req = request(url, { headers, rejectUnauthorized: false }, (r) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () =>
        res({ status: r.statusCode ?? 0, headers: r.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', rej);
    req.end();
  });
}

const FILES = filesUnder(DIST)
  .filter((f) => !/\.(br|gz)$/.test(f) && !f.endsWith('/_headers'))
  .map((f) => `/${relative(DIST, f)}`);
const urlOf = (path: string) => path.replace(/\/index\.html$/, '/');
const pick = (re: RegExp) => {
  const p = FILES.find((f) => re.test(f));
  assert.ok(p, `no file matching ${re} in ${DIST}/`);
  return urlOf(p);
};
// One of each kind of file the site serves.
const SAMPLES = {
  page: '/',
  commune: pick(/^\/xa\/[^/]+\/index\.html$/),
  embed: pick(/^\/nhung\/[^/]+\/index\.html$/),
  enPage: '/en/',
  enEmbed: pick(/^\/en\/embed\/[^/]+\/index\.html$/),
  css: pick(/^\/_astro\/.+\.css$/),
  js: '/pagefind/pagefind.js',
  fragment: pick(/\.pf_fragment$/),
  wasm: pick(/\.pagefind$/),
  csv: pick(/^\/so-lieu\/tai-ve\/.+\.csv$/),
  json: pick(/^\/api\/.+\.json$/),
  xml: '/sitemap.xml',
  svg: '/favicon.svg',
  png: pick(/^\/og\/.+\.png$/),
  txt: '/robots.txt',
  font: pick(/\.woff2$/),
};

function assertSecurity(r: Reply, path: string, server: string) {
  const where = `${server} ${path} (${r.status})`;
  for (const [k, v] of Object.entries(SECURITY_HEADERS))
    assert.equal(r.headers[k.toLowerCase()], v, `${where}: ${k}`);
  const csp = String(r.headers['content-security-policy'] ?? '');
  assert.equal(csp, cspHeader(isEmbedPath(path)), where);
  assert.doesNotMatch(csp, /sha(256|384|512)-/, where);
  assert.match(csp, /default-src 'none'/, where);
  assert.match(csp, /base-uri 'none'/, where);
  assert.match(csp, /form-action 'self'/, where);
  assert.match(csp, /object-src 'none'/, where);
  assert.match(csp, isEmbedPath(path) ? /frame-ancestors \*$/ : /frame-ancestors 'none'$/, where);
  assert.equal(r.headers['x-frame-options'], undefined, where);
}

describe('the build under the header CSP', () => {
  it("every page's meta carries the hashes, and the header blocks nothing a meta allows", () => {
    const metas = metaPolicies(DIST);
    assert.ok(metas.length > 0);
    for (const meta of metas) {
      assert.match(meta, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      for (const embed of [false, true])
        assert.deepEqual(headerBlocks(meta, cspHeader(embed)), [], meta);
    }
  });
});

for (const start of [startNginx, startCaddy]) {
  describe(`served by ${start === startNginx ? 'nginx' : 'Caddy'} with the shipped config`, () => {
    let s: RunningServer;
    before(async () => {
      s = await start(DIST);
    });
    after(async () => {
      await s.stop();
    });

    it('sends the security headers with every kind of file, the 404 page included, and lets only embeds be framed', async () => {
      for (const path of [...Object.values(SAMPLES), '/khong-co-trang-nay/', '/_astro/'])
        assertSecurity(await get(s.http + path), path, s.name);
      assert.equal(
        (await get(s.http + '/')).headers[HSTS.name.toLowerCase()],
        undefined,
        'HSTS over plain HTTP',
      );
    });

    it('answers Accept-Encoding br and gzip with the precompressed bytes, which decompress to the file', async () => {
      for (const path of [
        SAMPLES.page,
        SAMPLES.commune,
        SAMPLES.css,
        SAMPLES.js,
        SAMPLES.csv,
        SAMPLES.json,
        SAMPLES.xml,
      ]) {
        const file = readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
        for (const [encoding, decode] of [
          ['br', brotliDecompressSync],
          ['gzip', gunzipSync],
        ] as const) {
          const r = await get(s.http + path, { 'accept-encoding': encoding });
          assert.equal(r.status, 200);
          assert.equal(r.headers['content-encoding'], encoding, `${s.name} ${path} ${encoding}`);
          assert.match(String(r.headers['vary']), /Accept-Encoding/i, `${s.name} ${path} Vary`);
          assert.ok(r.body.length < file.length);
          assert.ok(
            decode(r.body).equals(file),
            `${s.name} ${path}: ${encoding} bytes decompress to the file`,
          );
        }
        const plain = await get(s.http + path);
        assert.equal(plain.headers['content-encoding'], undefined);
        assert.ok(plain.body.equals(file));
      }
    });

    it("sends Pagefind's gzip files as they are, never with a Content-Encoding", async () => {
      for (const path of FILES.filter((f) => /\.(pf_\w+|pagefind)$/.test(f))) {
        const r = await get(s.http + path, { 'accept-encoding': 'br, gzip' });
        assert.equal(r.status, 200, path);
        assert.equal(r.headers['content-encoding'], undefined, `${s.name} ${path}`);
        assert.ok(r.body.equals(readFileSync(join(DIST, path))), path);
      }
    });

    it(`gives every file of the build its cache rule: content-hashed files immutable, the rest revalidating with a validator`, async () => {
      const immutable: string[] = [];
      for (const path of FILES) {
        const r = await get(s.http + urlOf(path));
        assert.equal(r.status, 200, `${s.name} ${path}`);
        assert.equal(r.headers['cache-control'], cacheControl(path), `${s.name} ${path}`);
        if (isImmutable(path)) {
          immutable.push(path);
          // The rule holds only if the name really carries a hash.
          assert.ok(
            IMMUTABLE_PATHS.some((rule) => rule.example.test(path)),
            `${path} is cached for a year but its name has no content hash`,
          );
        } else {
          assert.ok(
            r.headers['etag'] ?? r.headers['last-modified'],
            `${s.name} ${path}: no-cache needs an ETag or Last-Modified`,
          );
        }
      }
      assert.ok(
        immutable.some((p) => p.startsWith('/_astro/')) &&
          immutable.some((p) => p.endsWith('.pf_fragment')) &&
          immutable.some((p) => p.endsWith('.pf_meta')),
      );
      for (const path of [
        '/pagefind/pagefind.js',
        '/pagefind/pagefind-entry.json',
        SAMPLES.wasm,
        '/index.html',
        '/mo-hinh/rss.xml',
        SAMPLES.csv,
        SAMPLES.png,
      ]) {
        assert.equal(cacheControl(path), 'no-cache', path);
      }
      assert.equal(IMMUTABLE, 'public, max-age=31536000, immutable');
    });

    it('answers a missing page, and a folder without index.html, with the 404 page and status 404', async () => {
      const page = readFileSync(join(DIST, '404.html'));
      for (const path of [
        '/khong-co-trang-nay/',
        '/xa/khong-co/',
        '/_astro/',
        '/pagefind/',
        '/og/',
      ]) {
        const r = await get(s.http + path);
        assert.equal(r.status, 404, `${s.name} ${path}`);
        assert.ok(r.body.equals(page), `${s.name} ${path}: the site's 404 page`);
        assert.equal(r.headers['cache-control'], 'no-cache', `${s.name} ${path}`);
      }
    });

    it('answers a missing English page with the English 404 page and status 404', async () => {
      const page = readFileSync(join(DIST, 'en', '404', 'index.html'));
      for (const path of ['/en/no-such-page/', '/en/communes/no-such-commune/']) {
        const r = await get(s.http + path);
        assert.equal(r.status, 404, `${s.name} ${path}`);
        assert.ok(r.body.equals(page), `${s.name} ${path}: the English 404 page`);
        assertSecurity(r, path, s.name);
      }
    });

    if (start === startNginx) {
      it('adds HSTS over HTTPS, with the same headers otherwise', async () => {
        const r = await get(`${s.https}/`);
        assert.equal(r.status, 200);
        assert.equal(r.headers[HSTS.name.toLowerCase()], HSTS.value);
        assertSecurity(r, '/', 'nginx https');
        assert.equal(
          (await get(`${s.https}${SAMPLES.embed}`)).headers[HSTS.name.toLowerCase()],
          HSTS.value,
        );
      });
    }
  });
}

for (const start of [startNginx, startCaddy]) {
  describe(`${start === startNginx ? 'nginx' : 'Caddy'} serving a live folder while its \`current\` symlink switches releases`, () => {
    let live: string;
    let s: RunningServer;
    const page = (release: string) => readFileSync(join(live, 'releases', release, 'index.html'));
    before(async () => {
      live = mkdtempSync(join(tmpdir(), 'ntm-live-'));
      // Two real builds' pages, each with its own meta CSP; only a marker in the home page differs.
      addRelease(live, 'a', DIST, 'Bản phát hành A');
      addRelease(live, 'b', DIST, 'Bản phát hành B');
      switchRelease(live, 'a');
      s = await start(join(live, 'current'));
    });
    after(async () => {
      await s.stop();
      rmSync(live, { recursive: true, force: true });
    });

    it('serves the release `current` points at, and the other one right after the switch, with no reload', async () => {
      assert.ok(!page('a').equals(page('b')));
      for (const release of ['a', 'b', 'a']) {
        switchRelease(live, release);
        const r = await get(`${s.http}/`);
        assert.equal(r.status, 200);
        assert.ok(r.body.equals(page(release)), `${s.name}: / is release ${release}`);
        const br = await get(`${s.http}/`, { 'accept-encoding': 'br' });
        assert.equal(br.headers['content-encoding'], 'br');
        assert.ok(
          brotliDecompressSync(br.body).equals(page(release)),
          `${s.name}: /'s brotli copy is release ${release}`,
        );
        assertSecurity(r, '/', s.name);
        assert.match(
          r.body.toString('utf8'),
          /<meta http-equiv="content-security-policy" content="[^"]*'sha256-/,
        );
      }
    });

    it('answers every request during repeated switches with one whole release or the other, never an error', async () => {
      const a = page('a');
      const b = page('b');
      let switching = true;
      const replies: Reply[] = [];
      // Four readers in a loop while the link flips every few milliseconds.
      const readers = Array.from({ length: 4 }, async () => {
        while (switching)
          replies.push(await get(`${s.http}/`), await get(`${s.http}${SAMPLES.commune}`));
      });
      for (let i = 0; i < 60; i++) {
        switchRelease(live, i % 2 ? 'a' : 'b');
        await new Promise((r) => setTimeout(r, 3));
      }
      switching = false;
      await Promise.all(readers);
      switchRelease(live, 'a');
      assert.ok(replies.length > 40, `${replies.length} replies`);
      for (const r of replies) assert.equal(r.status, 200, s.name);
      const homes = replies.filter((r) => r.body.includes('release-marker')).map((r) => r.body);
      assert.ok(
        homes.every((h) => h.equals(a) || h.equals(b)),
        `${s.name}: every / reply is a whole release's page`,
      );
      assert.ok(
        homes.some((h) => h.equals(a)) && homes.some((h) => h.equals(b)),
        `${s.name}: both releases were served`,
      );
    });
  });
}
