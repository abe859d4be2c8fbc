// The JSON contract between scripts/build-stats.ts and the pages.
import type {
  Metric,
  NoDataTopic,
  Qualifier,
  Standard,
  TargetStandard,
  UnitKind,
  ValueUnit,
} from '../schema/tables.ts';
import type { Level } from './standards.ts';

export interface Count {
  scope: string;
  standard: Standard;
  /** ISO day the count describes. */
  date: string;
  denominator: number;
  reached: number;
  notReached: number;
  unknown: number;
  /** Share of units whose status is known (0–1). */
  coverage: number;
  /** reached / denominator, only when no unit is unknown; otherwise null. */
  share: number | null;
  /** Codes of the units whose status is unknown (null when more than 100). */
  unknownUnits: string[] | null;
  recognitionIds: string[];
}

export interface CountPoint extends Omit<Count, 'recognitionIds'> {
  id: string;
  year: number;
  sourceIds: string[];
}

export interface CountSeries {
  scope: string;
  standard: Standard;
  points: CountPoint[];
}

export interface LadderStep {
  standard: Standard;
  rank: number;
  reached: boolean;
  event: 'recognized' | 'criteria-met' | 'not-yet' | null;
  year: number | null;
  asOf: string | null;
  decisionNumber: string | null;
  decidedOn: string | null;
  recognitionIds: string[];
  notYet: { id: string; asOf: string; sourceId: string }[];
  sourceIds: string[];
}

export interface Ladder {
  level: Level;
  steps: LadderStep[];
  firstYear: number;
  /** Per standard, one character per year from firstYear: R reached, N not reached, ? unknown. */
  yearly: Record<string, string>;
  /** Highest standard known reached at the end of each year from firstYear. */
  highest: (Standard | null)[];
}

export interface UnitOut {
  code: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  slug: string;
  parentCode: string | null;
  districtCode: string | null;
  inProgramme: boolean;
  notInProgrammeReason: string | null;
  pilot: 'none' | 'national-2009' | 'city-2010';
  point: { lat: number; lon: number; quality: string; sourceId: string } | null;
  sourceId: string;
  noteSourceId: string | null;
  becameUnits: {
    code: string | null;
    name: string;
    kind: string;
    coverage: string;
    clause: number | null;
    sourceId: string;
    note: string | null;
  }[];
  /** Hex tile map cell (communes and towns). */
  tile: { col: number; row: number } | null;
  ladder: Ladder;
  figureIds: string[];
}

export interface FigureSeries {
  key: string;
  scope: string;
  metric: Metric;
  standard: Standard | null;
  unit: ValueUnit;
  points: {
    figureId: string;
    asOf: string;
    value: number;
    denominator: number | null;
    qualifier: Qualifier;
    sourceId: string;
  }[];
}

export interface ConsistencyCheck {
  id: string;
  figureId: string;
  scope: string;
  standard: Standard;
  date: string;
  published: { value: number; denominator: number | null; qualifier: Qualifier; sourceId: string };
  /** min: reached at the start of the figure's period; max: reached or unknown at its end. */
  computed: {
    min: number;
    max: number;
    reached: number;
    notReached: number;
    unknown: number;
    denominator: number;
    unknownUnits: string[] | null;
    sourceIds: string[];
  };
  /** agree: same count, all known; incomplete: compatible but some units unknown; disagree: incompatible. */
  verdict: 'agree' | 'incomplete' | 'disagree';
  differences: string[];
}

