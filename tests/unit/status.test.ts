import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RecognitionRow } from '../../src/lib/schema/tables.ts';
import { statusAt } from '../../src/lib/stats/status.ts';

function rec(
  p: Partial<RecognitionRow> & Pick<RecognitionRow, 'standard' | 'event'>,
): RecognitionRow {
  return {
    id: `r-${Math.random().toString(36).slice(2)}`,
    unit_code: '27538',
    year: null,
    as_of: null,
    decision_number: null,
    decided_on: null,
    criteria_set_id: null,
    source_id: 's',
    note: null,
    ...p,
  };
}
const month = (iso: string) => ({ iso, precision: 'month' as const });

const CASES: {
  name: string;
  recs: RecognitionRow[];
  standard: RecognitionRow['standard'];
  date: string;
  want: string;
}[] = [
  {
    name: 'no statement at all is unknown, not "not reached"',
    recs: [],
    standard: 'ntm',
    date: '2020-12-31',
    want: 'unknown',
  },
  {
    name: 'year of the standard reached by year end',
    recs: [rec({ standard: 'ntm', event: 'recognized', year: 2015 })],
    standard: 'ntm',
    date: '2015-12-31',
    want: 'reached',
  },
  {
    name: 'year of the standard: before that year is not reached',
    recs: [rec({ standard: 'ntm', event: 'recognized', year: 2015 })],
    standard: 'ntm',
    date: '2014-12-31',
    want: 'not-reached',
  },
  {
    name: 'year of the standard: mid-year is unknown',
    recs: [rec({ standard: 'ntm', event: 'recognized', year: 2015 })],
    standard: 'ntm',
    date: '2015-06-30',
    want: 'unknown',
  },
  {
    name: '"by" date: reached after it',
    recs: [rec({ standard: 'ntm', event: 'recognized', as_of: month('2015-08') })],
    standard: 'ntm',
    date: '2015-08-31',
    want: 'reached',
  },
  {
    name: '"by" date: unknown before it',
    recs: [rec({ standard: 'ntm', event: 'recognized', as_of: month('2015-08') })],
    standard: 'ntm',
    date: '2014-12-31',
    want: 'unknown',
  },
  {
    name: 'not yet, as of a month: not reached through that month',
    recs: [rec({ standard: 'ntm', event: 'not-yet', as_of: month('2015-08') })],
    standard: 'ntm',
    date: '2015-08-31',
    want: 'not-reached',
  },
  {
    name: 'not yet: unknown after its date',
    recs: [rec({ standard: 'ntm', event: 'not-yet', as_of: month('2015-08') })],
    standard: 'ntm',
    date: '2015-12-31',
    want: 'unknown',
  },
  {
    name: 'not yet NTM rules out NTM nâng cao too',
    recs: [rec({ standard: 'ntm', event: 'not-yet', as_of: month('2015-08') })],
    standard: 'ntm-nc-2021',
    date: '2015-01-31',
    want: 'not-reached',
  },
  {
    name: 'kiểu mẫu implies nâng cao 2021 and NTM',
    recs: [rec({ standard: 'ntm-km-2021', event: 'recognized', year: 2024 })],
    standard: 'ntm',
    date: '2024-12-31',
    want: 'reached',
  },
  {
    name: 'the 2016–2020 nâng cao does not imply the 2021–2025 one',
    recs: [rec({ standard: 'ntm-nc-2016', event: 'recognized', year: 2020 })],
    standard: 'ntm-nc-2021',
    date: '2024-12-31',
    want: 'unknown',
  },
  {
    name: 'prerequisite first reached later rules out the higher standard',
    recs: [rec({ standard: 'ntm', event: 'recognized', year: 2016 })],
    standard: 'ntm-nc-2016',
    date: '2015-12-31',
    want: 'not-reached',
  },
  {
    name: 'criteria met counts as reached',
    recs: [
      rec({
        standard: 'ntm',
        event: 'criteria-met',
        as_of: { iso: '2012-03-05', precision: 'day' },
      }),
    ],
    standard: 'ntm',
    date: '2012-03-05',
    want: 'reached',
  },
];

describe('statusAt', () => {
  for (const c of CASES)
    it(c.name, () => assert.equal(statusAt(c.recs, c.standard, c.date).status, c.want));
});
