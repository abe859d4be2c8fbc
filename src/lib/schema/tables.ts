// The dataset's tables: one spec per CSV file in data/. The build script validates
// against these, the pages type their data with them, and data/README.md documents them.
import {
  code,
  enumOf,
  id,
  isoDate,
  number,
  optional,
  partialDate,
  ref,
  slug,
  text,
  url,
  year,
  type Columns,
  type RowOf,
} from './columns.ts';

/** Standards a unit can reach. Order within a level is the ladder, lowest first. */
export const STANDARDS = {
  ntm: 'Xã đạt chuẩn nông thôn mới',
  'ntm-nc-2016': 'Xã đạt chuẩn NTM nâng cao theo bộ tiêu chí TP giai đoạn 2016–2020',
  'ntm-nc-2021': 'Xã đạt chuẩn NTM nâng cao gắn với đô thị hóa, giai đoạn 2021–2025',
  'ntm-km-2021': 'Xã đạt chuẩn NTM kiểu mẫu, giai đoạn 2021–2025',
  'district-ntm': 'Huyện đạt chuẩn nông thôn mới (Thủ tướng công nhận)',
  'district-ntm-nc': 'Huyện đạt chuẩn NTM nâng cao (Thủ tướng công nhận)',
  'province-completed': 'Tỉnh/thành phố hoàn thành nhiệm vụ xây dựng NTM (Thủ tướng công nhận)',
} as const;
export type Standard = keyof typeof STANDARDS;

/**
 * Standards a target may name beyond those units are tracked against: a plan can set a target
 * for a standard no unit was ever assessed on (QĐ 1711/QĐ-TTg's "xã NTM thông minh"), or a
 * source can say "nâng cao" without naming the criteria set. Progress on these is never computed.
 */
export const TARGET_ONLY_STANDARDS = {
  'ntm-nc': 'Xã đạt chuẩn NTM nâng cao (nguồn không nêu bộ tiêu chí)',
  'ntm-km': 'Xã đạt chuẩn NTM kiểu mẫu (nguồn không nêu bộ tiêu chí)',
  'ntm-smart': 'Xã đạt chuẩn NTM thông minh',
  'district-ntm-km': 'Huyện đạt chuẩn NTM kiểu mẫu',
  'district-ntm-smart': 'Huyện đạt chuẩn NTM thông minh',
} as const;
export const TARGET_STANDARDS = { ...STANDARDS, ...TARGET_ONLY_STANDARDS } as const;
export type TargetStandard = keyof typeof TARGET_STANDARDS;
export const isUnitStandard = (s: string): s is Standard => s in STANDARDS;

/** Scopes that are not units of the dataset: the country, and provinces cited for comparison (ISO 3166-2:VN). */
export const OTHER_SCOPES = {
  VN: 'Cả nước',
  'VN-HN': 'Hà Nội',
} as const;
export type OtherScope = keyof typeof OTHER_SCOPES;
export const isOtherScope = (s: string): s is OtherScope => s in OTHER_SCOPES;

/**
 * What a "Chưa có số liệu công bố" on the site can be about. Every topic must be answered by one
 * row of open_questions.csv, so that every such phrase links to its entry on /chua-cong-bo/.
 */
export const NO_DATA_TOPICS = {
  'status-ntm': 'which communes reached NTM, and when',
  'status-ntm-nc-2016': 'which communes reached the 2016–2020 city nâng cao standard',
  'status-ntm-nc-2021': 'which communes reached nâng cao gắn với đô thị hóa (2021–2025)',
  'status-ntm-km-2021': 'which communes reached kiểu mẫu (2021–2025)',
  'status-district-ntm': 'district recognitions and their decisions',
  'status-district-ntm-nc': 'whether any district reached nâng cao',
  'status-province-completed': 'whether the city completed the NTM task',
  'decision-numbers': 'decision numbers still missing',
  indicators: 'income, poverty and other indicators of a unit',
  'criteria-count': 'how many criteria a set has',
  'plan-targets': "the plan's own quantitative targets and results",
  'after-2025': 'the programme in the new city after 1 July 2025',
} as const;
export type NoDataTopic = keyof typeof NO_DATA_TOPICS;

