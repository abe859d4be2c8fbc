// The release's downloads as files: every table (CSV, JSON, dictionary), the computed
// statistics, the changelog, and a Frictionless datapackage.json with SHA-256 checksums.
// Pure apart from hashing; the pipeline writes what this returns.
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { TABLES, type Dataset } from '../schema/tables.ts';
import type { Stats } from '../stats/types.ts';
import type { ReleaseEntry } from './changelog.ts';
import {
  dictionaryCsv,
  frictionlessFields,
  rowsJson,
  specOf,
  TABLE_NAMES,
  tableCsv,
  tableRows,
} from './tables.ts';

/** Statistics offered for download, as JSON (and CSV where a flat table makes sense). */
export const STATS_DOWNLOADS = [
  'units',
  'counts',
  'progress',
  'series',
  'consistency',
  'summaries',
] as const;

export interface ReleaseFile {
  name: string;
  title: string;
  format: 'csv' | 'json';
  /** Table it belongs to, for the data page's grouping. */
  group: string;
  kind: 'table' | 'table-json' | 'dictionary' | 'statistics' | 'changelog';
  text: string;
}

/** The Excel workbook of the release (outside the data package: it is for people). */
export const WORKBOOK_NAME = 'ntm-tphcm.xlsx';

/** A download as listed in release/files.json; the workbook is binary and lists its own SHA-256. */
export type ListedFile = (
  | Omit<ReleaseFile, 'text'>
  | {
      name: string;
      title: string;
      format: 'xlsx';
      group: 'workbook';
      kind: 'workbook';
      sha256: string;
    }
) & { bytes: number };

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

function statsCsv(stats: Stats, key: 'counts' | 'progress'): string {
  if (key === 'counts') {
    const data = stats.counts.flatMap((c) =>
      c.points.map((p) => [
        p.id,
        c.scope,
        c.standard,
        p.year,
        p.reached,
        p.notReached,
        p.unknown,
        p.denominator,
        p.sourceIds.join('|'),
      ]),
    );
    return `${Papa.unparse({ fields: ['id', 'scope', 'standard', 'year', 'reached', 'not_reached', 'unknown', 'denominator', 'source_ids'], data }, { newline: '\r\n' })}\r\n`;
  }
  const data = stats.progress.map((p) => [
    p.id,
    p.targetId,
    p.level,
    p.tier,
    p.standing ?? '',
    p.scope,
    p.standard,
    p.target ?? '',
    p.targetCount ?? '',
    p.targetDenominator ?? '',
    p.comparator,
    p.deadline ?? '',
    p.basis,
    p.asOf,
    p.value ?? '',
    p.status,
    p.figureId ?? '',
    p.evidenceSourceIds.join('|'),
  ]);
  return `${Papa.unparse({ fields: ['id', 'target_id', 'level', 'tier', 'standing', 'scope', 'standard', 'target', 'target_count', 'target_denominator', 'comparator', 'deadline', 'basis', 'as_of', 'value', 'status', 'figure_id', 'source_ids'], data }, { newline: '\r\n' })}\r\n`;
}

export function releaseFiles(data: Dataset, stats: Stats, log: ReleaseEntry[]): ReleaseFile[] {
  const files: ReleaseFile[] = [];
  const head = {
    release: stats.meta.release,
    synthetic: stats.meta.synthetic,
    licence: stats.meta.licence,
  };
  for (const name of TABLE_NAMES) {
    const spec = specOf(name);
    const rows = tableRows(data, name);
    files.push({
      name: `${name}.csv`,
      title: spec.doc,
      format: 'csv',
      group: name,
      kind: 'table',
      text: tableCsv(spec, rows),
    });
    files.push({
      name: `${name}.json`,
      title: spec.doc,
      format: 'json',
      group: name,
      kind: 'table-json',
      text: `${JSON.stringify({ table: name, ...head, rows: rowsJson(spec, rows) }, null, 1)}\n`,
    });
    files.push({
      name: `${name}.dictionary.csv`,
      title: `Từ điển dữ liệu của bảng ${name}`,
      format: 'csv',
      group: name,
      kind: 'dictionary',
      text: dictionaryCsv(spec),
    });
  }
  for (const key of STATS_DOWNLOADS) {
    files.push({
      name: `thong-ke-${key}.json`,
      title: `Thống kê tính sẵn: ${key}`,
      format: 'json',
      group: 'statistics',
      kind: 'statistics',
      text: `${JSON.stringify({ statistics: key, ...head, data: stats[key] })}\n`,
    });
    if (key === 'counts' || key === 'progress')
      files.push({
        name: `thong-ke-${key}.csv`,
        title: `Thống kê tính sẵn: ${key}`,
        format: 'csv',
        group: 'statistics',
        kind: 'statistics',
        text: statsCsv(stats, key),
      });
  }
  files.push({
    name: 'changelog.json',
    title: 'Nhật ký các lần phát hành dữ liệu',
    format: 'json',
    group: 'changelog',
    kind: 'changelog',
    text: `${JSON.stringify({ ...head, releases: log }, null, 1)}\n`,
  });
  return files;
}

