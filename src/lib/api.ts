// The static JSON API (/api/v1/): envelopes, per-endpoint data and the JSON Schema each
// file validates against. Field names are the CSV columns (snake_case) and never change
// within v1; a breaking change gets /api/v2/.
import type { Stats } from './stats/types.ts';
import { rowJsonSchema, specOf } from './release/tables.ts';
import type { TableName } from './schema/tables.ts';

export const API_VERSION = '1';
export const API_BASE = '/api/v1';

/** Endpoints that publish one table as is. */
export const TABLE_ENDPOINTS = [
  'units',
  'recognitions',
  'figures',
  'targets',
  'sources',
  'crosswalk',
  'criteria_sets',
  'open_questions',
] as const satisfies readonly TableName[];
export type TableEndpoint = (typeof TABLE_ENDPOINTS)[number];

export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

export function envelope(
  meta: Stats['meta'],
  data: Json,
  extra: Record<string, Json> = {},
): Record<string, Json> {
  return {
    api_version: API_VERSION,
    release: meta.release,
    synthetic: meta.synthetic,
    licence: meta.licence,
    ...extra,
    data,
  };
}

const envelopeSchema = (data: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  additionalProperties: false,
  required: ['api_version', 'release', 'synthetic', 'licence', ...Object.keys(extra), 'data'],
  properties: {
    api_version: {
      const: API_VERSION,
      description: 'Version of the API; field names are stable within a version.',
    },
    release: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: 'Release date of the data.',
    },
    synthetic: { type: 'boolean', description: 'True only for generated test data.' },
    licence: { type: 'string' },
    ...extra,
    data,
  },
});

export const progressRowSchema = {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'target_id',
    'goal',
    'level',
    'tier',
    'standing',
    'scope',
    'standard',
    'target',
    'target_count',
    'target_denominator',
    'comparator',
    'deadline',
    'basis',
    'as_of',
    'value',
    'reached',
    'denominator',
    'status',
    'figure_id',
    'source_ids',
  ],
  properties: {
    id: { type: 'string' },
    target_id: { type: 'string' },
    goal: { type: 'string' },
    level: { enum: ['city', 'national'] },
    tier: {
      enum: ['main', 'step', 'context'],
      description:
        "main: one of the plan's three targets; step: a year or a district; context: an earlier, later or national target",
    },
    standing: {
      enum: ['contradicted', null],
      description: 'contradicted: a statement the other sources of its goal settle against',
    },
    scope: { type: 'string' },
    standard: { type: 'string' },
    target: {
      type: ['number', 'null'],
      description: 'Target share (0–1); null when the source states only a count.',
    },
    target_count: {
      type: ['integer', 'null'],
      description: 'The target as a number of units ("2/20 xã" → 2), when the source states one.',
    },
    target_denominator: { type: ['integer', 'null'] },
    comparator: { enum: ['at-least', 'about'] },
    deadline: { type: ['string', 'null'], description: 'Null when the source gives no date.' },
    basis: {
      enum: ['computed', 'published', 'none'],
      description: 'computed from unit data, taken from a published figure, or nothing known',
    },
    as_of: { type: 'string' },
    value: {
      type: ['number', 'null'],
      description: 'Share reached (0–1); null when nothing is published — never 0.',
    },
    reached: { type: ['integer', 'null'] },
    denominator: { type: ['integer', 'null'] },
    status: { enum: ['met', 'not-met', 'no-data'] },
    figure_id: { type: ['string', 'null'] },
    source_ids: { type: 'array', items: { type: 'string' } },
  },
} as const;

export function progressRows(progress: Stats['progress']): Json[] {
  return progress.map((p) => ({
    id: p.id,
    target_id: p.targetId,
    goal: p.goal,
    level: p.level,
    tier: p.tier,
    standing: p.standing,
    scope: p.scope,
    standard: p.standard,
    target: p.target,
    target_count: p.targetCount,
    target_denominator: p.targetDenominator,
    comparator: p.comparator,
    deadline: p.deadline,
    basis: p.basis,
    as_of: p.asOf,
    value: p.value,
    reached: p.reached,
    denominator: p.denominator,
    status: p.status,
    figure_id: p.figureId,
    source_ids: p.evidenceSourceIds,
  }));
}

const stepSchema = {
  type: 'object',
  additionalProperties: false,
  required: [
    'standard',
    'reached',
    'event',
    'year',
    'as_of',
    'decision_number',
    'decided_on',
    'recognition_ids',
    'source_ids',
  ],
  properties: {
    standard: { type: 'string' },
    reached: { type: 'boolean' },
    event: { type: ['string', 'null'] },
    year: { type: ['integer', 'null'] },
    as_of: { type: ['string', 'null'] },
    decision_number: { type: ['string', 'null'] },
    decided_on: { type: ['string', 'null'] },
    recognition_ids: { type: 'array', items: { type: 'string' } },
    source_ids: { type: 'array', items: { type: 'string' } },
  },
};

