// Dataset → the statistics the pages render. Pure and deterministic: same input,
// same output, in a stable order.
import {
  STANDARDS,
  isOtherScope,
  isUnitStandard,
  type Dataset,
  type FigureRow,
  type NoDataTopic,
  type RecognitionRow,
  type Standard,
  type TargetRow,
  type UnitRow,
} from '../schema/tables.ts';
import { dayBefore, endOf, startOf, yearEnd } from './dates.ts';
import { LADDERS, levelOfStandard, levelOfUnitKind, rankOf, type Level } from './standards.ts';
import { reachWindow, statusAt, type Status } from './status.ts';
import type * as T from './types.ts';

export const FIRST_YEAR = 2009;
export const LAST_YEAR = 2025;
/** The old districts, communes and towns were dissolved on this day (NQ 1685/NQ-UBTVQH15). */
export const UNITS_DISSOLVED = '2025-07-01';
/** The day a year's count holds: its last day, or for the last year the day before the units ended (no status after it). */
export const countDay = (y: number): string =>
  y === LAST_YEAR ? dayBefore(UNITS_DISSOLVED) : yearEnd(y);

export const STATUS_CHAR: Record<Status, string> = {
  reached: 'R',
  'not-reached': 'N',
  unknown: '?',
};

/** Units listed by name in a count only up to this many; beyond it only the number is kept. */
const MAX_LISTED = 100;

const years = (): number[] =>
  Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

/** Round to `digits` decimals so floats serialise identically everywhere. */
export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function byCode(a: { code: string }, b: { code: string }): number {
  return a.code.localeCompare(b.code);
}

interface YearlyStatus {
  chars: Record<string, string>;
  sources: Record<string, string[][]>;
}

export class DatasetIndex {
  readonly units = new Map<string, UnitRow>();
  readonly recsByUnit = new Map<string, RecognitionRow[]>();
  readonly children = new Map<string, UnitRow[]>();
  readonly sourceOfRec = new Map<string, string>();
  readonly figuresByScope = new Map<string, FigureRow[]>();
  readonly crosswalkByOld = new Map<string, Dataset['crosswalk']>();
  readonly tileOf = new Map<string, { col: number; row: number }>();
  private readonly denominatorCache = new Map<string, UnitRow[]>();
  private readonly yearlyCache = new Map<string, YearlyStatus>();
  constructor(readonly data: Dataset) {
    for (const f of data.figures) push(this.figuresByScope, f.scope, f);
    for (const c of data.crosswalk) push(this.crosswalkByOld, c.old_code, c);
    for (const t of data.hex_layout) this.tileOf.set(t.code, { col: t.col, row: t.row });
    for (const u of [...data.units].sort(byCode)) {
      this.units.set(u.code, u);
      if (u.parent_code) {
        const list = this.children.get(u.parent_code) ?? [];
        list.push(u);
        this.children.set(u.parent_code, list);
      }
    }
    for (const r of data.recognitions) {
      push(this.recsByUnit, r.unit_code, r);
      this.sourceOfRec.set(r.id, r.source_id);
    }
  }

  /**
   * Per standard of the unit's level, one character per year from FIRST_YEAR (R reached,
   * N not reached, ? unknown) at the end of each year. Computed once per unit: the same
   * unit is counted in its district and in the city.
   */
  yearly(code: string): Record<string, string> {
    return this.yearlyOf(code).chars;
  }

  /** Sources of the statements that decided each year's status, per standard. */
  yearlySources(code: string, standard: Standard): string[][] {
    return this.yearlyOf(code).sources[standard]!;
  }

  private yearlyOf(code: string): YearlyStatus {
    let y = this.yearlyCache.get(code);
    if (!y) {
      const u = this.units.get(code)!;
      const recs = this.recs(code);
      y = { chars: {}, sources: {} };
      for (const standard of LADDERS[levelOfUnitKind(u.kind)]) {
        const evidence = years().map((yr) => statusAt(recs, standard, countDay(yr)));
        y.chars[standard] = evidence.map((e) => STATUS_CHAR[e.status]).join('');
        y.sources[standard] = evidence.map((e) => [
          ...new Set(e.basis.map((id) => this.sourceOfRec.get(id)!)),
        ]);
      }
      this.yearlyCache.set(code, y);
    }
    return y;
  }

