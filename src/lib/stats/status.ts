// A unit's status for a standard at a date, from what sources say. Three values:
// unknown is its own state and is never counted as "not reached".
import type { RecognitionRow, Standard } from '../schema/tables.ts';
import { endOf } from './dates.ts';
import { impliedBy, requiredClosure } from './standards.ts';

export type Status = 'reached' | 'not-reached' | 'unknown';

/** When a positive statement says the standard was reached: [earliest, latest] ISO days. */
export function reachWindow(r: RecognitionRow): { earliest: string | null; latest: string } | null {
  if (r.event === 'not-yet') return null;
  if (r.year !== null) return { earliest: `${r.year}-01-01`, latest: `${r.year}-12-31` };
  if (r.as_of !== null) return { earliest: null, latest: endOf(r.as_of) };
  if (r.decided_on !== null) return { earliest: null, latest: r.decided_on };
  return null;
}

export interface StatusEvidence {
  status: Status;
  /** Recognition ids that decided the status. */
  basis: string[];
}

/**
 * Status of one unit for `standard` at the end of `date` (ISO day).
 * `recs` are that unit's recognitions, all standards. With `samePeriod` (a partial ISO date),
 * "reached by <samePeriod>" statements count as reached at `date`.
 */
export function statusAt(
  recs: readonly RecognitionRow[],
  standard: Standard,
  date: string,
  samePeriod?: string,
): StatusEvidence {
  const implying = [standard, ...impliedBy(standard)];
  const required = requiredClosure(standard);
  const reachedBy = recs.filter((r) => {
    if (!implying.includes(r.standard)) return false;
    const w = reachWindow(r);
    // "By 2015-08" and a figure "as of 2015-08" describe the same moment.
    return (
      w !== null &&
      (w.latest <= date ||
        (samePeriod !== undefined && r.year === null && r.as_of?.iso === samePeriod))
    );
  });
  if (reachedBy.length > 0) return { status: 'reached', basis: reachedBy.map((r) => r.id) };
  const blocking = recs.filter((r) => {
    if (r.event === 'not-yet') {
      // "Not yet X" rules out X and anything that requires X, through the end of its as-of period
      // (the same moment a figure with that as-of date describes).
      return (
        r.as_of !== null &&
        (r.standard === standard || required.includes(r.standard)) &&
        endOf(r.as_of) >= date
      );
    }
    if (!required.includes(r.standard)) return false;
    // First reached after the date: not reached at the date (also for prerequisites).
    const w = reachWindow(r);
    return w !== null && w.earliest !== null && w.earliest > date;
  });
  if (blocking.length > 0) return { status: 'not-reached', basis: blocking.map((r) => r.id) };
  return { status: 'unknown', basis: [] };
}