export interface Progress {
  id: string;
  targetId: string;
  goal: string;
  level: 'city' | 'national';
  tier: 'main' | 'step' | 'context';
  /** 'contradicted': a statement the other sources of its goal settle against. */
  standing: 'contradicted' | null;
  scope: string;
  standard: TargetStandard;
  /** Target share (0–1); null when the source states only a count. */
  target: number | null;
  /** The target as a count of units, when the source states one ("2/20 xã"). */
  targetCount: number | null;
  targetDenominator: number | null;
  comparator: 'at-least' | 'about';
  /** Null when the source gives no date. */
  deadline: string | null;
  targetSourceId: string;
  /** computed from unit data, taken from a published figure, or nothing known. */
  basis: 'computed' | 'published' | 'none';
  asOf: string;
  value: number | null;
  reached: number | null;
  denominator: number | null;
  gap: number | null;
  status: 'met' | 'not-met' | 'no-data';
  /** Whether the as-of date is at or after the deadline. */
  final: boolean;
  known: { reached: number; notReached: number; unknown: number } | null;
  evidenceSourceIds: string[];
  figureId: string | null;
}

export interface Summary {
  code: string;
  name: string;
  communes: number;
  towns: number;
  districts: number;
  inProgramme: number;
  pilots: string[];
  latestCounts: {
    id: string;
    standard: Standard;
    year: number;
    reached: number;
    unknown: number;
    denominator: number;
    share: number | null;
  }[];
  latestFigureIds: string[];
}

export interface SourceOut {
  id: string;
  kind: string;
  title: string;
  publisher: string;
  url: string | null;
  /** Known by publisher and title only: its address is not known. */
  urlUnknown: boolean;
  decisionNumber: string | null;
  publishedOn: string | null;
  language: string;
  note: string | null;
  /** The note in English, for the English edition; null where none is written yet. */
  noteEn: string | null;
  citedBy: string[];
}

export interface Stats {
  meta: {
    title: string;
    release: string;
    synthetic: boolean;
    licence: string;
    note: string | null;
    firstYear: number;
    lastYear: number;
    rows: Record<string, number>;
  };
  units: UnitOut[];
  counts: CountSeries[];
  progress: Progress[];
  series: FigureSeries[];
  consistency: ConsistencyCheck[];
  summaries: Summary[];
  reference: {
    sources: SourceOut[];
    figures: {
      id: string;
      scope: string;
      metric: Metric;
      standard: Standard | null;
      value: number;
      denominator: number | null;
      unit: ValueUnit;
      qualifier: Qualifier;
      asOf: string;
      sourceId: string;
      quote: string | null;
      note: string | null;
      noteEn: string | null;
    }[];
    targets: {
      id: string;
      goal: string;
      level: 'city' | 'national';
      tier: 'main' | 'step' | 'context';
      scope: string;
      standard: TargetStandard;
      value: number | null;
      count: number | null;
      denominator: number | null;
      comparator: 'at-least' | 'about';
      deadline: string | null;
      wording: string;
      sourceId: string;
      standing: 'contradicted' | null;
      note: string | null;
      noteEn: string | null;
    }[];
    criteriaSets: {
      id: string;
      level: string;
      standards: Standard[];
      period: string;
      issuer: string;
      decisionNumber: string;
      decidedOn: string | null;
      title: string;
      criteriaCount: number | null;
      indicatorCount: number | null;
      effectiveOn: string | null;
      amends: string | null;
      sourceId: string;
      note: string | null;
      noteEn: string | null;
    }[];
    openQuestions: {
      id: string;
      topics: NoDataTopic[];
      question: string;
      searched: string;
      searchedOn: string;
      nearest: string | null;
      nearestSourceId: string | null;
      wanted: string;
      note: string | null;
      /** The English texts for /en/open-questions/; null where none is written yet (the page then shows the Vietnamese). */
      en: {
        question: string | null;
        searched: string | null;
        nearest: string | null;
        wanted: string | null;
        note: string | null;
      };
    }[];
    recognitions: {
      id: string;
      unitCode: string;
      standard: Standard;
      event: string;
      year: number | null;
      asOf: string | null;
      decisionNumber: string | null;
      decidedOn: string | null;
      criteriaSetId: string | null;
      sourceId: string;
      note: string | null;
    }[];
  };
}
