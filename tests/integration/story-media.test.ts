// An <ImageFigure> whose file sits in _media/<story>/, where the editor's file picker saves it,
// is checked and rendered like one directly in _media/. The stories folder has to lie under
// content/, where the site's image glob looks, so the test makes and removes one there.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { siteOutDir } from '../helpers/fixtures.ts';

describe("an image the editor saved in the story's own _media folder", () => {
  it('passes check:stories and renders in the built story page', () => {
    // A fixed name: Astro's content cache keeps an unchanged entry's old path, so a new folder
    // per run would point the build at the last run's deleted copy.
    const dir = 'content/test-media-figure';
    try {
      mkdirSync(join(dir, '_media', 'xa-dao-thanh-an'), { recursive: true });
      // Different bytes from the file in content/stories/_media, which Vite would otherwise emit once for both.
      writeFileSync(
        join(dir, '_media', 'xa-dao-thanh-an', 'so-do.svg'),
        readFileSync('content/stories/_media/bac-chuan-nong-thon-moi.svg', 'utf8').replace(
          '</svg>',
          '<!-- test copy --></svg>',
        ),
      );
      const story = readFileSync('content/stories/xa-dao-thanh-an.mdx', 'utf8').replace(
        'src="./_media/bac-chuan-nong-thon-moi.svg"',
        'src="./_media/xa-dao-thanh-an/so-do.svg"',
      );
      assert.match(story, /_media\/xa-dao-thanh-an\/so-do\.svg/);
      writeFileSync(join(dir, 'xa-dao-thanh-an.mdx'), story);
      const env = { ...process.env, STORIES_DIR: dir };
      const check = spawnSync('npx', ['tsx', 'scripts/check-stories.ts'], {
        encoding: 'utf8',
        env,
      });
      assert.equal(check.status, 0, check.stdout + check.stderr);
      const out = siteOutDir('story-media');
      const build = spawnSync('npx', ['astro', 'build', '--outDir', out], {
        encoding: 'utf8',
        env,
      });
      assert.equal(build.status, 0, (build.stdout + build.stderr).slice(-3000));
      const page = readFileSync(join(out, 'mo-hinh', 'xa-dao-thanh-an', 'index.html'), 'utf8');
      const img = /<figure class="image-figure"[^>]*>\s*<img [^>]*>/.exec(page)?.[0] ?? '';
      assert.match(img, /alt="Sơ đồ ba bậc chuẩn của xã/);
      assert.match(img, /src="\/_astro\/so-do\.[\w-]+\.svg"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
