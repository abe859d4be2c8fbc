import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readDataset, runPipeline } from '../../scripts/lib/pipeline.ts';
import { makeSynthetic } from '../../scripts/lib/synthetic.ts';
import { DatasetIndex, computeStats, countAt, progressOf } from '../../src/lib/stats/compute.ts';
import { MINIMAL, snapshot, tempDir } from '../helpers/fixtures.ts';
import { writeFileSync, mkdirSync } from 'node:fs';

const minimal = () => {
  const { dataset, diagnostics } = readDataset(MINIMAL);
  assert.ok(dataset, diagnostics.map((d) => d.message).join('\n'));
  return dataset;
};

describe('counts', () => {
  const ix = new DatasetIndex(minimal());
  const CASES = [
    {
      name: 'city NTM at 2015-08: 2 reached, 2 not, none unknown',
      scope: '79',
      standard: 'ntm',
      date: '2015-08-31',
      reached: 2,
      notReached: 2,
      unknown: 0,
      share: 0.5,
    },
    {
      name: 'city NTM at 2012: only Thái Mỹ known; share withheld',
      scope: '79',
      standard: 'ntm',
      date: '2012-12-31',
      reached: 1,
      notReached: 2,
      unknown: 1,
      share: null,
    },
    {
      name: 'kiểu mẫu with no statement: all unknown, never zero',
      scope: '79',
      standard: 'ntm-km-2021',
      date: '2025-12-31',
      reached: 0,
      notReached: 0,
      unknown: 4,
      share: null,
    },
    {
      name: 'districts NTM by 2020',
      scope: '79',
      standard: 'district-ntm',
      date: '2020-12-31',
      reached: 2,
      notReached: 0,
      unknown: 0,
      share: 1,
    },
    {
      name: 'district scope counts only its programme communes',
      scope: '784',
      standard: 'ntm',
      date: '2016-12-31',
      reached: 1,
      notReached: 0,
      unknown: 1,
      share: null,
    },
  ] as const;
  for (const c of CASES) {
    it(c.name, () => {
      const got = countAt(ix, c.scope, c.standard, c.date);
      assert.deepEqual(
        {
          reached: got.reached,
          notReached: got.notReached,
          unknown: got.unknown,
          share: got.share,
        },
        { reached: c.reached, notReached: c.notReached, unknown: c.unknown, share: c.share },
      );
    });
  }

  it('the denominator excludes towns and communes outside the programme', () => {
    assert.equal(countAt(ix, '79', 'ntm', '2025-12-31').denominator, 4);
  });
});

describe('consistency checks', () => {
  const stats = computeStats(minimal());
  const verdict = (id: string) => stats.consistency.find((c) => c.figureId === id)?.verdict;
  it('agree when the computed count equals the published one with full coverage', () =>
    assert.equal(verdict('f-783-ntm-2015-08'), 'agree'));
  it('disagree when the published count cannot be reached even if every unknown unit had reached it', () => {
    assert.equal(verdict('f-79-ntm-2015-08'), 'disagree');
    assert.match(
      stats.consistency.find((c) => c.figureId === 'f-79-ntm-2015-08')!.differences.join(' '),
      /tối đa 2/,
    );
  });
  it('incomplete when unknown units could explain the difference', () =>
    assert.equal(verdict('f-783-ntm-2012'), 'incomplete'));
  it('national figures are not checked against unit data', () =>
    assert.equal(verdict('f-vn-ntm-2025-06'), undefined));
});

describe('progress against targets', () => {
  const data = minimal();
  const ix = new DatasetIndex(data);
  const progress = (id: string) =>
    progressOf(
      ix,
      data.targets.find((t) => t.id === id)!,
    );
  it('no published data gives status no-data with a null value, not 0', () => {
    const p = progress('t-km-a');
    assert.equal(p.status, 'no-data');
    assert.equal(p.value, null);
    assert.deepEqual(p.known, { reached: 0, notReached: 0, unknown: 4 });
  });
  it('met when every unit is known to have reached it', () => {
    const p = progress('t-district-ntm');
    assert.equal(p.status, 'met');
    assert.equal(p.value, 1);
    assert.equal(p.basis, 'computed');
  });
  it('national target uses the published figure and reports the gap', () => {
    const p = progress('t-vn-ntm');
    assert.equal(p.status, 'not-met');
    assert.equal(p.basis, 'published');
    assert.equal(p.value, 0.7933);
    assert.equal(p.gap, 0.0067);
    assert.equal(p.final, false);
  });
  it('conflicting statements of one goal are both kept', () => {
    const goals = computeStats(data)
      .progress.filter((p) => p.goal === 'communes-km-2025')
      .map((p) => p.standard);
    assert.deepEqual(goals.sort(), ['ntm-km-2021', 'ntm-nc-2021']);
  });
});