export const UNIT_KINDS = {
  city: 'Thành phố trực thuộc trung ương',
  district: 'Huyện',
  commune: 'Xã',
  town: 'Thị trấn',
} as const;
export type UnitKind = keyof typeof UNIT_KINDS;

export const METRICS = {
  'units-reached':
    'Số đơn vị đạt một chuẩn (cột standard) trong phạm vi scope; denominator = tổng số đơn vị xét',
  'units-criteria-met-all': 'Số xã đạt đủ tất cả tiêu chí (chưa chắc đã có quyết định công nhận)',
  'units-partial-criteria': 'Số xã đạt một số tiêu chí nhất định (ghi rõ trong note)',
  'criteria-average':
    'Số tiêu chí bình quân đạt được mỗi xã; denominator = tổng số tiêu chí của bộ',
  'income-per-capita': 'Thu nhập bình quân đầu người',
  'income-ratio-to-urban': 'Thu nhập nông thôn so với thành thị (tỷ lệ)',
  'poor-households': 'Số hộ nghèo',
  'poverty-rate': 'Tỷ lệ hộ nghèo',
  'near-poor-households': 'Số hộ cận nghèo',
  'near-poor-rate': 'Tỷ lệ hộ cận nghèo',
  'ocop-products': 'Số sản phẩm OCOP',
  population: 'Dân số',
  area: 'Diện tích',
  'funds-mobilised': 'Vốn huy động cho chương trình',
} as const;
export type Metric = keyof typeof METRICS;

export const VALUE_UNITS = {
  count: 'số đếm (đơn vị, xã, sản phẩm…)',
  share: 'tỷ lệ từ 0 đến 1 (0.793 = 79,3%)',
  'million-vnd-per-person-year': 'triệu đồng/người/năm',
  'million-vnd-per-month': 'triệu đồng/tháng',
  households: 'hộ',
  people: 'người',
  hectares: 'ha',
  'billion-vnd': 'tỷ đồng',
  criteria: 'tiêu chí',
} as const;
export type ValueUnit = keyof typeof VALUE_UNITS;

export const QUALIFIERS = {
  exact: 'con số chính xác như nguồn ghi',
  approx: 'nguồn ghi "khoảng", "gần", "~"',
  'more-than': 'nguồn ghi "hơn", "trên", ">"',
  'at-least': 'nguồn ghi "ít nhất", "≥"',
  'less-than': 'nguồn ghi "dưới", "<"',
} as const;
export type Qualifier = keyof typeof QUALIFIERS;

export const datasetColumns = {
  title: text('Name of this release of the dataset.'),
  release: isoDate(
    'Release date of this version of the data (what "số liệu tính đến" falls back to).',
  ),
  synthetic: enumOf(
    {
      yes: 'generated by scripts/make-synthetic.ts: for tests and benchmarks only',
      no: 'real, sourced data',
    },
    'Whether the data is synthetic.',
  ),
  licence: text('Licence of the dataset as published by this project.'),
  note: optional(text('Free note on the release.')),
} satisfies Columns;

