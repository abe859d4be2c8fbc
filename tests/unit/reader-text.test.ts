// What readers are told about dates and targets: the year of a standard apart from the date of
// its decision, counts that end with the old units, and the overview's verdict per target.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Papa from 'papaparse';
import { countWhen } from '../../src/lib/format.ts';
import { reachedSortKey, reachedText, type ReachedWhen } from '../../src/lib/recognition-text.ts';
import { countDay } from '../../src/lib/stats/compute.ts';
import type { Progress } from '../../src/lib/stats/types.ts';
import { targetText } from '../../src/lib/targets.ts';
import { endOf } from '../../src/lib/stats/dates.ts';
import { verdicts } from '../../src/lib/views/overview.ts';

const CAN_GIO: ReachedWhen = {
  event: 'recognized',
  year: 2020,
  asOf: null,
  decisionNumber: '511/QĐ-TTg',
  decidedOn: '2021-03-31',
};
const BINH_CHANH: ReachedWhen = {
  event: 'recognized',
  year: 2020,
  asOf: null,
  decisionNumber: null,
  decidedOn: null,
};
const DERIVED: ReachedWhen = {
  event: 'recognized',
  year: null,
  asOf: '2015-08',
  decisionNumber: null,
  decidedOn: null,
};

describe('the year of a standard and the date of its decision', () => {
  it('says both where both are known, in each edition', () => {
    assert.equal(
      reachedText(CAN_GIO),
      'đạt chuẩn năm 2020, công nhận theo QĐ 511/QĐ-TTg ngày 31/03/2021',
    );
    assert.equal(
      reachedText(CAN_GIO, 'en'),
      'met the standard for 2020, recognised by Decision 511/QĐ-TTg of 31 Mar 2021',
    );
  });
  it('says the decision was not found rather than leaving it out', () => {
    assert.equal(
      reachedText(BINH_CHANH),
      'đạt chuẩn năm 2020, được công nhận (chưa tìm thấy số và ngày quyết định)',
    );
    assert.match(reachedText(BINH_CHANH, 'en'), /the decision's number and date were not found/);
  });
  it('gives a date known only from a later report as the latest possible one', () => {
    assert.equal(reachedText(DERIVED), 'đã đạt, chậm nhất 8/2015, đã được công nhận');
    assert.match(reachedText(DERIVED, 'en'), /^met it by Aug 2015 at the latest/);
    const criteria: ReachedWhen = {
      event: 'criteria-met',
      year: null,
      asOf: '2012-03-05',
      decisionNumber: null,
      decidedOn: null,
    };
    assert.equal(
      reachedText(criteria),
      'đạt đủ tiêu chí, chậm nhất 05/03/2012, nguồn không nêu quyết định công nhận',
    );
  });
  it("orders a history by the standard's year, then the decision, an unknown decision last", () => {
    const r2015: ReachedWhen = { ...BINH_CHANH, year: 2015 };
    const order = [BINH_CHANH, CAN_GIO, r2015].sort((a, b) =>
      reachedSortKey(a).localeCompare(reachedSortKey(b)),
    );
    assert.deepEqual(order, [r2015, CAN_GIO, BINH_CHANH]);
  });
});

describe('counts end with the old units', () => {
  it('the last year counts to 30/06/2025, the day before the old units ended', () => {
    assert.equal(countDay(2024), '2024-12-31');
    assert.equal(countDay(2025), '2025-06-30');
    assert.equal(countWhen(countDay(2024)), 'cuối năm 2024');
    assert.equal(countWhen(countDay(2025)), 'đến 30/06/2025');
    assert.equal(countWhen(countDay(2025), 'en'), 'on 30 Jun 2025');
  });
  it('the bundled statistics give no status after 30/06/2025', () => {
    const counts = JSON.parse(readFileSync('src/generated/stats/counts.json', 'utf8')) as {
      points: { date: string }[];
    }[];
    const dates = counts.flatMap((c) => c.points.map((p) => p.date));
    assert.ok(dates.length > 0);
    assert.ok(
      dates.every((d) => d <= '2025-06-30'),
      `latest count date: ${dates.sort().at(-1)}`,
    );
  });
});

describe("a target for one commune reads as that commune's target", () => {
  it('"Xã Thạnh An: đạt NTM kiểu mẫu", not "100% số xã"', () => {
    const one = {
      standard: 'ntm-km',
      target: 1,
      targetCount: null,
      targetDenominator: null,
      comparator: 'at-least',
      deadline: null,
      scope: '27676',
    } as const;
    assert.doesNotMatch(targetText(one), /100%|số xã/);
    assert.match(targetText(one), /^đạt /);
    assert.match(targetText(one, 'en'), /^reach /);
    assert.match(targetText({ ...one, scope: '79' }), /^100% số xã/);
  });
});

describe("the overview's verdicts", () => {
  const progress = JSON.parse(
    readFileSync('src/generated/stats/progress.json', 'utf8'),
  ) as Progress[];
  it('one per main goal, communes then districts then the city, with the target as a count', () => {
    const v = verdicts(progress, '2026-11-28');
    assert.deepEqual(
      v.map((x) => x.lead.standard),
      ['ntm-km-2021', 'district-ntm-nc', 'province-completed'],
    );
    assert.deepEqual(
      v.map((x) => [x.count, x.denominator]),
      [
        [28, 56],
        [1, 5],
        [null, null],
      ],
    );
    // A contradicted statement never speaks for its goal.
    assert.ok(v.every((x) => x.lead.standing === null));
  });
  it('a deadline has passed only after its last day', () => {
    assert.equal(endOf('2025'), '2025-12-31');
    assert.equal(endOf('2025-12'), '2025-12-31');
    assert.equal(endOf('2024-02'), '2024-02-29');
    assert.ok(verdicts(progress, '2026-11-28').every((x) => x.overdue));
    assert.ok(verdicts(progress, '2025-12-31').every((x) => !x.overdue));
  });
});

describe('English notes for the English edition', () => {
  for (const table of ['sources', 'figures', 'targets', 'criteria_sets']) {
    it(`every note in data/${table}.csv has its English text`, () => {
      const rows = Papa.parse<Record<string, string>>(readFileSync(`data/${table}.csv`, 'utf8'), {
        header: true,
        skipEmptyLines: true,
      }).data;
      const missing = rows.filter((r) => r['note'] && !r['note_en']).map((r) => r['id']);
      assert.deepEqual(missing, []);
    });
  }
});
