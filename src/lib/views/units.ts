// The unit pages' routes and what a district page shows, for both editions (src/views/District.astro,
// src/views/Commune.astro): each edition's route calls the same getStaticPaths.
import { countSeries, districts, figuresFor, localUnitsOf } from '../pages.ts';
import { localUnits, progress, summaries } from '../site-data.ts';
import type { UnitOut } from '../stats/types.ts';

/** /huyen/<slug>/ and /en/districts/<slug>/. */
export const districtPaths = () =>
  districts().map((d) => ({ params: { slug: d.slug }, props: { district: d } }));
export type DistrictRouteProps = ReturnType<typeof districtPaths>[number]['props'];

/** /xa/<slug>/ and /en/communes/<slug>/: every commune and town. */
export const communePaths = () =>
  localUnits.map((u) => ({ params: { slug: u.slug }, props: { local: u } }));
export type CommuneRouteProps = ReturnType<typeof communePaths>[number]['props'];

export function districtView(district: UnitOut) {
  const figures = figuresFor(district.code);
  return {
    summary: summaries.find((s) => s.code === district.code)!,
    locals: localUnitsOf(district.code),
    indicators: figures.filter((f) => f.metric !== 'units-reached'),
    counts: figures.filter((f) => f.metric === 'units-reached'),
    ntmLast: countSeries(district.code, 'ntm')?.points.at(-1),
    // The plan's targets for this district, year by year.
    targets: progress
      .filter((p) => p.scope === district.code && p.level === 'city' && p.standing === null)
      .sort(
        (a, b) =>
          (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.id.localeCompare(b.id),
      ),
  };
}
