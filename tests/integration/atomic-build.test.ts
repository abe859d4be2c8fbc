// `npm run build` (scripts/build/site.ts) never touches the target folder until every step has
// passed: a refused story, a bad table or a build killed half way leaves it byte for byte as it
// was, with no build folder left beside it, and the next build recovers and replaces it.
// Real builds, each into its own target under tests/output/ (never the real dist/).
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const OUTPUT = join(import.meta.dirname, '..', 'output');
const made: string[] = [];
after(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A scratch folder inside the project (Astro wants its outDir there, the content loader its stories). */
function scratch(name: string): string {
  const dir = join(OUTPUT, `atomic-${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  made.push(dir);
  return dir;
}

/** Every file under dir → SHA-256 of its bytes (folders listed too, so an empty one counts). */
function fingerprint(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const rel = join(e.parentPath, e.name).slice(dir.length + 1);
    out.set(
      rel,
      e.isDirectory()
        ? 'dir'
        : createHash('sha256')
            .update(readFileSync(join(dir, rel)))
            .digest('hex'),
    );
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** A small stand-in for a served site, with files whose bytes are known. */
function fakeTarget(parent: string): string {
  const target = join(parent, 'dist');
  mkdirSync(join(target, 'nested', 'deeper'), { recursive: true });
  writeFileSync(join(target, 'index.html'), '<!doctype html><title>the live site</title>\n');
  writeFileSync(join(target, 'nested', 'page.html'), 'Trang đang phục vụ\n');
  writeFileSync(join(target, 'nested', 'deeper', 'blob.bin'), Buffer.from([0, 1, 2, 254, 255]));
  mkdirSync(join(target, 'empty'));
  return target;
}

/** Folders a build leaves beside its target: its fresh (.next-) and parked (.prev-) builds. */
const leftovers = (parent: string): string[] =>
  readdirSync(parent).filter((n) => /^\.dist\.(next|prev)-\d+$/.test(n));

// As `npm run build` runs it: this Node runs the script itself, so a signal reaches the build.
const BUILD = ['scripts/build/site.ts', '--out'];

/** Runs the build with stdout and stderr into one file, so the order of lines is kept. */
function build(
  target: string,
  env: NodeJS.ProcessEnv,
  log: string,
): { code: number | null; out: string; last: string } {
  const fd = openSync(log, 'w');
  try {
    const r = spawnSync(process.execPath, [...BUILD, target], {
      env: { ...process.env, ...env },
      stdio: ['ignore', fd, fd],
      timeout: 300_000,
    });
    const out = readFileSync(log, 'utf8');
    return { code: r.status, out, last: out.trimEnd().split('\n').at(-1) ?? '' };
  } finally {
    closeSync(fd);
  }
}

/**
 * Starts the build in its own process group (`child` is the build's own process, the one a
 * `kill <pid>` reaches) and resolves once the astro step has written into the fresh folder
 * beside the target.
 */
async function startUntilAstroWrites(
  target: string,
  env: NodeJS.ProcessEnv,
  log: string,
): Promise<{ child: ChildProcess; fresh: string; exited: Promise<number | null> }> {
  const parent = join(target, '..');
  const fd = openSync(log, 'w');
  const child = spawn(process.execPath, [...BUILD, target], {
    env,
    stdio: ['ignore', fd, fd],
    detached: true,
  });
  closeSync(fd);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const deadline = Date.now() + 120_000;
  for (;;) {
    const fresh = leftovers(parent).find((n) => n.includes('.next-'));
    if (fresh && readdirSync(join(parent, fresh), { recursive: true }).length >= 20)
      return { child, fresh: join(parent, fresh), exited };
    assert.ok(
      Date.now() < deadline && child.exitCode === null,
      `the build never wrote its fresh folder:\n${readFileSync(log, 'utf8').slice(-2000)}`,
    );
    await new Promise((r) => setTimeout(r, 50));
  }
}

function assertRefused(
  r: { code: number | null; out: string; last: string },
  target: string,
  before: Map<string, string>,
  parent: string,
  how: 'refused' | 'interrupted' = 'refused',
): void {
  assert.notEqual(r.code, 0, r.out.slice(-3000));
  assert.deepEqual(fingerprint(target), before, 'the target changed');
  assert.deepEqual(leftovers(parent), [], 'a build folder was left beside the target');
  const shown = `${target.slice(process.cwd().length + 1)}/`;
  const vi = how === 'refused' ? 'bản dựng bị từ chối' : 'bản dựng bị dừng';
  assert.match(r.last, new RegExp(`^✗ build ${how}: `), r.out.slice(-2000));
  assert.ok(
    r.last.endsWith(` — ${shown} unchanged (${vi} — ${shown} giữ nguyên như trước)`),
    r.last,
  );
}

describe('a build that does not pass leaves the target as it was', () => {
  it('a story the story guard refuses (an <iframe>): exit ≠ 0, target byte-identical, last line says so', () => {
    const work = scratch('story');
    const stories = join(work, 'stories');
    cpSync('content/stories', stories, { recursive: true });
    const story = join(stories, 'bap-giong-thai-my.mdx');
    writeFileSync(
      story,
      `${readFileSync(story, 'utf8')}\n<iframe src="https://evil.example/"></iframe>\n`,
    );
    const target = fakeTarget(work);
    const before = fingerprint(target);
    const r = build(
      target,
      { STORIES_DIR: stories, STATS_DIR: join(work, 'stats') },
      join(work, 'build.log'),
    );
    assertRefused(r, target, before, work);
    assert.match(r.out, /Bài viết bị từ chối, chưa được biên dịch/);
    assert.match(r.out, /bap-giong-thai-my\.mdx:\d+:1: thẻ HTML <iframe> không được dùng/);
    assert.match(r.last, /2\/6 pages \(astro build\) failed/);
  });

  it('a table with an unknown status value: exit ≠ 0, target and statistics untouched, last line says so', () => {
    const work = scratch('table');
    const data = join(work, 'data');
    cpSync('data', data, { recursive: true });
    const units = join(data, 'units.csv');
    const csv = readFileSync(units, 'utf8');
    assert.ok(csv.includes(',cu-chi,yes,'));
    writeFileSync(units, csv.replace(',cu-chi,yes,', ',cu-chi,maybe,'));
    const target = fakeTarget(work);
    const before = fingerprint(target);
    const stats = join(work, 'stats');
    const r = build(target, { DATA_DIR: data, STATS_DIR: stats }, join(work, 'build.log'));
    assertRefused(r, target, before, work);
    assert.match(r.out, /units\.csv:\d+:\d+: .*maybe/);
    assert.match(r.last, /1\/6 statistics failed/);
    assert.equal(existsSync(stats), false, 'the data step wrote statistics from a bad table');
  });

  it('SIGTERM to a running build stops its step, removes the fresh folder and leaves the target; exit ≠ 0', async () => {
    const work = scratch('term');
    const target = fakeTarget(work);
    const before = fingerprint(target);
    const log = join(work, 'build.log');
    const { child, exited } = await startUntilAstroWrites(
      target,
      { ...process.env, STATS_DIR: join(work, 'stats') },
      log,
    );
    process.kill(child.pid!, 'SIGTERM');
    const code = await exited;
    const out = readFileSync(log, 'utf8');
    assertRefused(
      { code, out, last: out.trimEnd().split('\n').at(-1) ?? '' },
      target,
      before,
      work,
      'interrupted',
    );
    assert.equal(code, 143);
    assert.match(out, /✗ build interrupted: SIGTERM, during 2\/6 pages \(astro build\) — /);
    // The astro step is gone too: nothing recreates the fresh folder.
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepEqual(leftovers(work), []);
  });

  it('a build killed half way (SIGKILL to its process group) leaves the target; the next build recovers and replaces it', async () => {
    const work = scratch('kill');
    const target = join(work, 'dist');
    // The previous good build: a copy of the real one when there is one, else a stand-in.
    if (existsSync('dist/index.html')) cpSync('dist', target, { recursive: true });
    else fakeTarget(work);
    writeFileSync(join(target, 'previous-build.txt'), 'from the build before\n');
    const before = fingerprint(target);
    const env = { ...process.env, STATS_DIR: join(work, 'stats') };

    const { child, fresh, exited } = await startUntilAstroWrites(
      target,
      env,
      join(work, 'killed.log'),
    );
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
    // Nothing of the killed build is still writing.
    const count = () => readdirSync(fresh, { recursive: true }).length;
    const n = count();
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(count(), n, 'a step of the killed build is still running');
    assert.deepEqual(fingerprint(target), before, 'the killed build changed the target');

    const r = build(target, env, join(work, 'build.log'));
    assert.equal(r.code, 0, r.out.slice(-3000));
    assert.ok(
      r.out.includes(
        `⚠ removed ${fresh.slice(process.cwd().length + 1)}, left by an earlier build that did not finish`,
      ),
      r.out.slice(0, 2000),
    );
    assert.deepEqual(leftovers(work), []);
    assert.equal(
      existsSync(join(target, 'previous-build.txt')),
      false,
      'the target was not replaced',
    );
    for (const f of ['index.html', '_headers', 'pagefind/pagefind-entry.json', 'index.html.br'])
      assert.ok(existsSync(join(target, f)), f);
    assert.match(
      r.last,
      /^✓ tests\/output\/atomic-kill-\d+\/dist\/ replaced by the new build: [\d,]+ files in [\d.]+ s$/,
    );
  });
});
