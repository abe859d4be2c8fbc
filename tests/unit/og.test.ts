import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import sharp from 'sharp';
import { buildOg, decodeEntities, headMeta } from '../../scripts/build-og.ts';
import {
  glyphFor,
  measure,
  ogCardPng,
  ogCardSvg,
  wrapText,
  type OgCard,
} from '../../src/lib/og/card.ts';

const CARD: OgCard = {
  title: 'Xã Nhuận Đức, Huyện Củ Chi',
  label: 'Chuẩn cao nhất đã đạt',
  figure: 'NTM nâng cao',
  siteName: 'NTM TP.HCM',
  synthetic: false,
};
const LONG =
  'Tân Thông Hội: xã thí điểm của cả nước và hợp tác xã bò sữa có phòng thí nghiệm riêng, cùng những câu chuyện về nông thôn mới kiểu mẫu ở Hồ Chí Minh và các huyện ngoại thành';

// Every vowel with no mark and the five tone marks (grave, acute, tilde, hook, dot below), both cases.
const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const VIETNAMESE = [...VOWELS, ...VOWELS.toUpperCase()]
  .flatMap((v) => TONES.map((t) => (v + t).normalize('NFC')))
  .concat(['đ', 'Đ'])
  .join('');

test('every Vietnamese letter with every tone mark maps to a real glyph in both weights', () => {
  assert.equal(
    [...VIETNAMESE].length,
    24 * 6 + 2,
    'all combinations are single precomposed characters',
  );
  for (const weight of [400, 700] as const) {
    for (const ch of VIETNAMESE + ' Nhuận Đức Thạnh Quý Phước Ở Hồ Chí Minh –…') {
      const g = glyphFor(ch.codePointAt(0)!, weight);
      assert.ok(
        g && g.id !== 0,
        `${ch} (U+${ch.codePointAt(0)!.toString(16)}) has no glyph at ${weight}`,
      );
    }
  }
});

test('SVG is 1200×630 and has no <text> element, only outlines', () => {
  const svg = ogCardSvg({ ...CARD, title: VIETNAMESE, synthetic: true });
  assert.doesNotMatch(svg, /<text\b/);
  assert.match(svg, /^<svg [^>]*width="1200" height="630"/);
  assert.match(svg, /<path /);
});

test('SVG output is the same string for the same card', () => {
  assert.equal(ogCardSvg(CARD), ogCardSvg({ ...CARD }));
});

test('long title wraps to at most 3 lines, each within the width, the last ellipsised', () => {
  const width = 1040 / 56;
  const w = wrapText(LONG, 700, width, 3);
  assert.equal(w.lines.length, 3);
  assert.ok(w.truncated);
  assert.ok(w.lines[2]!.endsWith('…'), w.lines[2]);
  for (const line of w.lines) assert.ok(measure(line, 700) <= width + 1e-9, line);
  assert.deepEqual(wrapText('Tổng quan', 700, width, 3), {
    lines: ['Tổng quan'],
    truncated: false,
    broken: false,
  });
});

test('a word wider than the line is split rather than overflowing', () => {
  const w = wrapText('Thànhphốhồchíminhthànhphốhồchíminh', 700, 8, 3);
  assert.ok(w.broken && w.lines.length > 1);
  for (const line of w.lines) assert.ok(measure(line, 700) <= 8 + 1e-9, line);
});

test('PNG is 1200×630 and byte-identical on two renders', async () => {
  const a = await ogCardPng(CARD);
  const b = await ogCardPng({ ...CARD });
  const meta = await sharp(a).metadata();
  assert.equal(meta.format, 'png');
  assert.equal(meta.width, 1200);
  assert.equal(meta.height, 630);
  assert.ok(a.equals(b));
});

test('synthetic band appears only when synthetic is true', async () => {
  assert.doesNotMatch(ogCardSvg(CARD), /data-synthetic-band/);
  assert.match(ogCardSvg({ ...CARD, synthetic: true }), /data-synthetic-band/);
  // Bottom-left pixel: band colour #7a1f00 vs white background.
  const pixel = async (c: OgCard) => [
    ...(await sharp(await ogCardPng(c))
      .extract({ left: 40, top: 620, width: 1, height: 1 })
      .raw()
      .toBuffer()),
  ];
  assert.deepEqual(await pixel({ ...CARD, synthetic: true }), [0x7a, 0x1f, 0x00]);
  assert.deepEqual(await pixel(CARD), [0xff, 0xff, 0xff]);
});

