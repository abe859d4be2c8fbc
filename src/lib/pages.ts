// Shapes the generated statistics for pages: lookups and chart inputs. No CSV here.
import { fractionalYear, type TimelineInput } from './charts/timeline.ts';
import { formatDate } from './format.ts';
import { formatFigureValue } from './figures.ts';
import { LABELS } from './labels.ts';
import type { Lang } from '../i18n/lang.ts';
import { localHref } from '../i18n/routes.ts';
import type { Standard } from './schema/tables.ts';
import { groupBy } from './group.ts';
import {
  counts,
  figuresOfScope,
  findUnit,
  localUnits,
  localUnitsIn,
  meta,
  reference,
  units,
} from './site-data.ts';
import { endOf } from './stats/dates.ts';
import type { CountSeries, UnitOut } from './stats/types.ts';

export const COMMUNE_STANDARDS: Standard[] = ['ntm', 'ntm-nc-2016', 'ntm-nc-2021', 'ntm-km-2021'];

const countByKey = new Map<string, CountSeries>();
for (const c of counts)
  if (!countByKey.has(`${c.scope} ${c.standard}`)) countByKey.set(`${c.scope} ${c.standard}`, c);
export function countSeries(scope: string, standard: Standard): CountSeries | undefined {
  return countByKey.get(`${scope} ${standard}`);
}

export const districts = (): UnitOut[] => units.filter((u) => u.kind === 'district');
export const localUnitsOf = (districtCode: string): UnitOut[] =>
  localUnitsIn(districtCode).filter((u) => u.parentCode === districtCode);

export function figuresFor(scope: string) {
  return [...figuresOfScope(scope)].sort(
    (a, b) => a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id),
  );
}

/** Published counts of communes reaching a standard, for one scope. */
export function publishedCounts(scope: string) {
  return figuresFor(scope).filter(
    (f) =>
      f.metric === 'units-reached' &&
      f.unit === 'count' &&
      (f.standard === null || COMMUNE_STANDARDS.includes(f.standard)),
  );
}

export function timelineInput(
  scope: string,
  id: string,
  title: string,
  lang: Lang = 'vi',
): TimelineInput {
  const l = LABELS[lang];
  const bands = COMMUNE_STANDARDS.map((standard) => {
    const s = countSeries(scope, standard);
    return {
      key: standard,
      label: l.standardShort[standard],
      band: standard === 'ntm',
      points: (s?.points ?? []).map((p) => ({
        year: p.year,
        min: p.reached,
        max: p.reached + p.unknown,
        known: p.unknown < p.denominator,
      })),
    };
  });
  const markers = publishedCounts(scope).map((f) => ({
    key: f.standard ?? 'unspecified',
    label: `${f.standard ? l.standardShort[f.standard] : l.targetStandardShort['ntm-nc']}: ${formatFigureValue(f, lang)} (${lang === 'en' ? 'as of' : 'tính đến'} ${formatDate(f.asOf, lang)})`,
    x: fractionalYear(f.asOf),
    value: f.value,
  }));
  const denominator = countSeries(scope, 'ntm')?.points[0]?.denominator ?? 1;
  return {
    id,
    title,
    description:
      lang === 'en'
        ? `Communes reaching each standard by year, ${meta.firstYear}–${meta.lastYear}. Line: communes known to have reached it. Light band (NTM standard): up to the communes that may have reached it, including those whose status has not been published. Markers: totals published by a source.`
        : `Số xã đạt từng chuẩn theo năm, ${meta.firstYear}–${meta.lastYear}. Đường: số xã chắc chắn đã đạt. Dải nhạt (chuẩn NTM): đến số xã có thể đã đạt, gồm xã chưa có số liệu. Điểm đánh dấu: số liệu tổng do nguồn công bố.`,
    bands,
    markers,
    yMax: denominator,
    firstYear: meta.firstYear,
    lastYear: meta.lastYear,
  };
}

export const unitHref = (u: UnitOut, lang: Lang = 'vi'): string =>
  localHref(
    lang,
    u.kind === 'district' ? `/huyen/${u.slug}/` : u.kind === 'city' ? '/' : `/xa/${u.slug}/`,
  );

/** Highest standard known at the latest year, for tables. */
export function latestHighest(u: UnitOut): Standard | null {
  return u.ladder.highest.at(-1) ?? null;
}

/** Up to this many communes and towns, unit pages draw the whole hex grid (the real data has 63). */
export const FULL_MAP_LIMIT = 100;
/** The district a unit page's map is cropped to, or undefined for the whole grid: a large
 * synthetic dataset would otherwise put every commune's tile on every commune page. */
export function mapWithin(districtCode: string | null): string | undefined {
  return localUnits.length > FULL_MAP_LIMIT && districtCode ? districtCode : undefined;
}

// Commune-level recognitions of the timeline standards, by the district of their commune, in
// data order: newestDataDate runs on every district page, and scanning every recognition there
// grew with the square of the dataset.
const localCodes = new Set(localUnits.map((u) => u.code));
const timelineRecognitions = reference.recognitions.filter(
  (r) =>
    localCodes.has(r.unitCode) && (COMMUNE_STANDARDS as readonly string[]).includes(r.standard),
);
const recognitionsByDistrict = groupBy(
  timelineRecognitions,
  (r) => findUnit(r.unitCode)!.districtCode ?? '',
);
const newestByScope = new Map<string, string>();

/**
 * The date of a timeline's newest data point: the latest published total or commune-level
 * statement (decision, report or year) behind it, as a partial ISO date. Not the release date.
 */
export function newestDataDate(scope: string): string {
  const known = newestByScope.get(scope);
  if (known !== undefined) return known;
  const recognitions =
    findUnit(scope)?.kind === 'district'
      ? (recognitionsByDistrict.get(scope) ?? [])
      : timelineRecognitions;
  const dates = [
    ...publishedCounts(scope).map((f) => f.asOf),
    ...recognitions
      .map((r) => r.decidedOn ?? r.asOf ?? (r.year !== null ? String(r.year) : null))
      .filter((d): d is string => d !== null),
  ];
  const newest = dates.reduce((a, b) => (endOf(b) > endOf(a) ? b : a), dates[0] ?? '');
  newestByScope.set(scope, newest);
  return newest;
}