export function unitSteps(u: Stats['units'][number]): Json[] {
  return u.ladder.steps.map((s) => ({
    standard: s.standard,
    reached: s.reached,
    event: s.event,
    year: s.year,
    as_of: s.asOf,
    decision_number: s.decisionNumber,
    decided_on: s.decidedOn,
    recognition_ids: s.recognitionIds,
    source_ids: s.sourceIds,
  }));
}

/** JSON Schemas by name: one per endpoint file shape. */
export function apiSchemas(): Record<string, Record<string, unknown>> {
  const row = (t: TableName) => rowJsonSchema(specOf(t));
  const list = (items: unknown) => ({ type: 'array', items });
  const schemas: Record<string, Record<string, unknown>> = {};
  for (const t of TABLE_ENDPOINTS)
    schemas[t] = envelopeSchema(list(row(t)), { count: { type: 'integer' } });
  schemas['progress'] = envelopeSchema(list(progressRowSchema), { count: { type: 'integer' } });
  schemas['unit'] = envelopeSchema({
    type: 'object',
    additionalProperties: false,
    required: ['unit', 'highest_standard', 'steps', 'recognitions', 'figures', 'became'],
    properties: {
      unit: row('units'),
      highest_standard: {
        type: ['string', 'null'],
        description:
          'Highest standard known reached at the end of the last year; null when unknown.',
      },
      steps: list(stepSchema),
      recognitions: list(row('recognitions')),
      figures: list(row('figures')),
      became: list(row('crosswalk')),
    },
  });
  schemas['figure'] = envelopeSchema({
    type: 'object',
    additionalProperties: false,
    required: ['figure', 'source', 'permalink', 'citation'],
    properties: {
      figure: row('figures'),
      source: row('sources'),
      permalink: { type: 'string' },
      citation: {
        type: 'object',
        additionalProperties: false,
        required: ['sentence', 'apa', 'bibtex'],
        properties: {
          sentence: { type: 'string' },
          apa: { type: 'string' },
          bibtex: { type: 'string' },
        },
      },
    },
  });
  schemas['index'] = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    additionalProperties: false,
    required: ['api_version', 'release', 'synthetic', 'licence', 'endpoints'],
    properties: {
      api_version: { const: API_VERSION },
      release: { type: 'string' },
      synthetic: { type: 'boolean' },
      licence: { type: 'string' },
      endpoints: {
        type: 'object',
        additionalProperties: {
          type: 'object',
          required: ['path', 'schema', 'description'],
          properties: {
            path: { type: 'string' },
            schema: { type: 'string' },
            description: { type: 'string' },
          },
        },
      },
    },
  };
  return schemas;
}

/** Which schema each endpoint file follows, and what it holds (for the index and the docs). */
export const ENDPOINTS: { key: string; path: string; schema: string; description: string }[] = [
  {
    key: 'units',
    path: `${API_BASE}/units.json`,
    schema: 'units',
    description:
      'Danh sách đơn vị hành chính (trước 01/07/2025): thành phố, 5 huyện, các xã, thị trấn.',
  },
  {
    key: 'unit',
    path: `${API_BASE}/units/{code}.json`,
    schema: 'unit',
    description:
      'Một đơn vị theo mã: các bậc chuẩn, sự kiện công nhận, số liệu, đơn vị mới sau 2025.',
  },
  {
    key: 'recognitions',
    path: `${API_BASE}/recognitions.json`,
    schema: 'recognitions',
    description: 'Mọi sự kiện công nhận (hoặc chưa đạt) theo nguồn.',
  },
  {
    key: 'figures',
    path: `${API_BASE}/figures.json`,
    schema: 'figures',
    description: 'Mọi số liệu tổng hợp đúng như nguồn công bố.',
  },
  {
    key: 'figure',
    path: `${API_BASE}/figures/{id}.json`,
    schema: 'figure',
    description: 'Một số liệu với nguồn và trích dẫn.',
  },
  {
    key: 'targets',
    path: `${API_BASE}/targets.json`,
    schema: 'targets',
    description: 'Mục tiêu của thành phố (theo năm, theo huyện, 2020–2030) và của cả nước.',
  },
  {
    key: 'progress',
    path: `${API_BASE}/progress.json`,
    schema: 'progress',
    description: 'Tiến độ từng mục tiêu: đạt, chưa đạt, hay không có số liệu công bố (no-data).',
  },
  {
    key: 'sources',
    path: `${API_BASE}/sources.json`,
    schema: 'sources',
    description: 'Danh mục nguồn: URL, số hiệu văn bản, ngày.',
  },
  {
    key: 'crosswalk',
    path: `${API_BASE}/crosswalk.json`,
    schema: 'crosswalk',
    description: 'Bảng chuyển đổi xã cũ → đơn vị mới từ 01/07/2025.',
  },
  {
    key: 'criteria_sets',
    path: `${API_BASE}/criteria_sets.json`,
    schema: 'criteria_sets',
    description: 'Các bộ tiêu chí và quyết định chương trình.',
  },
  {
    key: 'open_questions',
    path: `${API_BASE}/open_questions.json`,
    schema: 'open_questions',
    description:
      'Những gì chưa được công bố: câu hỏi, đã tìm gì, dữ kiện gần nhất, văn bản cần có (trang /chua-cong-bo/).',
  },
];