export const sourceColumns = {
  id: id('Stable id of the source, cited by every other table.'),
  kind: enumOf(
    {
      legal: 'a legal document: decision, resolution, plan (quyết định, nghị quyết, kế hoạch)',
      government: 'a government portal or an official report',
      news: 'a newspaper or news agency article',
      academic: 'a peer-reviewed article',
      dataset: 'an open dataset',
    },
    'What kind of document it is.',
  ),
  title: text('Title as published (Vietnamese or English, as the source).'),
  publisher: text('Who published it.'),
  url: optional(
    url(
      'Where to read it. A source needs a URL, a decision number, or both, unless url_status says the address is not known.',
    ),
  ),
  url_status: optional(
    enumOf(
      {
        unknown:
          'the document is known by publisher and title only: its address is not known (say in note how the text reached us)',
      },
      'Set when a source has neither a URL nor a decision number.',
    ),
  ),
  decision_number: optional(text('Decision or document number, e.g. "511/QĐ-TTg".', { max: 60 })),
  published_on: optional(
    partialDate(
      'When it was published or signed, as precise as known; empty when the source has no date.',
    ),
  ),
  language: enumOf({ vi: 'Vietnamese', en: 'English' }, 'Language of the source.'),
  note: optional(text('Caveats: undated page, mirror, what part of it we use.')),
  note_en: optional(
    text(
      '"note" in English, for the English edition (only with "note"; empty: the English page shows the Vietnamese note, marked as such).',
    ),
  ),
} satisfies Columns;

export const unitColumns = {
  code: code(
    'GSO code before 1 July 2025 (79 for the city, 3 digits for districts, 5 for communes and towns).',
  ),
  name: text('Full name with its kind, e.g. "Xã Tân Thông Hội".', { max: 120 }),
  short_name: text('Name without the kind, e.g. "Tân Thông Hội".', { max: 100 }),
  kind: enumOf(UNIT_KINDS, 'Kind of administrative unit.'),
  parent_code: optional(ref('units', 'Code of the unit it belonged to (empty for the city).')),
  slug: slug('ASCII slug for its page URL, unique.'),
  in_programme: enumOf(
    { yes: 'took part in the NTM programme', no: 'did not take part' },
    'Whether the unit was in the NTM programme (communes: commune-level NTM; districts: district-level).',
  ),
  not_in_programme_reason: optional(text('Why not, in Vietnamese, as the source says.')),
  pilot: enumOf(
    {
      none: 'not a pilot',
      'national-2009': 'one of the 11 national pilot communes, 2009',
      'city-2010': "one of the city's 5 pilot communes, 2010",
    },
    'Pilot status.',
  ),
  lat: optional(
    number('Approximate latitude (WGS84) of a reference point, for map pins only.', {
      min: -90,
      max: 90,
    }),
  ),
  lon: optional(
    number('Approximate longitude (WGS84) of a reference point, for map pins only.', {
      min: -180,
      max: 180,
    }),
  ),
  coord_quality: optional(
    enumOf(
      { approximate: 'a reference point of unknown origin, not a verified centroid' },
      'How good the coordinates are.',
    ),
  ),
  coord_source_id: optional(
    ref('sources', 'Where the coordinates come from (required with coordinates).'),
  ),
  source_id: ref('sources', 'Source of the unit, its code and its programme status.'),
  note_source_id: optional(
    ref('sources', 'Source for the pilot status or the reason it is not in the programme.'),
  ),
} satisfies Columns;

export const recognitionColumns = {
  id: id('Stable id of this fact.'),
  unit_code: ref('units', 'The unit.'),
  standard: enumOf(STANDARDS, 'Which standard.'),
  event: enumOf(
    {
      recognized: 'formally recognized (công nhận) by the competent authority',
      'criteria-met': 'reported as meeting all criteria, without a known recognition decision',
      'not-yet': 'the source states the unit had NOT reached the standard as of as_of',
    },
    'What the source states.',
  ),
  year: optional(year('The year of the standard ("đạt chuẩn NTM năm 2020"), when known.')),
  as_of: optional(
    partialDate(
      'For recognized/criteria-met without a year: the date by which it had happened. For not-yet: the date it was still not reached.',
    ),
  ),
  decision_number: optional(
    text('Number of the recognition decision, when published.', { max: 60 }),
  ),
  decided_on: optional(isoDate('Date the decision was signed, when published.')),
  criteria_set_id: optional(
    ref('criteria_sets', 'The criteria set it was assessed against, when the source says.'),
  ),
  source_id: ref('sources', 'Where this is stated.'),
  note: optional(text('Caveats, e.g. derived from "20/20 xã" in the district.')),
} satisfies Columns;