  recs(code: string): RecognitionRow[] {
    return this.recsByUnit.get(code) ?? [];
  }

  /** All units below `code` (inclusive), depth-first in code order. */
  descendants(code: string): UnitRow[] {
    const self = this.units.get(code);
    const out: UnitRow[] = self ? [self] : [];
    for (const c of this.children.get(code) ?? []) out.push(...this.descendants(c.code));
    return out;
  }

  /** The units a standard is counted over within a scope: in the programme, of the right level. */
  denominatorUnits(scope: string, standard: Standard): UnitRow[] {
    const level = levelOfStandard(standard);
    const key = `${scope}|${level}`;
    let list = this.denominatorCache.get(key);
    if (!list) {
      list = this.descendants(scope).filter(
        (u) => u.in_programme === 'yes' && levelOfUnitKind(u.kind) === level,
      );
      this.denominatorCache.set(key, list);
    }
    return list;
  }

  district(code: string): UnitRow | null {
    let u = this.units.get(code);
    while (u && u.kind !== 'district')
      u = u.parent_code ? this.units.get(u.parent_code) : undefined;
    return u ?? null;
  }
}

export function countAt(
  ix: DatasetIndex,
  scope: string,
  standard: Standard,
  date: string,
  samePeriod?: string,
): T.Count {
  const units = ix.denominatorUnits(scope, standard);
  const by: Record<Status, string[]> = { reached: [], 'not-reached': [], unknown: [] };
  const basis = new Set<string>();
  for (const u of units) {
    const s = statusAt(ix.recs(u.code), standard, date, samePeriod);
    by[s.status].push(u.code);
    for (const b of s.basis) basis.add(b);
  }
  const denominator = units.length;
  const reached = by.reached.length;
  const known = reached + by['not-reached'].length;
  return {
    scope,
    standard,
    date,
    denominator,
    reached,
    notReached: by['not-reached'].length,
    unknown: by.unknown.length,
    coverage: denominator === 0 ? 0 : round(known / denominator),
    share: denominator > 0 && by.unknown.length === 0 ? round(reached / denominator) : null,
    unknownUnits: by.unknown.length <= MAX_LISTED ? by.unknown : null,
    recognitionIds: [...basis].sort(),
  };
}

function sourcesOfRecs(ix: DatasetIndex, ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => ix.sourceOfRec.get(id)!))].sort();
}

function ladderOf(ix: DatasetIndex, u: UnitRow): T.Ladder {
  const level: Level = levelOfUnitKind(u.kind);
  const recs = ix.recs(u.code);
  const steps: T.LadderStep[] = [];
  for (const standard of LADDERS[level]) {
    const own = recs.filter((r) => r.standard === standard);
    const positive = own.filter((r) => r.event !== 'not-yet');
    // The earliest-dated positive statement is the step; the others corroborate it.
    const sorted = [...positive].sort(
      (a, b) =>
        reachWindow(a)!.latest.localeCompare(reachWindow(b)!.latest) || a.id.localeCompare(b.id),
    );
    const first = sorted[0];
    steps.push({
      standard,
      rank: rankOf(standard),
      reached: first !== undefined,
      event: first?.event ?? null,
      year: first?.year ?? null,
      asOf: first?.as_of?.iso ?? null,
      decisionNumber: positive.find((r) => r.decision_number)?.decision_number ?? null,
      decidedOn: positive.find((r) => r.decided_on)?.decided_on ?? null,
      recognitionIds: sorted.map((r) => r.id),
      notYet: own
        .filter((r) => r.event === 'not-yet')
        .map((r) => ({ id: r.id, asOf: r.as_of!.iso, sourceId: r.source_id }))
        .sort((a, b) => a.asOf.localeCompare(b.asOf)),
      sourceIds: [...new Set(own.map((r) => r.source_id))].sort(),
    });
  }
  const yearly = ix.yearly(u.code);
  const highest: (Standard | null)[] = years().map((_, i) => {
    let h: Standard | null = null;
    for (const standard of LADDERS[level]) if (yearly[standard]![i] === 'R') h = standard;
    return h;
  });
  return { level, steps, firstYear: FIRST_YEAR, yearly, highest };
}

