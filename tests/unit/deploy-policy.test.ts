// The serving policy and its renderings (deploy/policy.ts, deploy/render.ts), without a server:
// the header CSP (no per-build hash, never blocking what a page's meta allows), the cache rule
// per path, and each config carrying every header where its host needs it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  HSTS,
  LIVE_ROOT,
  SECURITY_HEADERS,
  cacheControl,
  cspHeader,
  headerBlocks,
  servingPolicy,
} from '../../deploy/policy.ts';
import { caddyfile, cloudfrontPolicy, headersFile, nginxConfig } from '../../deploy/render.ts';

// Two builds' meta policies, as Astro writes them: the same fixed directives, other hashes.
const FIXED =
  "default-src 'none';img-src 'self' data:;font-src 'self';connect-src 'self';worker-src 'self';manifest-src 'self';base-uri 'none';form-action 'self';object-src 'none';";
const META = [
  `${FIXED} script-src 'self' 'wasm-unsafe-eval' 'sha256-A'; style-src 'self' 'sha256-S';`,
  `${FIXED} script-src 'self' 'wasm-unsafe-eval' 'sha256-B' 'sha256-C'; style-src 'self' 'sha256-T';`,
];
const policy = servingPolicy();

describe('the header CSP', () => {
  it("is the same for every build: the fixed directives, inline code left to the meta's hashes, and who may frame", () => {
    assert.equal(
      cspHeader(false),
      "default-src 'none'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    );
    assert.equal(
      cspHeader(true),
      cspHeader(false).replace("frame-ancestors 'none'", 'frame-ancestors *'),
    );
    for (const embed of [false, true])
      assert.doesNotMatch(cspHeader(embed), /sha(256|384|512)-|nonce-/);
  });
  it("blocks nothing any build's meta allows", () => {
    for (const meta of META)
      for (const embed of [false, true])
        assert.deepEqual(headerBlocks(meta, cspHeader(embed)), [], meta);
  });
  it("finds what a header would block: a hash under a script-src without 'unsafe-inline' (or with a hash), another origin, an open directive, frame-ancestors in a meta", () => {
    assert.deepEqual(
      headerBlocks(
        META[0]!,
        "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'",
      ),
      ["script-src: the meta allows 'sha256-A', the header does not"],
    );
    assert.deepEqual(
      headerBlocks(
        META[1]!,
        cspHeader(false).replace("'unsafe-inline';", "'unsafe-inline' 'sha256-A';"),
      ),
      [
        "script-src: the meta allows 'sha256-B', the header does not",
        "script-src: the meta allows 'sha256-C', the header does not",
      ],
    );
    assert.deepEqual(
      headerBlocks(
        `${FIXED.replace("img-src 'self' data:", "img-src 'self' https://tiles.example")} script-src 'self'`,
        cspHeader(false),
      ),
      ['img-src: the meta allows https://tiles.example, the header does not'],
    );
    const open = headerBlocks("script-src 'self'", "default-src 'self'");
    assert.ok(
      open.includes('img-src: the header restricts it, the meta leaves it open'),
      open.join(),
    );
    assert.ok(
      !open.some((p) => p.startsWith('script-src') || p.startsWith('worker-src')),
      open.join(),
    );
    assert.match(
      headerBlocks(`${FIXED} frame-ancestors 'none'`, cspHeader(false)).join(),
      /belongs to the header only/,
    );
    // A header with no fetch directive blocks nothing.
    assert.deepEqual(headerBlocks(META[0]!, "frame-ancestors 'none'"), []);
  });
});

describe('cache rules', () => {
  it('keeps content-hashed files for a year and revalidates everything else', () => {
    for (const p of [
      '/_astro/Base.D-ytVOl9.css',
      '/pagefind/fragment/vi_1180413.pf_fragment',
      '/pagefind/index/vi_19d77e5.pf_index',
      '/pagefind/filter/vi_1d1cf42.pf_filter',
      '/pagefind/pagefind.vi_38bad9bea6.pf_meta',
    ]) {
      assert.equal(cacheControl(p), 'public, max-age=31536000, immutable', p);
    }
    for (const p of [
      '/',
      '/index.html',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.unknown.pagefind',
      '/og/index.png',
      '/so-lieu/tai-ve/units.csv',
      '/mo-hinh/rss.xml',
      '/pagefind/fragment/x/y.pf_fragment',
    ]) {
      assert.equal(cacheControl(p), 'no-cache', p);
    }
  });
});

describe('the configs', () => {
  it("nginx repeats every header in every location (an add_header in a location drops the server's), HSTS only in the HTTPS server", () => {
    const conf = nginxConfig(policy, {
      root: '/srv/dist',
      serverName: 'x.test',
      http: '127.0.0.1:8080',
      https: { listen: '127.0.0.1:8443', certificate: 'c', key: 'k' },
    });
    const [http, https] = conf.split(/\nserver \{/).slice(1);
    for (const [server, hsts] of [
      [http!, false],
      [https!, true],
    ] as const) {
      const locations = server.split(/\n {4}location /).slice(1);
      assert.equal(locations.length, 10); // /, /en/, two embed prefixes, the immutable paths, CSV
      for (const l of locations) {
        for (const name of [
          'Content-Security-Policy',
          ...Object.keys(SECURITY_HEADERS),
          'Cache-Control',
        ])
          assert.match(
            l,
            new RegExp(`add_header ${name} "[^"]+" always;`),
            `${name} in ${l.split('\n')[0]}`,
          );
        assert.equal(l.includes(HSTS.name), hsts);
      }
    }
    assert.doesNotMatch(conf, /^\s*gzip on;/m);
  });
  it('Caddy sends the headers on errors too and marks the 404 page no-cache', () => {
    const c = caddyfile(policy, { root: '/srv/dist', address: 'x.test' });
    assert.match(
      c,
      /handle_errors \{\n\t\timport ntm_headers\n\t\theader Cache-Control "no-cache"/,
    );
    assert.match(c, /precompressed br gzip/);
    assert.doesNotMatch(c, /^\s*encode\b/m);
  });
  it('_headers detaches the page CSP for embeds on Cloudflare Pages only (Netlify keeps the last rule and rejects "!")', () => {
    assert.match(
      headersFile(policy, 'cloudflare'),
      /\/nhung\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: .*frame-ancestors \*/,
    );
    assert.doesNotMatch(headersFile(policy, 'netlify'), /^\s*!/m);
    assert.match(
      headersFile(policy, 'netlify'),
      /\/nhung\/\*\n {2}Content-Security-Policy: .*frame-ancestors \*/,
    );
  });
  it('CloudFront policies carry the same CSP and refuse one longer than CloudFront takes', () => {
    assert.equal(
      (
        JSON.parse(cloudfrontPolicy(policy, true)) as {
          SecurityHeadersConfig: { ContentSecurityPolicy: { ContentSecurityPolicy: string } };
        }
      ).SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy,
      cspHeader(true),
    );
    const long = {
      headers: (embed: boolean) => ({
        ...policy.headers(embed),
        'Content-Security-Policy': `script-src ${'x'.repeat(1800)}`,
      }),
    };
    assert.throws(() => cloudfrontPolicy(long, false), /at most 1783/);
  });
  it('nginx and Caddy serve the live folder the desk switches, and nginx follows its symlink on every request', () => {
    assert.equal(LIVE_ROOT, '/srv/ntm-tphcm/current');
    const conf = nginxConfig(policy, {
      root: LIVE_ROOT,
      serverName: 'x.test',
      https: { certificate: 'c', key: 'k' },
    });
    assert.match(conf, /^ {4}root \/srv\/ntm-tphcm\/current;$/m);
    assert.match(conf, /^ {4}disable_symlinks off;$/m);
    assert.match(conf, /^ {4}open_file_cache off;$/m);
    assert.match(
      caddyfile(policy, { root: LIVE_ROOT, address: 'x.test' }),
      /^\troot \* \/srv\/ntm-tphcm\/current$/m,
    );
  });
});