export const figureColumns = {
  id: id('Stable id; a published figure keeps its id forever.'),
  scope: text('Unit code, or VN for the whole country.', { max: 8 }),
  metric: enumOf(METRICS, 'What is counted or measured.'),
  standard: optional(enumOf(STANDARDS, 'For counts of units reaching a standard: which standard.')),
  value: number('The value exactly as the source states it (shares as 0–1).'),
  denominator: optional(number('The "of N" part, e.g. 56 in "50/56 xã".', { min: 0 })),
  unit: enumOf(VALUE_UNITS, 'Unit of the value.'),
  qualifier: enumOf(QUALIFIERS, 'How exact the source is.'),
  as_of: partialDate('The date the figure describes ("tính đến").'),
  source_id: ref('sources', 'Where it is published.'),
  quote: optional(text("The source's own words for the figure, short.", { max: 400 })),
  note: optional(text('Caveats: scope differences, rounding, standard set.')),
  note_en: optional(
    text(
      '"note" in English, for the English edition (only with "note"; empty: the English page shows the Vietnamese note, marked as such).',
    ),
  ),
} satisfies Columns;

export const targetColumns = {
  id: id('Stable id of the target as a source states it.'),
  goal: id(
    'Which goal it is; rows sharing a goal are statements of it, and differing ones conflict.',
  ),
  level: enumOf(
    {
      city: 'a target of HCMC: its plans and its master plan',
      national: 'a national target, for comparison',
    },
    'Whose target.',
  ),
  tier: enumOf(
    {
      main: "one of the three targets of the city's 2021–2025 emulation-movement plan (shown first)",
      step: 'a step towards a main target: a year, or one district',
      context: 'an earlier or later target, or a national one, shown for context',
    },
    'Where the target stands among the others.',
  ),
  scope: text('Unit code the target applies to, or VN.', { max: 8 }),
  standard: enumOf(TARGET_STANDARDS, 'The standard the target counts.'),
  value: optional(
    number(
      'Target share (0–1) of units reaching the standard; 1 for yes/no targets; count / denominator when the source gives both; empty when it gives a count only.',
      { min: 0, max: 1 },
    ),
  ),
  count: optional(
    number('The number of units when the source states one ("ít nhất 2/20 xã" → 2).', {
      min: 0,
      integer: true,
    }),
  ),
  denominator: optional(
    number('The "of N" part of that count ("2/20 xã" → 20).', { min: 1, integer: true }),
  ),
  comparator: enumOf({ 'at-least': '≥ value', about: '≈ value' }, 'How the value is meant.'),
  deadline: optional(partialDate('When it is due; empty when the source gives no date.')),
  wording: text("The target in the source's words (Vietnamese)."),
  source_id: ref('sources', 'Where the target is stated.'),
  standing: optional(
    enumOf(
      {
        contradicted:
          'the other statements of the same goal contradict this one, and they settle it: shown as what it is, never as the goal',
      },
      'Set on a statement the other sources of its goal have settled against.',
    ),
  ),
  note: optional(text("Caveats, e.g. the plan's own number is not published.")),
  note_en: optional(
    text(
      '"note" in English, for the English edition (only with "note"; empty: the English page shows the Vietnamese note, marked as such).',
    ),
  ),
} satisfies Columns;

