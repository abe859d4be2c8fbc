// The files that are not pages (JSON API, figure CSVs, downloads) are written by the
// ntm:data-files integration, not by Astro routes: every one is written from the statistics,
// downloads byte for byte as released, and `astro dev` (the story editor) serves the same bytes.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { filesUnder } from '../../scripts/lib/files.ts';
import { writeDataFiles } from '../../src/integrations/data-files.ts';
import { reference, releaseFiles, units } from '../../src/lib/site-data.ts';
import { tempDir } from '../helpers/fixtures.ts';

const SITE = new URL('https://ntm-tphcm.example');
const STATS = process.env['STATS_DIR'] ?? 'src/generated/stats';

describe('files that are not pages', () => {
  const out = tempDir('ntm-data-files-');
  let written: Map<string, Buffer>;
  before(async () => {
    await writeDataFiles(out, SITE);
    written = new Map(
      filesUnder(out).map((f) => [`/${relative(out, f).split('\\').join('/')}`, readFileSync(f)]),
    );
  });

  it('one API file per unit and per figure, one CSV per figure, every download', () => {
    const paths = [...written.keys()];
    const under = (re: RegExp) => paths.filter((p) => re.test(p)).length;
    assert.equal(under(/^\/api\/v1\/units\/[^/]+\.json$/), units.length);
    assert.equal(under(/^\/api\/v1\/figures\/[^/]+\.json$/), reference.figures.length);
    assert.equal(under(/^\/so-lieu\/[^/]+\.csv$/), reference.figures.length);
    for (const f of [...releaseFiles.map((r) => r.name), 'datapackage.json'])
      assert.ok(written.has(`/so-lieu/tai-ve/${f}`), f);
    for (const p of ['/api/v1/index.json', '/api/v1/units.json', '/api/v1/progress.json'])
      assert.ok(written.has(p), p);
  });

  it('downloads are the released bytes, as hashed in datapackage.json', () => {
    const pkg = JSON.parse(written.get('/so-lieu/tai-ve/datapackage.json')!.toString()) as {
      resources: { path: string; hash: string }[];
    };
    assert.ok(pkg.resources.length > 0);
    for (const r of pkg.resources) {
      const bytes = written.get(`/so-lieu/tai-ve/${r.path}`)!;
      assert.deepEqual(bytes, readFileSync(join(STATS, 'release', r.path)), r.path);
      assert.equal(`sha256:${createHash('sha256').update(bytes).digest('hex')}`, r.hash, r.path);
    }
  });

  it('each unit file describes its own unit, in the v1 envelope', () => {
    for (const u of units) {
      const body = JSON.parse(written.get(`/api/v1/units/${u.code}.json`)!.toString()) as {
        api_version: string;
        data: { unit: { code: string } };
      };
      assert.equal(body.api_version, '1');
      assert.equal(body.data.unit.code, u.code);
    }
    const f = reference.figures[0]!;
    const fig = JSON.parse(written.get(`/api/v1/figures/${f.id}.json`)!.toString()) as {
      data: { permalink: string };
    };
    assert.equal(fig.data.permalink, new URL(`/so-lieu/${f.id}/`, SITE).href);
    assert.match(written.get(`/so-lieu/${f.id}.csv`)!.toString(), /^id,scope,metric,.*\r\n.*\r\n$/);
  });

  describe('in `astro dev`', () => {
    let port = 0;
    let dev: ReturnType<typeof spawn> | undefined;
    let log = '';
    before(async () => {
      port = await new Promise<number>((done) => {
        const s = createServer().listen(0, () => {
          const p = (s.address() as { port: number }).port;
          s.close(() => done(p));
        });
      });
      // Its own Astro cache, so a build running beside it keeps its content store.
      dev = spawn('npx', ['astro', 'dev', '--port', String(port)], {
        env: { ...process.env, ASTRO_CACHE_DIR: tempDir('ntm-data-files-cache-') },
        detached: true,
      });
      dev.stdout!.on('data', (d: Buffer) => (log += d.toString()));
      dev.stderr!.on('data', (d: Buffer) => (log += d.toString()));
      // A cold dev server (fresh cache, dependencies optimised) can take a minute on a busy machine.
      const until = Date.now() + 180_000;
      for (;;) {
        try {
          if ((await fetch(`http://localhost:${port}/`)).status === 200) break;
        } catch {
          /* not up yet */
        }
        if (Date.now() > until) throw new Error(`astro dev did not start:\n${log}`);
        await new Promise((r) => setTimeout(r, 500));
      }
    });
    after(() => {
      if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
    });

    it('serves the same bytes with the endpoints’ content types', async () => {
      const f = reference.figures[0]!;
      const u = units[0]!;
      const cases: [string, RegExp][] = [
        ['/api/v1/index.json', /^application\/json/],
        ['/api/v1/schemas/units.json', /^application\/schema\+json/],
        [`/api/v1/units/${u.code}.json`, /^application\/json/],
        [`/api/v1/figures/${f.id}.json`, /^application\/json/],
        [`/so-lieu/${f.id}.csv`, /^text\/csv/],
        ['/so-lieu/tai-ve/units.csv', /^text\/csv/],
        ['/so-lieu/tai-ve/datapackage.json', /^application\/json/],
      ];
      for (const [path, type] of cases) {
        const res = await fetch(`http://localhost:${port}${path}`);
        assert.equal(res.status, 200, path);
        assert.match(res.headers.get('content-type') ?? '', type, path);
        assert.deepEqual(Buffer.from(await res.arrayBuffer()), written.get(path), path);
      }
      // Pages under the same folders are still Astro's; unknown files are not found.
      const page = await fetch(`http://localhost:${port}/so-lieu/${f.id}/`);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<html/);
      assert.equal((await fetch(`http://localhost:${port}/api/v1/units/nope.json`)).status, 404);
    });

    // A desk publish or a test build writes thousands of pages under tests/output; a dev server
    // that reloaded for each did not answer within 3 minutes in CI.
    it('does not watch build outputs: a page written under tests/output is not reloaded', async () => {
      const probe = `watch-probe-${process.pid}`;
      const ignored = join('tests/output', probe, 'index.html');
      const watched = join('.astro', probe, 'index.html');
      try {
        for (const f of [ignored, watched]) {
          mkdirSync(dirname(f), { recursive: true });
          writeFileSync(f, '<html></html>');
          // In this order, so the watched file's reload comes after any for the ignored one.
          await new Promise((r) => setTimeout(r, 1000));
        }
        const until = Date.now() + 30_000;
        while (!log.includes(watched) && Date.now() < until)
          await new Promise((r) => setTimeout(r, 200));
        assert.ok(log.includes(watched), `the watcher never saw ${watched}:\n${log}`);
        assert.ok(!log.includes(ignored), `the dev server reloaded for ${ignored}`);
      } finally {
        for (const f of [ignored, watched]) rmSync(dirname(f), { recursive: true, force: true });
      }
    });
  });
});
