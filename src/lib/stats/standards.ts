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
  'ntm': [],
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

/** Standards that imply `s` (those requiring it, directly or not). */
export function impliedBy(s: Standard): Standard[] {
  const out: Standard[] = [];
  for (const [higher, reqs] of Object.entries(REQUIRES) as [Standard, readonly Standard[]][]) {
    if (reqs.includes(s)) out.push(higher, ...impliedBy(higher));
  }
  return [...new Set(out)];
}

export function levelOfUnitKind(kind: string): Level {
  return kind === 'city' ? 'province' : kind === 'district' ? 'district' : 'commune';
}