export const criteriaSetColumns = {
  id: id('Stable id of the criteria set or programme decision.'),
  level: enumOf(
    {
      commune: 'commune',
      district: 'district',
      province: 'province/city',
      programme: 'programme-wide decision',
    },
    'What it applies to.',
  ),
  standards: optional(
    text(
      'Standards it defines, separated by "|", from the standard list; empty for programme decisions.',
      { max: 200 },
    ),
  ),
  period: text('Period it applies to, e.g. 2021–2025.', { max: 20 }),
  issuer: enumOf(
    { qh: 'Quốc hội', cp: 'Chính phủ', ttg: 'Thủ tướng Chính phủ', 'ubnd-tphcm': 'UBND TP.HCM' },
    'Who issued it.',
  ),
  decision_number: text('Decision number.', { max: 60 }),
  decided_on: optional(partialDate('Signing date, as precise as known.')),
  title: text('What it is, in Vietnamese.'),
  criteria_count: optional(
    number('Number of criteria, when published.', { min: 1, integer: true }),
  ),
  indicator_count: optional(
    number('Number of indicators (chỉ tiêu) across its criteria, when published.', {
      min: 1,
      integer: true,
    }),
  ),
  effective_on: optional(partialDate('Date it takes effect, when published.')),
  amends: optional(ref('criteria_sets', 'The set it amends or adjusts.')),
  source_id: ref('sources', 'Where it is described.'),
  note: optional(text('Caveats.')),
  note_en: optional(
    text(
      '"note" in English, for the English edition (only with "note"; empty: the English page shows the Vietnamese note, marked as such).',
    ),
  ),
} satisfies Columns;

export const crosswalkColumns = {
  old_code: ref('units', 'Pre-2025 commune or town.'),
  new_code: optional(code('GSO code of the new unit (CV 1027/CTK-CSCL), when known.')),
  new_name: text('Name of the new unit from 1 July 2025, with its kind.', { max: 120 }),
  new_kind: enumOf(
    { commune: 'xã', ward: 'phường', 'special-zone': 'đặc khu' },
    'Kind of the new unit.',
  ),
  coverage: enumOf(
    { whole: 'the whole old unit went into it', part: 'part of the old unit went into it' },
    'Whole or part.',
  ),
  clause: optional(
    number('Clause (khoản) of NQ 1685/NQ-UBTVQH15 that creates the new unit.', {
      min: 1,
      integer: true,
    }),
  ),
  source_id: ref('sources', 'Where the mapping is decided.'),
  note: optional(text('Caveats.')),
} satisfies Columns;

export const openQuestionColumns = {
  id: id('Stable id: the anchor of its entry on /chua-cong-bo/.'),
  topics: optional(
    text(
      `What the site says is unknown that this question answers, separated by "|": ${Object.keys(NO_DATA_TOPICS).join(', ')}. Every topic needs exactly one question.`,
      { max: 300 },
    ),
  ),
  question: text('The open question, in Vietnamese.', { max: 300 }),
  searched: text('What was searched, where and how, in Vietnamese.'),
  searched_on: partialDate('When it was last searched.'),
  nearest: optional(text('The nearest published fact, in Vietnamese, in our words.')),
  nearest_source_id: optional(
    ref('sources', 'Source of the nearest published fact (required with it).'),
  ),
  wanted: text('What document would answer it, in Vietnamese (issuer, kind, what it must say).'),
  note: optional(text('Caveats: what the compilers infer (marked as inference), what changed.')),
  // English for /en/open-questions/, written by a person (never machine translation); where one is
  // empty, the English page shows the Vietnamese text, marked as such.
  question_en: optional(
    text(
      'The question in English, written by a person, faithful to "question" (empty: the English page shows the Vietnamese, marked as such).',
      { max: 300 },
    ),
  ),
  searched_en: optional(text('"searched" in English.')),
  nearest_en: optional(text('"nearest" in English (only with "nearest").')),
  wanted_en: optional(text('"wanted" in English.')),
  note_en: optional(text('"note" in English (only with "note").')),
} satisfies Columns;

export const hexLayoutColumns = {
  code: ref('units', 'A commune or town (every one needs exactly one tile).'),
  col: number('Column of its hexagon (odd rows sit half a tile to the right).', {
    min: 0,
    max: 999,
    integer: true,
  }),
  row: number('Row of its hexagon, top to bottom.', { min: 0, max: 999, integer: true }),
} satisfies Columns;

