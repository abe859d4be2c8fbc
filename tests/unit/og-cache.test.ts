// The share-image cache's key covers everything an image depends on, and pruning keeps the
// current build's images. The rebuild itself is tested in tests/integration/share-image-cache.test.ts.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildOg } from '../../scripts/build-og.ts';
import { OgCache, ogCacheKey, rendererInputs } from '../../scripts/lib/og-cache.ts';
import { OG_FONT_FILES, ogCardPng, type OgCard } from '../../src/lib/og/card.ts';

const CARD: OgCard = {
  title: 'Xã Nhuận Đức, Huyện Củ Chi',
  label: 'Chuẩn cao nhất đã đạt',
  figure: 'NTM nâng cao',
  siteName: 'NTM TP.HCM',
  synthetic: false,
};

test('the cache key changes with every card field and with the renderer, not with field order', () => {
  const key = ogCacheKey(CARD, 'r1');
  const variants: OgCard[] = [
    { ...CARD, title: 'Xã Nhuận Đức, huyện Củ Chi' },
    { ...CARD, label: 'Chuẩn đã đạt' },
    { ...CARD, figure: 'NTM kiểu mẫu' },
    { ...CARD, siteName: 'NTM' },
    { ...CARD, synthetic: true },
    { title: CARD.title, siteName: CARD.siteName, synthetic: false },
  ];
  for (const v of variants) assert.notEqual(ogCacheKey(v, 'r1'), key, JSON.stringify(v));
  assert.notEqual(ogCacheKey(CARD, 'r2'), key);
  const { synthetic, siteName, figure, label, title } = CARD;
  assert.equal(ogCacheKey({ synthetic, siteName, figure, label, title }, 'r1'), key);
});

test('the renderer fingerprint covers card.ts, every font file the card reads, fontkit, sharp and libvips', () => {
  const inputs = new Map(rendererInputs());
  assert.ok(inputs.has('source src/lib/og/card.ts'), [...inputs.keys()].join(', '));
  for (const font of Object.values(OG_FONT_FILES).flat())
    assert.match(inputs.get(`font ${font}`) ?? '', /^[0-9a-f]{64}$/, font);
  assert.match(inputs.get('fontkit') ?? '', /^\d+\.\d+\.\d+/);
  const sharp = JSON.parse(inputs.get('sharp') ?? '{}') as Record<string, string>;
  assert.ok(sharp['sharp'] && sharp['vips'] && sharp['rsvg'], inputs.get('sharp'));
});

test('a second build copies every image from the cache, with the bytes of an uncached render', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'og-cache-test-'));
  try {
    const dist = join(dir, 'dist');
    const cacheDir = join(dir, 'cache');
    const page = (title: string, img: string) =>
      `<!doctype html><html lang="vi"><head><meta property="og:title" content="${title}"><meta property="og:image" content="${img}"></head><body></body></html>`;
    await mkdir(dist);
    await writeFile(join(dist, 'a.html'), page('Tổng quan', '/og/a.png'));
    await writeFile(join(dist, 'b.html'), page('Bản đồ', '/og/b.png'));
    const first = await buildOg(dist, { cacheDir, log: () => {} });
    assert.deepEqual([first.hits, first.misses], [0, 2]);
    await rm(join(dist, 'og'), { recursive: true });
    const second = await buildOg(dist, { cacheDir, log: () => {} });
    assert.deepEqual([second.hits, second.misses], [2, 0]);
    const fresh = await ogCardPng({ title: 'Bản đồ', siteName: 'NTM TP.HCM', synthetic: false });
    assert.ok((await readFile(join(dist, 'og/b.png'))).equals(fresh));
    // Rewriting an image in dist leaves the cache entry as it was (copies, not links).
    await writeFile(join(dist, 'og/b.png'), 'not a png');
    await rm(join(dist, 'og/a.png'));
    const third = await buildOg(dist, { cacheDir, log: () => {} });
    assert.deepEqual([third.hits, third.misses], [2, 0]);
    assert.ok((await readFile(join(dist, 'og/b.png'))).equals(fresh));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('pruning removes the least recently used entries first and never one the build uses', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'og-cache-test-'));
  try {
    const cache = new OgCache(dir, 'r');
    const keys = ['a1', 'b2', 'c3', 'd4'].map((k) => k.repeat(32));
    // 100 bytes each, used at t = 1, 2, 3, 4 (seconds since the epoch): a1… is the oldest.
    for (const [i, k] of keys.entries()) {
      await cache.store(k, Buffer.alloc(100, i));
      await utimes(join(dir, k.slice(0, 2), `${k}.png`), i + 1, i + 1);
    }
    const r = await cache.prune(250, new Set([keys[0]!]));
    assert.deepEqual(r, { entries: 2, bytes: 200, removed: 2 });
    const left = keys.filter((k) => existsSync(join(dir, k.slice(0, 2), `${k}.png`)));
    // The oldest is kept because the build uses it; the next two oldest go.
    assert.deepEqual(left, [keys[0], keys[3]]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
