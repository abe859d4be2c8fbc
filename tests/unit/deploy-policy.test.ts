// The serving policy and its renderings (deploy/policy.ts, deploy/render.ts), without a server:
// the header CSP from a build's meta policies, the cache rule per path, and each config
// carrying every header where its host needs it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HSTS, SECURITY_HEADERS, cacheControl, cspHeader, servingPolicy } from '../../deploy/policy.ts';
import { caddyfile, cloudfrontPolicy, headersFile, nginxConfig } from '../../deploy/render.ts';

const META = ["default-src 'none';img-src 'self' data:;base-uri 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-A'; style-src 'self' 'sha256-S'", "default-src 'none';img-src 'self' data:;base-uri 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-B'; style-src 'self' 'sha256-S'"];
const policy = servingPolicy(META);

describe('the header CSP', () => {
  it('keeps the meta directives, merges every page\'s hashes and adds who may frame', () => {
    assert.equal(cspHeader(META, false), "default-src 'none'; img-src 'self' data:; base-uri 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-A' 'sha256-B'; style-src 'self' 'sha256-S'; frame-ancestors 'none'");
    assert.match(cspHeader(META, true), /; frame-ancestors \*$/);
  });
  it('refuses a build without a meta CSP, and a meta that names frame-ancestors', () => {
    assert.throws(() => cspHeader([], false), /no Content-Security-Policy <meta>/);
    assert.throws(() => cspHeader(["default-src 'none'; frame-ancestors 'none'"], false), /belongs to the header only/);
  });
});

describe('cache rules', () => {
  it('keeps content-hashed files for a year and revalidates everything else', () => {
    for (const p of ['/_astro/Base.D-ytVOl9.css', '/pagefind/fragment/vi_1180413.pf_fragment', '/pagefind/index/vi_19d77e5.pf_index', '/pagefind/filter/vi_1d1cf42.pf_filter', '/pagefind/pagefind.vi_38bad9bea6.pf_meta']) {
      assert.equal(cacheControl(p), 'public, max-age=31536000, immutable', p);
    }
    for (const p of ['/', '/index.html', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.unknown.pagefind', '/og/index.png', '/so-lieu/tai-ve/units.csv', '/mo-hinh/rss.xml', '/pagefind/fragment/x/y.pf_fragment']) {
      assert.equal(cacheControl(p), 'no-cache', p);
    }
  });
});

describe('the configs', () => {
  it('nginx repeats every header in every location (an add_header in a location drops the server\'s), HSTS only in the HTTPS server', () => {
    const conf = nginxConfig(policy, { root: '/srv/dist', serverName: 'x.test', http: '127.0.0.1:8080', https: { listen: '127.0.0.1:8443', certificate: 'c', key: 'k' } });
    const [http, https] = conf.split(/\nserver \{/).slice(1);
    for (const [server, hsts] of [[http!, false], [https!, true]] as const) {
      const locations = server.split(/\n    location /).slice(1);
      assert.equal(locations.length, 10); // /, /en/, two embed prefixes, the immutable paths, CSV
      for (const l of locations) {
        for (const name of ['Content-Security-Policy', ...Object.keys(SECURITY_HEADERS), 'Cache-Control']) assert.match(l, new RegExp(`add_header ${name} "[^"]+" always;`), `${name} in ${l.split('\n')[0]}`);
        assert.equal(l.includes(HSTS.name), hsts);
      }
    }
    assert.doesNotMatch(conf, /^\s*gzip on;/m);
  });
  it('Caddy sends the headers on errors too and marks the 404 page no-cache', () => {
    const c = caddyfile(policy, { root: '/srv/dist', address: 'x.test' });
    assert.match(c, /handle_errors \{\n\t\timport ntm_headers\n\t\theader Cache-Control "no-cache"/);
    assert.match(c, /precompressed br gzip/);
    assert.doesNotMatch(c, /^\s*encode\b/m);
  });
  it('_headers detaches the page CSP for embeds on Cloudflare Pages only (Netlify keeps the last rule and rejects "!")', () => {
    assert.match(headersFile(policy, 'cloudflare'), /\/nhung\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: .*frame-ancestors \*/);
    assert.doesNotMatch(headersFile(policy, 'netlify'), /^\s*!/m);
    assert.match(headersFile(policy, 'netlify'), /\/nhung\/\*\n {2}Content-Security-Policy: .*frame-ancestors \*/);
  });
  it('CloudFront policies carry the same CSP and refuse one longer than CloudFront takes', () => {
    assert.equal(JSON.parse(cloudfrontPolicy(policy, true)).SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy, cspHeader(META, true));
    assert.throws(() => cloudfrontPolicy(servingPolicy([`script-src ${Array.from({ length: 60 }, (_, i) => `'sha256-${'x'.repeat(40)}${i}'`).join(' ')}`]), false), /at most 1783/);
  });
});
