// Share images come from the cache when their page's card is unchanged: the site is built,
// one story's title is changed, the site is built again, and only that story's image is
// rendered; every image is byte-identical to a fresh render without the cache.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildOg, collectPages, type OgPage } from '../../scripts/build-og.ts';
import { canonicalCard } from '../../scripts/lib/og-cache.ts';
import { runPipeline } from '../../scripts/lib/pipeline.ts';
import { ogCardPng } from '../../src/lib/og/card.ts';
import { siteOutDir, tempDir } from '../helpers/fixtures.ts';

// Under content/: ImageFigure finds a story's images only there. A fixed name, removed afterwards.
const STORIES = 'content/test-share-image-cache';
const STORY = 'bap-giong-thai-my';
const STORY_PAGE = `mo-hinh/${STORY}/index.html`;
const NEW_TITLE = 'Thái Mỹ: bắp giống, tổ hợp tác và mười lăm năm nông thôn mới';

function buildSite(statsDir: string): string {
  const out = siteOutDir('share-image-cache');
  scratch.push(dirname(out));
  const r = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    encoding: 'utf8',
    env: { ...process.env, STATS_DIR: statsDir, STORIES_DIR: STORIES },
  });
  assert.equal(r.status, 0, (r.stdout + r.stderr).slice(-3000));
  return out;
}

const byPage = (pages: OgPage[]) => new Map(pages.map((p) => [p.page, p]));

const scratch: string[] = [STORIES];

describe('share images on a rebuild', () => {
  after(() => {
    for (const d of scratch) rmSync(d, { recursive: true, force: true });
  });

  it('render only the page whose card changed and copy every other one from the cache, byte for byte', async () => {
    rmSync(STORIES, { recursive: true, force: true });
    cpSync('content/stories', STORIES, { recursive: true });
    const work = tempDir('ntm-og-cache-');
    scratch.push(work);
    const statsDir = join(work, 'stats');
    const data = runPipeline({ dataDir: 'data', outDir: statsDir });
    assert.ok(data.ok, data.diagnostics.map((d) => d.message).join('\n'));
    const cacheDir = join(work, 'og-cache');
    const quiet = { cacheDir, log: () => {} };

    const dist1 = buildSite(statsDir);
    const first = await buildOg(dist1, quiet);
    assert.ok(first.images > 200, `${first.images} images`);
    assert.deepEqual(
      [first.hits, first.misses],
      [0, first.images],
      'an empty cache renders every image',
    );

    const file = join(STORIES, `${STORY}.mdx`);
    const story = readFileSync(file, 'utf8');
    assert.match(story, /^title: ".*"$/m);
    writeFileSync(file, story.replace(/^title: ".*"$/m, `title: "${NEW_TITLE}"`));
    const dist2 = buildSite(statsDir);
    const second = await buildOg(dist2, quiet);

    // Which cards changed, read from the pages themselves: only the edited story's.
    const before = byPage(await collectPages(dist1));
    const pages = await collectPages(dist2);
    const changed = pages.filter(
      (p) => canonicalCard(p.card) !== canonicalCard(before.get(p.page)!.card),
    );
    assert.deepEqual(
      changed.map((p) => p.page),
      [STORY_PAGE],
    );
    assert.equal(changed[0]!.card.title, NEW_TITLE);
    assert.equal(second.images, pages.length);
    assert.deepEqual([second.hits, second.misses], [pages.length - changed.length, changed.length]);

    const png = (dist: string, p: OgPage) => readFileSync(join(dist, relative(dist2, p.out)));
    for (const p of pages) {
      const now = readFileSync(p.out);
      // Unchanged pages: the same bytes as the first build; the story: new bytes.
      if (p.page === STORY_PAGE)
        assert.ok(!now.equals(png(dist1, p)), 'the story still shows its old title');
      else
        assert.ok(
          now.equals(png(dist1, p)),
          `${p.page}: its image changed though its card did not`,
        );
      // And every image is exactly what rendering its card without the cache gives.
      assert.ok(now.equals(await ogCardPng(p.card)), `${p.page}: differs from an uncached render`);
    }
  });
});