describe('status ladder', () => {
  const stats = computeStats(minimal());
  const unit = (code: string) => stats.units.find((u) => u.code === code)!;
  it('records the highest standard per year, with unknown years kept apart', () => {
    const l = unit('27562').ladder;
    assert.equal(l.highest[2015 - l.firstYear], null);
    assert.equal(l.highest[2016 - l.firstYear], 'ntm');
    assert.equal(l.highest[2020 - l.firstYear], 'ntm-nc-2016');
    assert.equal(l.yearly['ntm-nc-2021']!.slice(2016 - l.firstYear, 2017 - l.firstYear), '?');
  });
  it('keeps decision number and date on the step', () => {
    const step = unit('784').ladder.steps.find((s) => s.standard === 'district-ntm')!;
    assert.deepEqual(
      [step.year, step.decisionNumber, step.decidedOn],
      [2020, '511/QĐ-TTg', '2021-03-31'],
    );
  });
  it('lists "not yet" statements on the step', () => {
    const step = unit('27568').ladder.steps.find((s) => s.standard === 'ntm')!;
    assert.equal(step.reached, false);
    assert.deepEqual(
      step.notYet.map((n) => n.asOf),
      ['2015-08'],
    );
  });
  it('gives each commune the unit(s) it became', () => {
    assert.deepEqual(
      unit('27568').becameUnits.map((b) => [b.name, b.coverage]),
      [
        ['Xã Đông Thạnh', 'part'],
        ['Phường Mẫu', 'part'],
      ],
    );
  });
});

describe('determinism and output', () => {
  it('two runs give byte-identical files', () => {
    const a = join(tempDir(), 'a');
    const b = join(tempDir(), 'b');
    assert.ok(runPipeline({ dataDir: MINIMAL, outDir: a }).ok);
    assert.ok(runPipeline({ dataDir: MINIMAL, outDir: b }).ok);
    assert.deepEqual(snapshot(a), snapshot(b));
  });

  it('replaces the previous output on success', () => {
    const out = join(tempDir(), 'stats');
    mkdirSync(out);
    writeFileSync(join(out, 'stale.json'), '{}');
    assert.ok(runPipeline({ dataDir: MINIMAL, outDir: out }).ok);
    const files = Object.keys(snapshot(out));
    assert.deepEqual(
      files.filter((f) => !f.startsWith('release/')),
      [
        'consistency.json',
        'counts.json',
        'meta.json',
        'outline.json',
        'progress.json',
        'reference.json',
        'series.json',
        'summaries.json',
        'units.json',
      ],
    );
    assert.ok(files.includes('release/datapackage.json'));
    assert.ok(!files.includes('stale.json'));
  });

  it('every source cited in the output has a URL or a decision number', () => {
    const stats = computeStats(minimal());
    for (const s of stats.reference.sources) assert.ok(s.url || s.decisionNumber, s.id);
  });

  it('groups published figures into dated series', () => {
    const stats = computeStats(minimal());
    const s = stats.series.find((x) => x.key === '783|units-reached|ntm|count')!;
    assert.deepEqual(
      s.points.map((p) => p.asOf),
      ['2012', '2015-08'],
    );
  });
});

describe('synthetic datasets', () => {
  it('validate, are flagged synthetic, and have complete 2021–2025 statuses', () => {
    const dir = tempDir();
    for (const [f, text] of Object.entries(makeSynthetic({ communes: 120, districts: 6, seed: 7 })))
      writeFileSync(join(dir, f), text);
    const out = join(tempDir(), 'stats');
    const r = runPipeline({ dataDir: dir, outDir: out });
    assert.ok(r.ok, r.diagnostics.map((d) => d.message).join('\n'));
    const meta = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8')) as { synthetic: boolean };
    assert.equal(meta.synthetic, true);
    assert.equal(
      r.stats!.units.filter((u) => u.kind === 'commune' || u.kind === 'town').length,
      120,
    );
    for (const p of r.stats!.progress) assert.notEqual(p.status, 'no-data', p.id);
    for (const c of r.stats!.consistency) assert.equal(c.verdict, 'agree', c.id);
  });

  it('are identical for the same seed and differ for another', () => {
    const a = makeSynthetic({ communes: 50, districts: 5, seed: 1 });
    assert.deepEqual(a, makeSynthetic({ communes: 50, districts: 5, seed: 1 }));
    assert.notDeepEqual(
      a['recognitions.csv'],
      makeSynthetic({ communes: 50, districts: 5, seed: 2 })['recognitions.csv'],
    );
  });
});
