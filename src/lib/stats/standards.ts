// The ladder of standards: what each level's standards are, in order, and which
// lower standard each one requires.
import type { Standard } from '../schema/tables.ts';

export type Level = 'commune' | 'district' | 'province';

/** Ladder per level, lowest first. The city's 2016–2020 "nâng cao" sits below the 2021–2025 sets. */
export const LADDERS: Record<Level, readonly Standard[]> = {
  commune: ['ntm', 'ntm-nc-2016', 'ntm-nc-2021', 'ntm-km-2021'],
  district: ['district-ntm', 'district-ntm-nc'],
  province: ['province-completed'],
};

/** Direct prerequisites: a unit must reach these before (or with) the standard. */
export const REQUIRES: Record<Standard, readonly Standard[]> = {
  ntm: [],
  'ntm-nc-2016': ['ntm'],
  'ntm-nc-2021': ['ntm'],
  'ntm-km-2021': ['ntm-nc-2021'],
  'district-ntm': [],
  'district-ntm-nc': ['district-ntm'],
  'province-completed': [],
};

export function levelOfStandard(s: Standard): Level {
  for (const [level, ladder] of Object.entries(LADDERS) as [Level, readonly Standard[]][]) {
    if (ladder.includes(s)) return level;
  }
  throw new Error(`standard ${s} is on no ladder`);
}

export function rankOf(s: Standard): number {
  return LADDERS[levelOfStandard(s)].indexOf(s);
}

function computeImpliedBy(s: Standard): Standard[] {
  const out: Standard[] = [];
  for (const [higher, reqs] of Object.entries(REQUIRES) as [Standard, readonly Standard[]][]) {
    if (reqs.includes(s)) out.push(higher, ...computeImpliedBy(higher));
  }
  return [...new Set(out)];
}

function computeRequired(s: Standard): Standard[] {
  const out = new Set<Standard>([s]);
  for (const r of REQUIRES[s]) for (const x of computeRequired(r)) out.add(x);
  return [...out];
}

// Precomputed once: these are asked for in the innermost loop of the statistics.
const IMPLIED_BY = new Map(
  (Object.keys(REQUIRES) as Standard[]).map((s) => [s, computeImpliedBy(s)]),
);
const REQUIRED_CLOSURE = new Map(
  (Object.keys(REQUIRES) as Standard[]).map((s) => [s, computeRequired(s)]),
);

/** Standards that imply `s` (those requiring it, directly or not). */
export function impliedBy(s: Standard): readonly Standard[] {
  return IMPLIED_BY.get(s)!;
}

/** `s` and every standard it requires, directly or not. */
export function requiredClosure(s: Standard): readonly Standard[] {
  return REQUIRED_CLOSURE.get(s)!;
}

export function levelOfUnitKind(kind: string): Level {
  return kind === 'city' ? 'province' : kind === 'district' ? 'district' : 'commune';
}
