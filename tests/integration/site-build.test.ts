// Builds the site from the bundled data and from a synthetic dataset, and checks the
// page shows the computed figures (read from the statistics, not copied from the page).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runPipeline } from '../../scripts/lib/pipeline.ts';
import { makeSynthetic } from '../../scripts/lib/synthetic.ts';
import type { Stats } from '../../src/lib/stats/types.ts';
import { siteOutDir, tempDir } from '../helpers/fixtures.ts';

/**
 * The statistics of `dataDir`, and the home page of the site built from them. `built`: a site
 * already built from that data (`npm test` passes its builds: NTM_BUILT_SITE, NTM_BUILT_SYNTHETIC),
 * read instead of building it once more; without it, built here.
 */
function buildSite(dataDir: string, built?: string): { html: string; stats: Stats } {
  const work = tempDir('ntm-site-');
  const statsDir = join(work, 'stats');
  const r = runPipeline({ dataDir, outDir: statsDir });
  assert.ok(r.ok, r.diagnostics.map((d) => d.message).join('\n'));
  if (built) return { html: readFileSync(join(built, 'index.html'), 'utf8'), stats: r.stats! };
  const out = siteOutDir('site-build');
  const b = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    encoding: 'utf8',
    env: { ...process.env, STATS_DIR: statsDir },
  });
  assert.equal(b.status, 0, b.stdout + b.stderr);
  return { html: readFileSync(join(out, 'index.html'), 'utf8'), stats: r.stats! };
}

const figure = (html: string, name: string) =>
  new RegExp(`data-figure="${name}">([^<]*)<`).exec(html)?.[1];

describe('site build', () => {
  it('from the bundled data shows the computed unit counts and every main city target, with no synthetic banner', () => {
    const { html, stats } = buildSite('data', process.env['NTM_BUILT_SITE']);
    const local = stats.units.filter((u) => u.kind === 'commune' || u.kind === 'town');
    assert.equal(figure(html, 'units-local'), String(local.length));
    assert.equal(
      figure(html, 'units-in-programme'),
      String(local.filter((u) => u.inProgramme).length),
    );
    // The home page shows the three main targets (tier main), not their steps or the context targets.
    for (const p of stats.progress.filter((x) => x.level === 'city' && x.tier === 'main')) {
      assert.match(html, new RegExp(`id="${p.id}" data-status="${p.status}"`));
    }
    assert.match(html, /<html lang="vi">/);
    assert.doesNotMatch(html, /data-synthetic-banner/);
  });

  it('from a synthetic dataset says so on the page', () => {
    // npm test's synthetic build and its data (NTM_BUILT_SYNTHETIC, NTM_SYNTHETIC_DATA), or one here.
    const shared = process.env['NTM_BUILT_SYNTHETIC'];
    const dir = shared ? process.env['NTM_SYNTHETIC_DATA']! : tempDir('ntm-syn-');
    if (!shared)
      for (const [f, text] of Object.entries(makeSynthetic({ communes: 40, districts: 4 })))
        writeFileSync(join(dir, f), text);
    const { html } = buildSite(dir, shared);
    assert.match(html, /data-synthetic-banner[^>]*>DỮ LIỆU MẪU – không phải số liệu thật</);
  });
});