export interface TableSpec<C extends Columns = Columns> {
  readonly name: string;
  readonly file: string;
  readonly doc: string;
  readonly columns: C;
  /** Columns whose values must be unique, each alone. */
  readonly unique: readonly (keyof C & string)[];
}

function table<C extends Columns>(spec: TableSpec<C>): TableSpec<C> {
  return spec;
}

export const TABLES = {
  dataset: table({
    name: 'dataset',
    file: 'dataset.csv',
    doc: 'One row describing this release of the data.',
    columns: datasetColumns,
    unique: [],
  }),
  sources: table({
    name: 'sources',
    file: 'sources.csv',
    doc: 'Every published document a fact comes from.',
    columns: sourceColumns,
    unique: ['id'],
  }),
  units: table({
    name: 'units',
    file: 'units.csv',
    doc: 'The city, its 5 former rural districts and their 58 communes and 5 towns, as before 1 July 2025.',
    columns: unitColumns,
    unique: ['code'],
  }),
  recognitions: table({
    name: 'recognitions',
    file: 'recognitions.csv',
    doc: 'What a source says about a unit reaching (or not yet reaching) a standard.',
    columns: recognitionColumns,
    unique: ['id'],
  }),
  figures: table({
    name: 'figures',
    file: 'figures.csv',
    doc: 'Aggregate figures exactly as a source states them.',
    columns: figureColumns,
    unique: ['id'],
  }),
  targets: table({
    name: 'targets',
    file: 'targets.csv',
    doc: 'Targets of the city (2020–2030, by year and by district) and national ones for comparison, as each source words them.',
    columns: targetColumns,
    unique: ['id'],
  }),
  criteria_sets: table({
    name: 'criteria_sets',
    file: 'criteria_sets.csv',
    doc: 'The decisions that define each standard, and programme decisions.',
    columns: criteriaSetColumns,
    unique: ['id'],
  }),
  crosswalk: table({
    name: 'crosswalk',
    file: 'crosswalk.csv',
    doc: 'Each pre-2025 commune or town → the unit(s) it became on 1 July 2025.',
    columns: crosswalkColumns,
    unique: [],
  }),
  hex_layout: table({
    name: 'hex_layout',
    file: 'hex_layout.csv',
    doc: 'The hex tile map: one tile per commune or town, laid out roughly geographically by district (authored data).',
    columns: hexLayoutColumns,
    unique: ['code'],
  }),
  open_questions: table({
    name: 'open_questions',
    file: 'open_questions.csv',
    doc: 'What is still not published: each open question, what was searched, the nearest published fact and the document that would answer it (/chua-cong-bo/).',
    columns: openQuestionColumns,
    unique: ['id'],
  }),
} as const;

export type TableName = keyof typeof TABLES;
export type DatasetRow = RowOf<typeof datasetColumns>;
export type SourceRow = RowOf<typeof sourceColumns>;
export type UnitRow = RowOf<typeof unitColumns>;
export type RecognitionRow = RowOf<typeof recognitionColumns>;
export type FigureRow = RowOf<typeof figureColumns>;
export type TargetRow = RowOf<typeof targetColumns>;
export type CriteriaSetRow = RowOf<typeof criteriaSetColumns>;
export type CrosswalkRow = RowOf<typeof crosswalkColumns>;
export type HexLayoutRow = RowOf<typeof hexLayoutColumns>;
export type OpenQuestionRow = RowOf<typeof openQuestionColumns>;

export interface Dataset {
  dataset: DatasetRow;
  sources: SourceRow[];
  units: UnitRow[];
  recognitions: RecognitionRow[];
  figures: FigureRow[];
  targets: TargetRow[];
  criteria_sets: CriteriaSetRow[];
  crosswalk: CrosswalkRow[];
  hex_layout: HexLayoutRow[];
  open_questions: OpenQuestionRow[];
}
