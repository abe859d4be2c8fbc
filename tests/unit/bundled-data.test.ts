// The bundled dataset in data/: what the statistics must show, checked against the data.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDataset } from '../../scripts/lib/pipeline.ts';
import { computeStats } from '../../src/lib/stats/compute.ts';

const { dataset, diagnostics } = readDataset('data');

describe('bundled data', () => {
  it('validates with no error and no warning', () => {
    assert.deepEqual(
      diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`),
      [],
    );
    assert.ok(dataset);
  });

  const stats = computeStats(dataset!);

  it('holds 63 communes and towns, 56 of them in the programme', () => {
    const local = stats.units.filter((u) => u.kind === 'commune' || u.kind === 'town');
    assert.equal(local.length, 63);
    assert.equal(local.filter((u) => u.kind === 'town').length, 5);
    assert.equal(local.filter((u) => u.inProgramme).length, 56);
    assert.equal(stats.summaries.find((s) => s.code === '79')!.inProgramme, 56);
  });

  it('has the 5 districts, each with its district NTM recognition and source', () => {
    const districts = stats.units.filter((u) => u.kind === 'district');
    assert.equal(districts.length, 5);
    for (const d of districts) {
      const step = d.ladder.steps.find((s) => s.standard === 'district-ntm')!;
      assert.ok(step.reached, d.name);
      assert.ok(step.year !== null, d.name);
      assert.ok(step.sourceIds.length > 0, d.name);
    }
  });

  it('has the three 2021–2025 city targets, each with a status and a source', () => {
    // Steps (a year, a district) and earlier or later plans are tiers of their own.
    const city = stats.progress.filter((p) => p.level === 'city' && p.tier === 'main');
    assert.deepEqual([...new Set(city.map((p) => p.goal))].sort(), [
      'city-completed-2025',
      'communes-km-2025',
      'districts-nc-2025',
    ]);
    for (const p of city) {
      assert.ok(['met', 'not-met', 'no-data'].includes(p.status));
      assert.ok(stats.reference.sources.some((s) => s.id === p.targetSourceId));
    }
  });

  it('shows no published data for kiểu mẫu as unknown, never as zero', () => {
    const km = stats.progress.find((p) => p.standard === 'ntm-km-2021' && p.level === 'city')!;
    assert.equal(km.status, 'no-data');
    assert.equal(km.value, null);
    const series = stats.counts.find((c) => c.scope === '79' && c.standard === 'ntm-km-2021')!;
    for (const p of series.points) assert.equal(p.share, null);
  });

  it('every source that any figure, recognition or target cites has a URL or a decision number, or is marked as known by title only with a note', () => {
    const cited = new Set([
      ...stats.reference.figures.map((f) => f.sourceId),
      ...stats.reference.recognitions.map((r) => r.sourceId),
      ...stats.reference.targets.map((t) => t.sourceId),
    ]);
    for (const id of cited) {
      const s = stats.reference.sources.find((x) => x.id === id);
      assert.ok(s && (s.url || s.decisionNumber || (s.urlUnknown && s.note)), id);
    }
  });

  it('keeps the 2016–2020 and 2021–2025 nâng cao standards apart', () => {
    const nc2016 = stats.reference.recognitions
      .filter((r) => r.standard === 'ntm-nc-2016')
      .map((r) => r.unitCode)
      .sort();
    assert.deepEqual(nc2016, ['27565', '27580', '27583', '27592']);
    assert.equal(
      stats.reference.recognitions.filter((r) => r.standard === 'ntm-nc-2021').length,
      0,
    );
  });

  it('maps every commune and town to what it became on 1 July 2025', () => {
    for (const u of stats.units.filter((x) => x.kind === 'commune' || x.kind === 'town'))
      assert.ok(u.becameUnits.length > 0, u.name);
  });

  it('compares with the national results, using the published share where a count has no denominator', () => {
    const get = (id: string) => stats.progress.find((p) => p.targetId === id)!;
    assert.deepEqual(
      [get('t-vn-communes-ntm-2025').status, get('t-vn-communes-ntm-2025').value],
      ['not-met', 0.7933],
    );
    assert.deepEqual(
      [get('t-vn-communes-nc-2025').status, get('t-vn-communes-nc-2025').value],
      ['met', 0.424],
    );
    assert.deepEqual(
      [get('t-vn-communes-km-2025').status, get('t-vn-communes-km-2025').value],
      ['met', 0.123],
    );
  });

  it('agrees with the 9/2016 report: 54 of 56 communes had reached NTM', () => {
    const check = stats.consistency.find((c) => c.figureId === 'f-79-ntm-2016-09')!;
    assert.equal(check.verdict, 'agree');
    assert.equal(check.computed.reached, 54);
  });
});