const str = (name: string, description: string, required = true) => ({
  name,
  type: 'string',
  description,
  ...(required ? { constraints: { required: true } } : {}),
});
const int = (name: string, description: string, required = true) => ({
  name,
  type: 'integer',
  description,
  ...(required ? { constraints: { required: true, minimum: 0 } } : { constraints: { minimum: 0 } }),
});
const DICTIONARY_FIELDS = [
  str('cot', 'Tên cột'),
  str('kieu', 'Kiểu dữ liệu'),
  {
    ...str('bat_buoc', 'Bắt buộc hay không'),
    constraints: { required: true, enum: ['có', 'không'] },
  },
  str('y_nghia', 'Ý nghĩa'),
  str('gia_tri_cho_phep', 'Giá trị được phép', false),
];
const COUNTS_FIELDS = [
  str('id', 'Mã số đếm'),
  str('scope', 'Mã đơn vị (chuỗi: mã GSO hoặc VN)'),
  str('standard', 'Chuẩn'),
  int('year', 'Năm'),
  int('reached', 'Số đơn vị đạt'),
  int('not_reached', 'Số đơn vị chưa đạt'),
  int('unknown', 'Số đơn vị chưa có số liệu'),
  int('denominator', 'Mẫu số'),
  str('source_ids', 'Mã nguồn, ngăn bằng |', false),
];
const PROGRESS_FIELDS = [
  str('id', 'Mã'),
  str('target_id', 'Mã mục tiêu'),
  str('level', 'Cấp'),
  str(
    'tier',
    'Bậc: main (mục tiêu chính), step (theo năm, theo huyện), context (trước, sau, cả nước)',
  ),
  str('standing', 'contradicted: lời một nguồn mà các nguồn khác đã làm rõ là sai', false),
  str('scope', 'Mã đơn vị (chuỗi)'),
  str('standard', 'Chuẩn'),
  {
    name: 'target',
    type: 'number',
    description: 'Mục tiêu (tỷ lệ 0–1; trống khi nguồn chỉ nêu số đơn vị)',
  },
  {
    name: 'target_count',
    type: 'integer',
    description: 'Mục tiêu tính bằng số đơn vị ("2/20 xã" → 2)',
  },
  {
    name: 'target_denominator',
    type: 'integer',
    description: 'Tổng số đơn vị của mục tiêu ("2/20 xã" → 20)',
  },
  str('comparator', 'So sánh'),
  str('deadline', 'Hạn (trống: nguồn không ghi hạn)', false),
  str('basis', 'Cơ sở'),
  str('as_of', 'Tính đến', false),
  {
    name: 'value',
    type: 'number',
    description: 'Giá trị đạt được (trống: chưa có số liệu công bố)',
  },
  str('status', 'Trạng thái'),
  str('figure_id', 'Mã số liệu', false),
  str('source_ids', 'Mã nguồn, ngăn bằng |', false),
];

/**
 * A Frictionless Data Package, v1 of the spec (https://specs.frictionlessdata.io/data-package/):
 * v1 because the reference libraries (datapackage for JavaScript, frictionless-py in v1 mode)
 * validate it, and it has `profile` where v2 has `$schema`. Every file with its size and
 * SHA-256; every CSV a tabular resource with a Table Schema (codes are strings).
 */
export function dataPackage(stats: Stats, files: ReleaseFile[], siteUrl: string): string {
  const resources = files.map((f) => {
    const base = {
      name: f.name.replace(/\./g, '-').toLowerCase(),
      path: f.name,
      title: f.title,
      format: f.format,
      mediatype: f.format === 'csv' ? 'text/csv' : 'application/json',
      encoding: 'utf-8',
      bytes: Buffer.byteLength(f.text, 'utf8'),
      hash: `sha256:${sha256(f.text)}`,
    };
    const tabular = {
      profile: 'tabular-data-resource',
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
    };
    if (f.kind === 'dictionary')
      return { ...base, ...tabular, schema: { fields: DICTIONARY_FIELDS, primaryKey: 'cot' } };
    if (f.format === 'csv' && f.kind === 'statistics')
      return {
        ...base,
        ...tabular,
        schema: {
          fields: f.name.includes('counts') ? COUNTS_FIELDS : PROGRESS_FIELDS,
          primaryKey: 'id',
        },
      };
    if (f.kind !== 'table') return base;
    const spec = specOf(f.group as keyof typeof TABLES);
    const foreignKeys = Object.entries(spec.columns)
      .filter(([, c]) => c.ref)
      .map(([name, c]) => ({
        fields: name,
        reference: {
          resource: `${c.ref}-csv`,
          fields: specOf(c.ref as keyof typeof TABLES).unique[0] ?? 'code',
        },
      }));
    return {
      ...base,
      ...tabular,
      schema: {
        fields: frictionlessFields(spec),
        ...(spec.unique[0] ? { primaryKey: spec.unique[0] } : {}),
        ...(foreignKeys.length ? { foreignKeys } : {}),
      },
    };
  });
  return `${JSON.stringify(
    {
      profile: 'data-package',
      name: 'ntm-tphcm',
      title: stats.meta.title,
      description:
        'Số liệu có nguồn về Chương trình xây dựng nông thôn mới của TP. Hồ Chí Minh (5 huyện ngoại thành cũ, đơn vị hành chính trước 01/07/2025). Mỗi dòng dẫn nguồn công bố.',
      version: stats.meta.release,
      created: `${stats.meta.release}T00:00:00Z`,
      homepage: `${siteUrl}/so-lieu/`,
      licenses: [
        {
          name: 'CC-BY-4.0',
          title: 'Creative Commons Attribution 4.0',
          path: 'https://creativecommons.org/licenses/by/4.0/',
        },
      ],
      sources: [
        {
          title: 'Danh mục nguồn công bố: mỗi dòng dữ liệu dẫn một nguồn trong sources.csv',
          path: `${siteUrl}/so-lieu/tai-ve/sources.csv`,
        },
      ],
      contributors: [{ title: 'NTM TP.HCM', role: 'publisher' }],
      keywords: ['nông thôn mới', 'TP. Hồ Chí Minh', 'thống kê'],
      resources,
    },
    null,
    1,
  )}\n`;
}

export function sha256Hex(text: string): string {
  return sha256(text);
}
