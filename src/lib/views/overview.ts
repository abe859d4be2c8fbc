// What the overview shows, in either edition: the city's counts, the plan's main targets,
// the latest published results and milestones. Words are the pages' own.
import { countSeries, districts } from '../pages.ts';
import { localUnits, progress, reference, summaries } from '../site-data.ts';
import type { FigureRef } from '../figures.ts';

/** The published results shown first, by anchor id (shared by both editions). */
export const RESULT_KEYS = ['xa-ntm', 'huyen-ntm', 'xa-nang-cao', 'xa-nang-cao-2016'] as const;
export type ResultKey = (typeof RESULT_KEYS)[number];
const RESULT_STANDARD: Record<ResultKey, FigureRef['standard']> = { 'xa-ntm': 'ntm', 'huyen-ntm': 'district-ntm', 'xa-nang-cao': null, 'xa-nang-cao-2016': 'ntm-nc-2016' };

export function overview() {
  const city = summaries.find((s) => s.code === '79') ?? summaries[0]!;
  const cityCounts = reference.figures.filter((f) => f.scope === city.code && f.metric === 'units-reached' && f.unit === 'count');
  const latestOf = (pick: (f: FigureRef) => boolean) => cityCounts.filter(pick).sort((a, b) => b.asOf.localeCompare(a.asOf) || a.id.localeCompare(b.id))[0];
  // The plan's three targets (tier main), each with every statement of it, in the order the
  // plan states them: communes, then districts, then the city.
  const mainProgress = progress.filter((p) => p.level === 'city' && p.tier === 'main');
  const rank = (p: (typeof mainProgress)[number]) => (p.standard === 'province-completed' ? 2 : p.standard.startsWith('district-') ? 1 : 0);
  return {
    city,
    cityNtm: countSeries(city.code, 'ntm')?.points.at(-1),
    local: localUnits,
    inProgramme: localUnits.filter((u) => u.inProgramme).length,
    byGoal: [...new Set(mainProgress.map((p) => p.goal))].map((g) => mainProgress.filter((p) => p.goal === g)).sort((a, b) => rank(a[0]!) - rank(b[0]!)),
    // What happened, before what was planned: the latest published count of each kind.
    results: RESULT_KEYS.map((key) => ({ key, f: latestOf((f) => f.standard === RESULT_STANDARD[key]) })).filter((r): r is { key: ResultKey; f: FigureRef } => r.f !== undefined),
    // The first year every commune is known to have reached NTM, from each commune's own sources.
    ntmFull: countSeries(city.code, 'ntm')?.points.find((p) => p.unknown === 0 && p.reached === p.denominator),
    // Every published count for the whole city, communes and districts alike.
    milestones: [...cityCounts].sort((a, b) => a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id)),
    distList: districts(),
    ntmLatest: (code: string) => countSeries(code, 'ntm')?.points.at(-1),
  };
}