function unitsOut(ix: DatasetIndex): T.UnitOut[] {
  return [...ix.units.values()].map((u) => {
    const district = ix.district(u.code);
    return {
      code: u.code,
      name: u.name,
      shortName: u.short_name,
      kind: u.kind,
      slug: u.slug,
      parentCode: u.parent_code,
      districtCode: district?.code ?? null,
      inProgramme: u.in_programme === 'yes',
      notInProgrammeReason: u.not_in_programme_reason,
      pilot: u.pilot,
      point:
        u.lat !== null && u.lon !== null
          ? {
              lat: u.lat,
              lon: u.lon,
              quality: u.coord_quality ?? 'approximate',
              sourceId: u.coord_source_id!,
            }
          : null,
      sourceId: u.source_id,
      noteSourceId: u.note_source_id,
      becameUnits: (ix.crosswalkByOld.get(u.code) ?? []).map((c) => ({
        code: c.new_code,
        name: c.new_name,
        kind: c.new_kind,
        coverage: c.coverage,
        clause: c.clause,
        sourceId: c.source_id,
        note: c.note,
      })),
      tile: ix.tileOf.get(u.code) ?? null,
      ladder: ladderOf(ix, u),
      figureIds: (ix.figuresByScope.get(u.code) ?? []).map((f) => f.id).sort(),
    };
  });
}

function countsOut(ix: DatasetIndex): T.CountSeries[] {
  const scopes = [...ix.units.values()].filter((u) => u.kind === 'city' || u.kind === 'district');
  const ys = years();
  const out: T.CountSeries[] = [];
  for (const scope of scopes) {
    for (const standard of Object.keys(STANDARDS) as Standard[]) {
      const units = ix.denominatorUnits(scope.code, standard);
      if (units.length === 0) continue;
      const reached = ys.map(() => 0);
      const notReached = ys.map(() => 0);
      const unknown: string[][] = ys.map(() => []);
      const sources: Set<string>[] = ys.map(() => new Set());
      for (const u of units) {
        const chars = ix.yearly(u.code)[standard]!;
        const srcs = ix.yearlySources(u.code, standard);
        for (let i = 0; i < ys.length; i++) {
          const c = chars[i];
          if (c === '?') {
            unknown[i]!.push(u.code);
            continue;
          }
          if (c === 'R') reached[i]!++;
          else notReached[i]!++;
          for (const src of srcs[i]!) sources[i]!.add(src);
        }
      }
      const denominator = units.length;
      const points = ys.map((y, i): T.CountPoint => ({
        id: `count-${scope.code}-${standard}-${y}`,
        scope: scope.code,
        standard,
        year: y,
        date: countDay(y),
        denominator,
        reached: reached[i]!,
        notReached: notReached[i]!,
        unknown: unknown[i]!.length,
        coverage: round((reached[i]! + notReached[i]!) / denominator),
        share: unknown[i]!.length === 0 ? round(reached[i]! / denominator) : null,
        unknownUnits: unknown[i]!.length <= MAX_LISTED ? unknown[i]! : null,
        sourceIds: [...sources[i]!].sort(),
      }));
      out.push({ scope: scope.code, standard, points });
    }
  }
  return out;
}

