// What /muc-tieu/ and /en/targets/ show: the plan, its main goals, the targets by unit and
// year, earlier and later targets, the national comparison and Hà Nội.
import { districts } from '../pages.ts';
import { isUnitStandard } from '../schema/tables.ts';
import { progress, reference, units } from '../site-data.ts';
import { dueYear } from '../targets.ts';

export function targetsView() {
  const cityCode = units.find((u) => u.kind === 'city')?.code ?? '79';
  const city = progress.filter((p) => p.level === 'city');
  // Targets by unit and by year: the plan's main targets and their yearly and district steps.
  const tracked = city.filter(
    (p) => p.tier !== 'context' && p.standing === null && isUnitStandard(p.standard),
  );
  const nationalFigures = reference.figures.filter((f) => f.scope === 'VN');
  return {
    tracked,
    mainGoals: [...new Set(city.filter((p) => p.tier === 'main').map((p) => p.goal))].map((g) =>
      city.filter((p) => p.goal === g),
    ),
    years: [...new Set(tracked.map(dueYear).filter((y): y is string => y !== null))].sort(),
    scopes: [cityCode, ...districts().map((d) => d.code)],
    cell: (scope: string, year: string) => {
      const list = tracked.filter((p) => p.scope === scope && dueYear(p) === year);
      // One line per distinct target: agreeing statements of one goal are one target here.
      return list.filter((p, i) => list.findIndex((q) => q.goal === p.goal) === i);
    },
    context: city
      .filter((p) => p.tier === 'context')
      .sort(
        (a, b) =>
          (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.id.localeCompare(b.id),
      ),
    national: progress.filter((p) => p.level === 'national'),
    nationalFigures,
    hanoi: reference.figures.filter((f) => f.scope === 'VN-HN'),
    completedCounts: nationalFigures.filter((f) => f.standard === 'province-completed'),
    plan: reference.criteriaSets.find((c) => c.id === 'kh-3165-ubnd-2022'),
    founding: reference.sources.find(
      (s) =>
        s.urlUnknown && reference.targets.some((t) => t.sourceId === s.id && t.tier === 'main'),
    ),
  };
}