test('head meta values are read whatever the attribute order, with entities decoded', () => {
  assert.equal(
    decodeEntities('A &amp; B &#39;x&#39; &quot;y&quot; &lt;z&gt; &#7853; &#x1EAD;'),
    `A & B 'x' "y" <z> ậ ậ`,
  );
  const m = headMeta(
    '<head><meta content="Xã &amp; huyện" property="og:title"><meta name="twitter:data1" content=\'56/56\'></head><body><meta property="og:title" content="body">',
  );
  assert.equal(m.get('og:title'), 'Xã & huyện');
  assert.equal(m.get('twitter:data1'), '56/56');
});

const page = (head: string, body = '') =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8">${head}</head><body>${body}<main>nội dung</main></body></html>`;

// cacheDir: null below: these check rendering, not what an earlier run left in the cache.
test("buildOg writes each page's PNG at its og:image path and skips pagefind/", async () => {
  const dist = await mkdtemp(join(tmpdir(), 'og-test-'));
  try {
    await mkdir(join(dist, 'xa/tan-thong-hoi'), { recursive: true });
    await mkdir(join(dist, 'pagefind'), { recursive: true });
    await writeFile(
      join(dist, 'index.html'),
      page(
        '<meta property="og:title" content="Tổng quan"><meta property="og:site_name" content="NTM TP.HCM">' +
          '<meta name="twitter:label1" content="Xã đạt chuẩn NTM, cuối 2025"><meta name="twitter:data1" content="56/56">' +
          '<meta property="og:image" content="https://ntm-tphcm.example/og/index.png">',
        '<p class="synthetic-banner" data-synthetic-banner data-pagefind-ignore>DỮ LIỆU MẪU</p>',
      ),
    );
    await writeFile(
      join(dist, 'xa/tan-thong-hoi/index.html'),
      page(
        '<meta property="og:title" content="Xã Tân Thông Hội &amp; HTX bò sữa"><meta property="og:image" content="https://ntm-tphcm.example/og/xa/tan-thong-hoi.png">',
      ),
    );
    await writeFile(
      join(dist, 'no-image.html'),
      page('<meta property="og:title" content="Không có ảnh">'),
    );
    await writeFile(
      join(dist, 'pagefind/x.html'),
      page('<meta property="og:image" content="/og/pagefind.png">'),
    );

    const r = await buildOg(dist, { cacheDir: null, log: () => {} });
    assert.equal(r.images, 2);
    for (const out of ['og/index.png', 'og/xa/tan-thong-hoi.png']) {
      const meta = await sharp(join(dist, out)).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height], ['png', 1200, 630], out);
    }
    assert.equal(existsSync(join(dist, 'og/pagefind.png')), false);
  } finally {
    await rm(dist, { recursive: true, force: true });
  }
});

test('buildOg fails naming the page that has og:image but no og:title', async () => {
  const dist = await mkdtemp(join(tmpdir(), 'og-test-'));
  try {
    await mkdir(join(dist, 'cau-chuyen'), { recursive: true });
    await writeFile(
      join(dist, 'index.html'),
      page(
        '<meta property="og:title" content="Tổng quan"><meta property="og:image" content="/og/index.png">',
      ),
    );
    await writeFile(
      join(dist, 'cau-chuyen/index.html'),
      page('<meta property="og:image" content="/og/cau-chuyen.png">'),
    );
    await assert.rejects(buildOg(dist, { cacheDir: null, log: () => {} }), (e: Error) => {
      assert.match(e.message, /cau-chuyen\/index\.html/);
      assert.match(e.message, /og:title/);
      return true;
    });
  } finally {
    await rm(dist, { recursive: true, force: true });
  }
});

test('pages with the same card content each get their own identical file', async () => {
  const dist = await mkdtemp(join(tmpdir(), 'og-test-'));
  try {
    const head = (img: string) =>
      `<meta property="og:title" content="Tổng quan"><meta property="og:image" content="${img}">`;
    await writeFile(join(dist, 'a.html'), page(head('/og/a.png')));
    await writeFile(join(dist, 'b.html'), page(head('/og/b.png')));
    const r = await buildOg(dist, { cacheDir: null, log: () => {} });
    assert.equal(r.images, 2);
    const [a, b] = await Promise.all(
      ['a', 'b'].map((n) =>
        sharp(join(dist, `og/${n}.png`))
          .raw()
          .toBuffer(),
      ),
    );
    assert.ok(a!.equals(b!));
  } finally {
    await rm(dist, { recursive: true, force: true });
  }
});
