// Progress on a target stated as a count: Củ Chi's "ít nhất 2/20 xã đạt chuẩn NTM kiểu mẫu"
// by 2024-12 is met exactly when 2 of its 20 communes have reached kiểu mẫu by then. Built on
// the bundled units and sources, with the kiểu mẫu statements of each case instead of the real ones.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDataset } from '../../scripts/lib/pipeline.ts';
import type { Dataset, RecognitionRow, TargetRow } from '../../src/lib/schema/tables.ts';
import { DatasetIndex, computeStats, progressOf } from '../../src/lib/stats/compute.ts';

const bundled = readDataset('data').dataset!;
const SOURCE = bundled.sources[0]!.id;
const communes = bundled.units
  .filter((u) => u.parent_code === '783' && u.kind === 'commune' && u.in_programme === 'yes')
  .map((u) => u.code)
  .sort();

const TARGET: TargetRow = {
  id: 't-test-783-km-2024',
  goal: 'test-783-km-2024',
  level: 'city',
  tier: 'step',
  scope: '783',
  standard: 'ntm-km-2021',
  value: 0.1,
  count: 2,
  denominator: 20,
  comparator: 'at-least',
  deadline: { iso: '2024-12', precision: 'month' },
  wording: 'Huyện Củ Chi có ít nhất 2/20 xã đạt chuẩn NTM kiểu mẫu',
  source_id: SOURCE,
  standing: null,
  note: null,
  note_en: null,
};

const rec = (
  code: string,
  event: RecognitionRow['event'],
  when: { year?: number; asOf?: string },
): RecognitionRow => ({
  id: `r-test-${code}-km-${event}`,
  unit_code: code,
  standard: 'ntm-km-2021',
  event,
  year: when.year ?? null,
  as_of: when.asOf ? { iso: when.asOf, precision: 'month' } : null,
  decision_number: null,
  decided_on: null,
  criteria_set_id: null,
  source_id: SOURCE,
  note: null,
});
const reachedIn = (year: number) => (code: string) => rec(code, 'recognized', { year });
const notYet = (code: string) => rec(code, 'not-yet', { asOf: '2024-12' });

/** The bundled data with these kiểu mẫu statements only, and the target. */
function withStatements(recs: RecognitionRow[]): Dataset {
  return {
    ...bundled,
    recognitions: [...bundled.recognitions.filter((r) => r.standard !== 'ntm-km-2021'), ...recs],
    targets: [...bundled.targets, TARGET],
  };
}
const progress = (recs: RecognitionRow[]) =>
  progressOf(new DatasetIndex(withStatements(recs)), TARGET);

describe('a district target "ít nhất 2/20 xã" stated as a count', () => {
  it("counts over Củ Chi's 20 communes in the programme", () => {
    assert.equal(communes.length, 20);
  });

  it('is no-data, not 0 and not "not met", while every commune\'s status is unknown', () => {
    const p = progress([]);
    assert.deepEqual([p.status, p.basis, p.value, p.reached], ['no-data', 'none', null, null]);
    assert.deepEqual(p.known, { reached: 0, notReached: 0, unknown: 20 });
  });

  it('is no-data with 1 commune reached and the others unknown: 2 is still possible', () => {
    assert.equal(progress([reachedIn(2024)(communes[0]!)]).status, 'no-data');
  });

  it('is not met with 1 commune reached and the others known not to have', () => {
    const p = progress([reachedIn(2024)(communes[0]!), ...communes.slice(1).map(notYet)]);
    assert.deepEqual([p.status, p.reached, p.denominator, p.final], ['not-met', 1, 20, true]);
  });

  it('is met when 2 communes have reached it by the deadline, even with the others unknown', () => {
    const p = progress(communes.slice(0, 2).map(reachedIn(2024)));
    assert.deepEqual(
      [p.status, p.basis, p.reached, p.denominator, p.value, p.gap, p.final],
      ['met', 'computed', 2, 20, 0.1, 0, true],
    );
    assert.deepEqual([p.targetCount, p.targetDenominator, p.deadline], [2, 20, '2024-12']);
  });

  it('is not met when the second commune reaches it only after the deadline', () => {
    const p = progress([
      reachedIn(2024)(communes[0]!),
      reachedIn(2025)(communes[1]!),
      ...communes.slice(1).map(notYet),
    ]);
    assert.deepEqual([p.status, p.reached, p.asOf], ['not-met', 1, '2024-12-31']);
  });

  it('computeStats reports the same progress for it', () => {
    const p = computeStats(withStatements(communes.slice(0, 2).map(reachedIn(2024)))).progress.find(
      (x) => x.targetId === TARGET.id,
    )!;
    assert.deepEqual([p.status, p.reached, p.targetCount, p.targetDenominator], ['met', 2, 2, 20]);
  });
});