/** Published figures grouped into series: same scope, metric, standard and unit. */
export function seriesOf(figures: readonly FigureRow[]): T.FigureSeries[] {
  const groups = new Map<string, FigureRow[]>();
  for (const f of figures) {
    const key = [f.scope, f.metric, f.standard ?? '', f.unit].join('|');
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, list]) => ({
      key,
      scope: list[0]!.scope,
      metric: list[0]!.metric,
      standard: list[0]!.standard,
      unit: list[0]!.unit,
      points: [...list]
        .sort((a, b) => a.as_of.iso.localeCompare(b.as_of.iso) || a.id.localeCompare(b.id))
        .map((f) => ({
          figureId: f.id,
          asOf: f.as_of.iso,
          value: f.value,
          denominator: f.denominator,
          qualifier: f.qualifier,
          sourceId: f.source_id,
        })),
    }));
}

/**
 * Compares each published count with the count computed from unit-level data. A figure
 * dated "2015" or "2015-08" describes some day in that period, so the computed side is a
 * range: units reached at its start (or "by" that same period), up to units reached or
 * unknown at its end.
 */
export function consistencyChecks(ix: DatasetIndex): T.ConsistencyCheck[] {
  const out: T.ConsistencyCheck[] = [];
  for (const f of ix.data.figures) {
    if (
      f.metric !== 'units-reached' ||
      f.standard === null ||
      f.scope === 'VN' ||
      f.unit !== 'count'
    )
      continue;
    if (!ix.units.has(f.scope)) continue;
    const date = endOf(f.as_of);
    const c = countAt(ix, f.scope, f.standard, date);
    const atStart =
      startOf(f.as_of) === date
        ? c
        : countAt(ix, f.scope, f.standard, dayBefore(startOf(f.as_of)), f.as_of.iso);
    const min = atStart.reached;
    const max = c.reached + c.unknown;
    const differences: string[] = [];
    if (f.denominator !== null && f.denominator !== c.denominator) {
      differences.push(
        `mẫu số khác nhau: nguồn ${f.denominator}, dữ liệu theo đơn vị ${c.denominator}`,
      );
    }
    const exact = f.qualifier === 'exact';
    if (exact && f.value < min)
      differences.push(
        `dữ liệu theo đơn vị có ít nhất ${min} đơn vị đạt, nhiều hơn con số công bố ${f.value}`,
      );
    if (exact && f.value > max)
      differences.push(
        `dữ liệu theo đơn vị chỉ có tối đa ${max} đơn vị đạt, ít hơn con số công bố ${f.value}`,
      );
    const conflict = differences.length > 0;
    if (!conflict && min !== max)
      differences.push(
        `dữ liệu theo đơn vị cho khoảng ${min}–${max} đơn vị đạt trong kỳ ${f.as_of.iso}; ${c.unknown} đơn vị chưa rõ trạng thái`,
      );
    const verdict: T.ConsistencyCheck['verdict'] = conflict
      ? 'disagree'
      : min === max && min === f.value
        ? 'agree'
        : 'incomplete';
    out.push({
      id: `check-${f.id}`,
      figureId: f.id,
      scope: f.scope,
      standard: f.standard,
      date,
      published: {
        value: f.value,
        denominator: f.denominator,
        qualifier: f.qualifier,
        sourceId: f.source_id,
      },
      computed: {
        min,
        max,
        reached: c.reached,
        notReached: c.notReached,
        unknown: c.unknown,
        denominator: c.denominator,
        unknownUnits: c.unknownUnits,
        sourceIds: sourcesOfRecs(ix, [
          ...new Set([...c.recognitionIds, ...atStart.recognitionIds]),
        ]),
      },
      verdict,
      differences,
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** Latest published figure for the same scope and standard at or before `date` that gives a share. */
function latestPublished(
  ix: DatasetIndex,
  scope: string,
  standard: Standard,
  date: string,
): FigureRow | null {
  const candidates = ix.data.figures.filter(
    (f) =>
      f.scope === scope &&
      f.standard === standard &&
      f.metric === 'units-reached' &&
      endOf(f.as_of) <= date &&
      shareOfFigure(f) !== null,
  );
  candidates.sort((a, b) => b.as_of.iso.localeCompare(a.as_of.iso) || a.id.localeCompare(b.id));
  return candidates[0] ?? null;
}

function shareOfFigure(f: FigureRow): number | null {
  if (f.unit === 'share') return f.value;
  if (f.denominator) return f.value / f.denominator;
  return null;
}

export function progressOf(ix: DatasetIndex, t: TargetRow): T.Progress {
  const release = ix.data.dataset.release;
  // No deadline: judged at the release date, never final.
  const deadline = t.deadline ? endOf(t.deadline) : null;
  const date = deadline === null || release < deadline ? release : deadline;
  const base = {
    id: `progress-${t.id}`,
    targetId: t.id,
    goal: t.goal,
    level: t.level,
    tier: t.tier,
    standing: t.standing,
    scope: t.scope,
    standard: t.standard,
    target: t.value,
    targetCount: t.count,
    targetDenominator: t.denominator,
    comparator: t.comparator,
    deadline: t.deadline?.iso ?? null,
    targetSourceId: t.source_id,
  };
  const isFinal = (asOf: string) => deadline !== null && asOf >= deadline;
  // A target stated as a count ("ít nhất 2/20 xã", "6 xã") is met by that many units.
  const meets = (share: number, reached: number | null) =>
    t.count !== null && reached !== null
      ? reached >= t.count
      : t.value !== null && share >= t.value - 1e-9;
  const gapOf = (share: number) => (t.value === null ? null : round(Math.max(0, t.value - share)));
  const none = (
    known: T.Progress['known'],
    evidence: string[],
    denominator: number | null,
  ): T.Progress => ({
    ...base,
    basis: 'none',
    asOf: date,
    value: null,
    reached: null,
    denominator,
    gap: null,
    status: 'no-data',
    final: false,
    known,
    evidenceSourceIds: evidence,
    figureId: null,
  });
  // A standard no unit is assessed on (or an unnamed criteria set): nothing to compute.
  if (!isUnitStandard(t.standard)) return none(null, [], null);
  const standard = t.standard;
  // Computed from unit data where every unit's status is known or the answer is settled anyway.
  if (!isOtherScope(t.scope) && ix.units.has(t.scope)) {
    const c = countAt(ix, t.scope, standard, date);
    if (c.denominator > 0) {
      const meetsCount = (reached: number) => meets(reached / c.denominator, reached);
      const minShare = c.reached / c.denominator;
      const settled = meetsCount(c.reached) || !meetsCount(c.reached + c.unknown);
      if (settled && c.coverage > 0) {
        return {
          ...base,
          basis: 'computed',
          asOf: date,
          value: round(minShare),
          reached: c.reached,
          denominator: c.denominator,
          gap: gapOf(minShare),
          status: meetsCount(c.reached) ? 'met' : 'not-met',
          final: isFinal(date),
          known: { reached: c.reached, notReached: c.notReached, unknown: c.unknown },
          evidenceSourceIds: sourcesOfRecs(ix, c.recognitionIds),
          figureId: null,
        };
      }
      const pub = latestPublished(ix, t.scope, standard, date);
      const share = pub ? shareOfFigure(pub) : null;
      if (pub && share !== null) {
        return {
          ...base,
          basis: 'published',
          asOf: pub.as_of.iso,
          value: round(share),
          reached: pub.value,
          denominator: pub.denominator,
          gap: gapOf(share),
          status: meets(share, pub.unit === 'count' ? pub.value : null) ? 'met' : 'not-met',
          final: isFinal(endOf(pub.as_of)),
          known: { reached: c.reached, notReached: c.notReached, unknown: c.unknown },
          evidenceSourceIds: [pub.source_id],
          figureId: pub.id,
        };
      }
      return none(
        { reached: c.reached, notReached: c.notReached, unknown: c.unknown },
        sourcesOfRecs(ix, c.recognitionIds),
        c.denominator,
      );
    }
  }
  const pub =
    latestPublished(ix, t.scope, standard, date) ??
    ix.data.figures
      .filter(
        (f) =>
          f.scope === t.scope &&
          f.standard === standard &&
          f.metric === 'units-reached' &&
          shareOfFigure(f) !== null,
      )
      .sort((a, b) => b.as_of.iso.localeCompare(a.as_of.iso))[0] ??
    null;
  const share = pub ? shareOfFigure(pub) : null;
  if (pub && share !== null) {
    return {
      ...base,
      basis: 'published',
      asOf: pub.as_of.iso,
      value: round(share),
      reached: pub.unit === 'count' ? pub.value : null,
      denominator: pub.denominator,
      gap: gapOf(share),
      status: meets(share, pub.unit === 'count' ? pub.value : null) ? 'met' : 'not-met',
      final: isFinal(endOf(pub.as_of)),
      known: null,
      evidenceSourceIds: [pub.source_id],
      figureId: pub.id,
    };
  }
  return none(null, [], null);
}

function summaries(ix: DatasetIndex, counts: T.CountSeries[]): T.Summary[] {
  const scopes = [...ix.units.values()].filter((u) => u.kind === 'city' || u.kind === 'district');
  const countsByScope = new Map<string, T.CountSeries[]>();
  for (const c of counts) push(countsByScope, c.scope, c);
  return scopes.map((s) => {
    const all = ix.descendants(s.code);
    const latest = (countsByScope.get(s.code) ?? []).map((c) => c.points[c.points.length - 1]!);
    const indicatorIds = new Map<string, FigureRow>();
    for (const f of [...(ix.figuresByScope.get(s.code) ?? [])].sort(
      (a, b) => a.as_of.iso.localeCompare(b.as_of.iso) || a.id.localeCompare(b.id),
    )) {
      indicatorIds.set(`${f.metric}|${f.standard ?? ''}|${f.unit}`, f);
    }
    return {
      code: s.code,
      name: s.name,
      communes: all.filter((u) => u.kind === 'commune').length,
      towns: all.filter((u) => u.kind === 'town').length,
      districts: all.filter((u) => u.kind === 'district').length,
      inProgramme: all.filter((u) => u.kind === 'commune' && u.in_programme === 'yes').length,
      pilots: all.filter((u) => u.pilot !== 'none').map((u) => u.code),
      latestCounts: latest.map((p) => ({
        id: p.id,
        standard: p.standard,
        year: p.year,
        reached: p.reached,
        unknown: p.unknown,
        denominator: p.denominator,
        share: p.share,
      })),
      latestFigureIds: [...indicatorIds.values()].map((f) => f.id).sort(),
    };
  });
}

function sourcesOut(ix: DatasetIndex): T.SourceOut[] {
  const cite = new Map<string, Set<string>>();
  const add = (src: string, id: string) => {
    const set = cite.get(src) ?? new Set<string>();
    set.add(id);
    cite.set(src, set);
  };
  for (const f of ix.data.figures) add(f.source_id, f.id);
  for (const r of ix.data.recognitions) add(r.source_id, r.id);
  for (const t of ix.data.targets) add(t.source_id, t.id);
  for (const c of ix.data.criteria_sets) add(c.source_id, c.id);
  for (const u of ix.data.units) {
    add(u.source_id, `unit-${u.code}`);
    if (u.note_source_id) add(u.note_source_id, `unit-${u.code}`);
    if (u.coord_source_id) add(u.coord_source_id, `unit-${u.code}`);
  }
  for (const c of ix.data.crosswalk) add(c.source_id, `crosswalk-${c.old_code}`);
  for (const q of ix.data.open_questions)
    if (q.nearest_source_id) add(q.nearest_source_id, `open-${q.id}`);
  return [...ix.data.sources]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      publisher: s.publisher,
      url: s.url,
      urlUnknown: s.url_status === 'unknown',
      decisionNumber: s.decision_number,
      publishedOn: s.published_on?.iso ?? null,
      language: s.language,
      note: s.note,
      noteEn: s.note_en,
      citedBy: [...(cite.get(s.id) ?? [])].sort(),
    }));
}

export function computeStats(data: Dataset): T.Stats {
  const ix = new DatasetIndex(data);
  const counts = countsOut(ix);
  return {
    meta: {
      title: data.dataset.title,
      release: data.dataset.release,
      synthetic: data.dataset.synthetic === 'yes',
      licence: data.dataset.licence,
      note: data.dataset.note,
      firstYear: FIRST_YEAR,
      lastYear: LAST_YEAR,
      rows: {
        // The dataset table is the release's one row of metadata.
        dataset: 1,
        sources: data.sources.length,
        units: data.units.length,
        recognitions: data.recognitions.length,
        figures: data.figures.length,
        targets: data.targets.length,
        criteria_sets: data.criteria_sets.length,
        crosswalk: data.crosswalk.length,
        hex_layout: data.hex_layout.length,
        open_questions: data.open_questions.length,
      },
    },
    units: unitsOut(ix),
    counts,
    progress: [...data.targets]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((t) => progressOf(ix, t)),
    series: seriesOf(data.figures),
    consistency: consistencyChecks(ix),
    summaries: summaries(ix, counts),
    reference: {
      sources: sourcesOut(ix),
      figures: [...data.figures]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((f) => ({
          id: f.id,
          scope: f.scope,
          metric: f.metric,
          standard: f.standard,
          value: f.value,
          denominator: f.denominator,
          unit: f.unit,
          qualifier: f.qualifier,
          asOf: f.as_of.iso,
          sourceId: f.source_id,
          quote: f.quote,
          note: f.note,
          noteEn: f.note_en,
        })),
      targets: [...data.targets]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((t) => ({
          id: t.id,
          goal: t.goal,
          level: t.level,
          tier: t.tier,
          scope: t.scope,
          standard: t.standard,
          value: t.value,
          count: t.count,
          denominator: t.denominator,
          comparator: t.comparator,
          deadline: t.deadline?.iso ?? null,
          wording: t.wording,
          sourceId: t.source_id,
          standing: t.standing,
          note: t.note,
          noteEn: t.note_en,
        })),
      criteriaSets: [...data.criteria_sets]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((c) => ({
          id: c.id,
          level: c.level,
          standards: (c.standards ?? '')
            .split('|')
            .map((s) => s.trim())
            .filter(Boolean) as Standard[],
          period: c.period,
          issuer: c.issuer,
          decisionNumber: c.decision_number,
          decidedOn: c.decided_on?.iso ?? null,
          title: c.title,
          criteriaCount: c.criteria_count,
          indicatorCount: c.indicator_count,
          effectiveOn: c.effective_on?.iso ?? null,
          amends: c.amends,
          sourceId: c.source_id,
          note: c.note,
          noteEn: c.note_en,
        })),
      openQuestions: [...data.open_questions].map((q) => ({
        id: q.id,
        topics: (q.topics ?? '')
          .split('|')
          .map((x) => x.trim())
          .filter(Boolean) as NoDataTopic[],
        question: q.question,
        searched: q.searched,
        searchedOn: q.searched_on.iso,
        nearest: q.nearest,
        nearestSourceId: q.nearest_source_id,
        wanted: q.wanted,
        note: q.note,
        en: {
          question: q.question_en,
          searched: q.searched_en,
          nearest: q.nearest_en,
          wanted: q.wanted_en,
          note: q.note_en,
        },
      })),
      recognitions: [...data.recognitions]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((r) => ({
          id: r.id,
          unitCode: r.unit_code,
          standard: r.standard,
          event: r.event,
          year: r.year,
          asOf: r.as_of?.iso ?? null,
          decisionNumber: r.decision_number,
          decidedOn: r.decided_on,
          criteriaSetId: r.criteria_set_id,
          sourceId: r.source_id,
          note: r.note,
        })),
    },
  };
}
