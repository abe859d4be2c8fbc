// SITE_URL: a build for a real address carries that address everywhere and the placeholder
// nowhere (pages, feed, sitemap, robots.txt, API, data package, _headers, and inside the
// precompressed copies); a build without it says so at its end.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { PLACEHOLDER_SITE_URL } from '../../src/lib/site-url.ts';
import { filesUnder } from '../../scripts/lib/files.ts';
import { siteOutDir, tempDir } from '../helpers/fixtures.ts';

const ADDRESS = 'https://ntm.hochiminhcity.test';
const text = (f: string) => {
  const b = readFileSync(f);
  return (
    f.endsWith('.br') ? brotliDecompressSync(b) : f.endsWith('.gz') ? gunzipSync(b) : b
  ).toString('latin1');
};

describe("the site's public address", () => {
  it(`a build with SITE_URL=${ADDRESS} has no trace of the placeholder, and uses the address in feed, sitemap, robots.txt and share tags`, () => {
    const env = { ...process.env, SITE_URL: ADDRESS, STATS_DIR: tempDir('ntm-site-url-stats-') };
    const out = siteOutDir('site-url');
    for (const [cmd, ...args] of [
      ['npx', 'tsx', 'scripts/build-stats.ts'],
      ['npx', 'astro', 'build', '--outDir', out],
      ['npx', 'tsx', 'scripts/build-search.ts', out],
      ['npx', 'tsx', 'scripts/build-og.ts', out],
      ['npx', 'tsx', 'scripts/deploy/precompress.ts', out],
      ['npx', 'tsx', 'scripts/deploy/configs.ts', out, '--dist-only'],
    ]) {
      const r = spawnSync(cmd!, args, { encoding: 'utf8', env });
      assert.equal(r.status, 0, `${args.join(' ')}\n${(r.stdout + r.stderr).slice(-2000)}`);
      assert.doesNotMatch(r.stdout + r.stderr, /SITE_URL is not set/);
    }
    const all = filesUnder(out).filter(
      (f) => !f.endsWith('.png') && !f.endsWith('.woff2') && !/\.(pf_\w+|pagefind)$/.test(f),
    );
    assert.ok(all.length > 900);
    assert.deepEqual(
      all.filter((f) => text(f).includes(new URL(PLACEHOLDER_SITE_URL).host)),
      [],
    );
    assert.match(
      readFileSync(join(out, 'robots.txt'), 'utf8'),
      new RegExp(`Sitemap: ${ADDRESS}/sitemap.xml`),
    );
    assert.match(
      readFileSync(join(out, 'sitemap.xml'), 'utf8'),
      new RegExp(`<loc>${ADDRESS}/xa/tan-thong-hoi/</loc>`),
    );
    assert.match(
      readFileSync(join(out, 'mo-hinh', 'rss.xml'), 'utf8'),
      new RegExp(`<link>${ADDRESS}/mo-hinh/`),
    );
    assert.match(
      readFileSync(join(out, 'index.html'), 'utf8'),
      new RegExp(`<meta property="og:image" content="${ADDRESS}/og/index.png">`),
    );
    assert.match(
      readFileSync(join(out, 'so-lieu', 'tai-ve', 'datapackage.json'), 'utf8'),
      new RegExp(ADDRESS),
    );
  });

  it('a production build without SITE_URL ends with a warning that names the placeholder and the fix', () => {
    const env = { ...process.env };
    delete env['SITE_URL'];
    // The last step of `npm run build`, on a one-page build.
    const dist = tempDir('ntm-site-url-dist-');
    writeFileSync(
      join(dist, 'index.html'),
      `<!doctype html><meta http-equiv="content-security-policy" content="default-src 'none'"><title>x</title>`,
    );
    const r = spawnSync('npx', ['tsx', 'scripts/deploy/configs.ts', dist, '--dist-only'], {
      encoding: 'utf8',
      env,
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /SITE_URL is not set/);
    assert.match(r.stderr, new RegExp(`point at ${PLACEHOLDER_SITE_URL.replaceAll('.', '\\.')}`));
    assert.match(r.stderr, /SITE_URL=https:\/\/<address> npm run build/);
  });
});
