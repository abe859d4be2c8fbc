// What the overview shows, in either edition: the city's counts, the plan's main targets,
// the latest published results and milestones. Words are in src/i18n/pages/overview.ts.
import { countSeries, districts } from '../pages.ts';
import { localUnits, meta, progress, reference, summaries } from '../site-data.ts';
import type { FigureRef } from '../figures.ts';
import { endOf } from '../stats/dates.ts';
import type { Progress } from '../stats/types.ts';
import { leadStatement } from '../targets.ts';

/** The published results shown first, by anchor id (shared by both editions). */
export const RESULT_KEYS = ['xa-ntm', 'huyen-ntm', 'xa-nang-cao', 'xa-nang-cao-2016'] as const;
export type ResultKey = (typeof RESULT_KEYS)[number];
const RESULT_STANDARD: Record<ResultKey, FigureRef['standard']> = {
  'xa-ntm': 'ntm',
  'huyen-ntm': 'district-ntm',
  'xa-nang-cao': null,
  'xa-nang-cao-2016': 'ntm-nc-2016',
};

/** The plan states its goals in this order: communes, then districts, then the city. */
const goalRank = (p: Pick<Progress, 'standard'>) =>
  p.standard === 'province-completed' ? 2 : p.standard.startsWith('district-') ? 1 : 0;

export function overview() {
  const city = summaries.find((s) => s.code === '79') ?? summaries[0]!;
  const cityCounts = reference.figures.filter(
    (f) => f.scope === city.code && f.metric === 'units-reached' && f.unit === 'count',
  );
  const latestOf = (pick: (f: FigureRef) => boolean) =>
    cityCounts
      .filter(pick)
      .sort((a, b) => b.asOf.localeCompare(a.asOf) || a.id.localeCompare(b.id))[0];
  // The plan's three targets (tier main), each with every statement of it, in the order the
  // plan states them: communes, then districts, then the city.
  const mainProgress = progress.filter((p) => p.level === 'city' && p.tier === 'main');
  return {
    city,
    cityNtm: countSeries(city.code, 'ntm')?.points.at(-1),
    local: localUnits,
    inProgramme: localUnits.filter((u) => u.inProgramme).length,
    verdicts: verdicts(mainProgress, meta.release),
    byGoal: [...new Set(mainProgress.map((p) => p.goal))]
      .map((g) => mainProgress.filter((p) => p.goal === g))
      .sort((a, b) => goalRank(a[0]!) - goalRank(b[0]!)),
    // What happened, before what was planned: the latest published count of each kind.
    results: RESULT_KEYS.map((key) => ({
      key,
      f: latestOf((f) => f.standard === RESULT_STANDARD[key]),
    })).filter((r): r is { key: ResultKey; f: FigureRef } => r.f !== undefined),
    // The first year every commune is known to have reached NTM, from each commune's own sources.
    ntmFull: countSeries(city.code, 'ntm')?.points.find(
      (p) => p.unknown === 0 && p.reached === p.denominator,
    ),
    // Every published count for the whole city, communes and districts alike.
    milestones: [...cityCounts].sort(
      (a, b) => a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id),
    ),
    distList: districts(),
    ntmLatest: (code: string) => countSeries(code, 'ntm')?.points.at(-1),
  };
}

/** One of the plan's three targets, as the first screen answers it. */
export interface Verdict {
  goal: string;
  /** The statement that speaks for the goal: the most precise deadline among those the sources agree on. */
  lead: Progress;
  /** The target as a count of units ("28 of 56"), where it is one. */
  count: number | null;
  denominator: number | null;
  /** The published status; "no-data" where no source says whether it was met. */
  status: Progress['status'];
  /** The deadline had passed by the release date. */
  overdue: boolean;
}

/** The plan's main targets, communes then districts then the city, each with its verdict as published on `release`. */
export function verdicts(mainProgress: readonly Progress[], release: string): Verdict[] {
  const accepted = mainProgress.filter(
    (p) => p.tier === 'main' && p.level === 'city' && p.standing === null,
  );
  return [...new Set(accepted.map((p) => p.goal))]
    .map((goal) => {
      const lead = leadStatement(accepted.filter((p) => p.goal === goal));
      const countable =
        lead.standard !== 'province-completed' && lead.denominator !== null && lead.denominator > 1;
      const count =
        lead.targetCount ??
        (countable && lead.target !== null
          ? Math.ceil(lead.target * lead.denominator! - 1e-9)
          : null);
      return {
        goal,
        lead,
        count,
        denominator: count === null ? null : (lead.targetDenominator ?? lead.denominator),
        status: lead.status,
        overdue: lead.deadline !== null && endOf(lead.deadline) < release,
      };
    })
    .sort((a, b) => goalRank(a.lead) - goalRank(b.lead));
}
