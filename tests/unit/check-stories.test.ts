// The quick story checker reports the same mistakes as the build, with file, line and column.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { slugify, wordCount } from '../../src/lib/stories/check-story.ts';

describe('check:stories', () => {
  const r = spawnSync('npx', ['tsx', 'scripts/check-stories.ts'], {
    encoding: 'utf8',
    env: { ...process.env, STORIES_DIR: 'tests/fixtures/stories-bad' },
  });
  const CASES: [string, RegExp][] = [
    ['bad date', /bad-date\.mdx:6:1: published: write the date as YYYY-MM-DD/],
    ['missing alt text', /missing-alt\.mdx:\d+:1: cover\.alt: describe the image/],
    [
      'unknown commune',
      /unknown-commune\.mdx:7:1: communes\.0: "27999" is not a commune or town code/,
    ],
    ['unknown source', /unknown-source\.mdx:8:1: sources\.0: "nguon-khong-co" is not a source id/],
    [
      'unknown Stat id',
      /unknown-stat\.mdx:11:4: <Stat id="f-khong-co">: no figure or count with this id/,
    ],
  ];
  for (const [name, re] of CASES)
    it(`reports ${name} with file, line and column`, () => assert.match(r.stderr, re));
  it('exits non-zero when a story has a problem', () => assert.equal(r.status, 1));

  it('passes every story in content/stories', () => {
    const ok = spawnSync('npx', ['tsx', 'scripts/check-stories.ts'], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
  });
});

describe('story helpers', () => {
  it('slugifies Vietnamese titles to ASCII, đ included', () =>
    assert.equal(slugify('Đa Phước: rau sạch & “OCOP” 2024'), 'da-phuoc-rau-sach-ocop-2024'));
  it('counts body words, not frontmatter or tags', () =>
    assert.equal(wordCount('---\ntitle: x y z\n---\n\nMột hai <Stat id="a" /> ba.\n'), 3));
});
