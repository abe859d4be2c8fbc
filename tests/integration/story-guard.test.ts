// A story outside the story language fails `check:stories` and the site build with its
// file:line:column and message, and is never compiled: the story that tries to write a file
// at build time leaves no file behind.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FIXTURES, siteOutDir, tempDir } from '../helpers/fixtures.ts';
import { UNSAFE } from '../helpers/unsafe-stories.ts';

// The path the import-export fixture writes to if it ever runs.
const WRITTEN = 'tests/output/story-wrote-this.txt';

function storyDir(name: string): string {
  const dir = tempDir(`ntm-unsafe-${name}-`);
  cpSync(join(FIXTURES, 'stories-unsafe', `${name}.mdx`), join(dir, `${name}.mdx`));
  return dir;
}

describe('a story outside the story language is rejected before it is compiled', () => {
  it('npm run check:stories names file, line, column and the fix for every fixture', () => {
    const files = Object.keys(UNSAFE).map((n) => join(storyDir(n), `${n}.mdx`));
    rmSync(WRITTEN, { force: true });
    const r = spawnSync('npx', ['tsx', 'scripts/check-stories.ts', ...files], { encoding: 'utf8' });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    for (const [i, [name, [where, message]]] of Object.entries(UNSAFE).entries()) {
      const line = r.stderr.split('\n').find((l) => l.startsWith(`${files[i]}:${where}: `));
      assert.ok(line, `${name}: no line ${files[i]}:${where} in\n${r.stderr}`);
      assert.match(line.slice(`${files[i]}:${where}: `.length), message, name);
    }
    assert.equal(existsSync(WRITTEN), false);
  });

  for (const [name, [where, message]] of Object.entries(UNSAFE)) {
    it(`astro build fails on ${name}, with its place and message`, () => {
      rmSync(WRITTEN, { force: true });
      const r = spawnSync('npx', ['astro', 'build', '--outDir', siteOutDir(`unsafe-${name}`)], {
        encoding: 'utf8',
        env: { ...process.env, STORIES_DIR: storyDir(name) },
      });
      const out = r.stdout + r.stderr;
      assert.notEqual(r.status, 0, out);
      assert.match(out, /Bài viết bị từ chối, chưa được biên dịch/);
      const line = out.split('\n').find((l) => l.includes(`${name}.mdx:${where}: `));
      assert.ok(line, `${name}: no ${name}.mdx:${where} in\n${out.slice(-3000)}`);
      assert.match(line.slice(line.indexOf(`:${where}: `) + where.length + 3), message);
      assert.equal(existsSync(WRITTEN), false, 'the story ran code at build time');
    });
  }

  it('a rejected draft does not stop the production build: it is compiled as its frontmatter alone, with a warning', () => {
    const dir = tempDir('ntm-unsafe-draft-');
    cpSync('content/stories/bap-giong-thai-my.mdx', join(dir, 'bap-giong-thai-my.mdx'));
    const unsafe = readFileSync(join(FIXTURES, 'stories-unsafe', 'import-export.mdx'), 'utf8');
    writeFileSync(join(dir, 'nhap.mdx'), unsafe.replace('tags: []', 'tags: []\ndraft: true'));
    rmSync(WRITTEN, { force: true });
    const out = siteOutDir('unsafe-draft');
    const r = spawnSync('npx', ['astro', 'build', '--outDir', out], {
      encoding: 'utf8',
      env: { ...process.env, STORIES_DIR: dir },
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout + r.stderr, /Bản nháp .*nhap\.mdx có 1 lỗi, không được biên dịch/);
    assert.match(r.stdout + r.stderr, /nhap\.mdx:12:1: import và export không được dùng/);
    assert.equal(existsSync(WRITTEN), false, 'the draft ran code at build time');
    assert.ok(existsSync(join(out, 'mo-hinh', 'bap-giong-thai-my', 'index.html')));
    assert.equal(existsSync(join(out, 'mo-hinh', 'nhap')), false);
  });

  it('a draft whose frontmatter fails the schema is left out of the build with a warning; the same story not marked draft fails it', () => {
    const good = readFileSync('content/stories/bap-giong-thai-my.mdx', 'utf8');
    // No alt text or credit for the cover, and a commune code the units table does not hold.
    const broken = good
      .replace('communes: ["27538"]', 'communes: ["99999"]')
      .replace('tags: [', 'cover:\n  src: ./_media/bac-chuan-nong-thon-moi.svg\ntags: [');
    const dir = tempDir('ntm-draft-schema-');
    cpSync('content/stories/_media', join(dir, '_media'), { recursive: true });
    cpSync('content/stories/bap-giong-thai-my.mdx', join(dir, 'bap-giong-thai-my.mdx'));
    writeFileSync(join(dir, 'nhap.mdx'), broken.replace('tags: [', 'draft: true\ntags: ['));
    const out = siteOutDir('draft-schema');
    const r = spawnSync('npx', ['astro', 'build', '--outDir', out], {
      encoding: 'utf8',
      env: { ...process.env, STORIES_DIR: dir },
    });
    const log = r.stdout + r.stderr;
    assert.equal(r.status, 0, log);
    assert.match(log, /Bản nháp .*nhap\.mdx có lỗi ở phần thông tin đầu bài, được bỏ qua/);
    assert.match(log, /"99999" is not a commune or town code/);
    assert.match(log, /cover\.alt/);
    assert.ok(existsSync(join(out, 'mo-hinh', 'bap-giong-thai-my', 'index.html')));
    assert.equal(existsSync(join(out, 'mo-hinh', 'nhap')), false);

    writeFileSync(join(dir, 'nhap.mdx'), broken);
    const failed = spawnSync(
      'npx',
      ['astro', 'build', '--outDir', siteOutDir('published-schema')],
      { encoding: 'utf8', env: { ...process.env, STORIES_DIR: dir } },
    );
    assert.notEqual(
      failed.status,
      0,
      'a published story that fails the schema must stop the build',
    );
    assert.match(failed.stdout + failed.stderr, /"99999" is not a commune or town code/);
  });

  it("astro dev (the editor's preview) answers the story with the rejection and never runs it", async () => {
    rmSync(WRITTEN, { force: true });
    const port = 4397;
    const dev = spawn('npx', ['astro', 'dev', '--port', String(port)], {
      env: { ...process.env, STORIES_DIR: storyDir('import-export') },
      detached: true,
    });
    let log = '';
    dev.stdout.on('data', (d) => {
      log += d;
    });
    dev.stderr.on('data', (d) => {
      log += d;
    });
    try {
      const deadline = Date.now() + 60_000;
      while (!/localhost:\d+/.test(log) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200));
      // Astro moves to the next free port when this one is taken: ask the one it printed.
      const served = /localhost:(\d+)/.exec(log)?.[1] ?? String(port);
      const res = await fetch(`http://localhost:${served}/mo-hinh/import-export/`);
      const body = await res.text();
      assert.equal(res.status, 500);
      assert.match(body + log, /import-export\.mdx:11:1: import và export không được dùng/);
      assert.equal(existsSync(WRITTEN), false, 'the story ran code in the dev server');
    } finally {
      process.kill(-dev.pid!, 'SIGTERM');
    }
  });
});
