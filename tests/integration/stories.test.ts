// The story collection catches authors' mistakes at build time and names the file;
// `new:story` writes a skeleton that builds.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FIXTURES, siteOutDir, tempDir } from '../helpers/fixtures.ts';

function withStory(name: string): string {
  const dir = tempDir('ntm-stories-');
  cpSync(join(FIXTURES, 'stories-bad', `${name}.mdx`), join(dir, `${name}.mdx`));
  cpSync(join(FIXTURES, 'stories-bad', '_media'), join(dir, '_media'), { recursive: true });
  return dir;
}

function astro(args: string[], storiesDir: string) {
  const r = spawnSync('npx', ['astro', ...args], {
    encoding: 'utf8',
    env: { ...process.env, STORIES_DIR: storiesDir },
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

const CASES: [string, RegExp][] = [
  ['missing-alt', /cover\.alt: describe the image/],
  // Astro prints the issue list as JSON, so quotes arrive escaped.
  ['unknown-commune', /27999\\?" is not a commune or town code in data\/units\.csv/],
  ['unknown-source', /nguon-khong-co\\?" is not a source id in data\/sources\.csv/],
  ['bad-date', /published: write the date as YYYY-MM-DD/],
];

describe('the story schema rejects mistakes and names the file', () => {
  for (const [name, message] of CASES) {
    it(name, () => {
      const r = astro(['sync'], withStory(name));
      assert.notEqual(r.code, 0, r.out);
      assert.match(r.out, message);
      assert.match(r.out, new RegExp(`${name}\\.mdx`));
    });
  }

  it('an unknown <Stat id> fails the build, naming the id and the story', () => {
    const r = astro(['build', '--outDir', siteOutDir('unknown-stat')], withStory('unknown-stat'));
    assert.notEqual(r.code, 0);
    assert.match(r.out, /<Stat id="f-khong-co">: no figure or count with this id/);
    assert.match(r.out, /unknown-stat/);
  });
});

describe('new:story', () => {
  it('writes a skeleton that builds, and refuses to overwrite it', () => {
    const dir = tempDir('ntm-new-story-');
    const env = { ...process.env, STORIES_DIR: dir };
    const first = spawnSync(
      'npx',
      ['tsx', 'scripts/new-story.ts', 'Mô hình thử nghiệm ở Đa Phước'],
      { encoding: 'utf8', env },
    );
    assert.equal(first.status, 0, first.stderr);
    const file = join(dir, 'mo-hinh-thu-nghiem-o-da-phuoc.mdx');
    assert.ok(existsSync(file));
    assert.match(readFileSync(file, 'utf8'), /^published: \d{4}-\d{2}-\d{2}$/m);
    const again = spawnSync(
      'npx',
      ['tsx', 'scripts/new-story.ts', 'Mô hình thử nghiệm ở Đa Phước'],
      { encoding: 'utf8', env },
    );
    assert.equal(again.status, 1);
    assert.match(again.stderr, /Không ghi đè/);
    const out = siteOutDir('new-story');
    const r = astro(['build', '--outDir', out], dir);
    assert.equal(r.code, 0, r.out);
    // It is a draft: validated, but not in the public build.
    assert.ok(!existsSync(join(out, 'mo-hinh', 'mo-hinh-thu-nghiem-o-da-phuoc')));
    assert.ok(readdirSync(out).includes('mo-hinh'));
  });
});
