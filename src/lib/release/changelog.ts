// The changelog of data releases, computed by comparing each release's tables and each
// unit's standards with the release before. Nothing in it is written by hand.
import { TABLES, type Dataset, type Standard, type TableName } from '../schema/tables.ts';
import type { UnitOut } from '../stats/types.ts';
import { cellText, TABLE_NAMES, tableRows } from './tables.ts';

export interface ReleaseInput {
  release: string;
  data: Dataset;
  units: UnitOut[];
}

export interface TableChange {
  table: TableName;
  rows: number;
  added: string[];
  removed: string[];
  changed: { key: string; fields: string[] }[];
}

export interface StatusChange {
  code: string;
  name: string;
  standard: Standard;
  /** A unit's step as text: "đạt (2015)", "đạt (chậm nhất 2015-08)", "chưa có số liệu" … */
  before: string;
  after: string;
}

export interface ReleaseEntry {
  release: string;
  previous: string | null;
  tables: TableChange[];
  statusChanges: StatusChange[];
}

/** Row key: the table's unique column, else the whole row's identifying columns. */
export function rowKey(table: TableName, row: Record<string, unknown>): string {
  const spec = TABLES[table];
  if (spec.unique.length > 0) return String(row[spec.unique[0]!]);
  if (table === 'crosswalk') return `${String(row['old_code'])}→${String(row['new_name'])}`;
  return 'dataset';
}

function diffTable(table: TableName, before: Dataset | null, after: Dataset): TableChange {
  const fields = Object.keys(TABLES[table].columns);
  const index = (d: Dataset) => new Map(tableRows(d, table).map((r) => [rowKey(table, r), r]));
  const next = index(after);
  const prev = before ? index(before) : new Map<string, Record<string, never>>();
  const added = [...next.keys()].filter((k) => !prev.has(k)).sort();
  const removed = [...prev.keys()].filter((k) => !next.has(k)).sort();
  const changed = [...next.entries()]
    .filter(([k]) => prev.has(k))
    .map(([k, r]) => ({
      key: k,
      fields: fields.filter(
        (f) =>
          cellText((prev.get(k) as Record<string, never>)[f] ?? null) !==
          cellText((r as Record<string, never>)[f] ?? null),
      ),
    }))
    .filter((c) => c.fields.length > 0)
    .sort((a, b) => a.key.localeCompare(b.key));
  return { table, rows: next.size, added, removed, changed };
}

export function stepText(u: UnitOut | undefined, standard: Standard): string {
  const s = u?.ladder.steps.find((x) => x.standard === standard);
  if (!s) return 'không xét';
  if (s.reached)
    return s.year !== null ? `đạt (năm ${s.year})` : s.asOf ? `đạt (chậm nhất ${s.asOf})` : 'đạt';
  if (s.notYet.length > 0) return `chưa đạt (tính đến ${s.notYet.at(-1)!.asOf})`;
  return 'chưa có số liệu công bố';
}

function diffStatuses(before: UnitOut[], after: UnitOut[]): StatusChange[] {
  const prev = new Map(before.map((u) => [u.code, u]));
  const out: StatusChange[] = [];
  for (const u of after) {
    for (const step of u.ladder.steps) {
      const b = stepText(prev.get(u.code), step.standard);
      const a = stepText(u, step.standard);
      if (prev.has(u.code) && a !== b)
        out.push({ code: u.code, name: u.name, standard: step.standard, before: b, after: a });
    }
  }
  return out.sort((x, y) => x.code.localeCompare(y.code) || x.standard.localeCompare(y.standard));
}

/** Newest release first; the oldest is compared with nothing (everything is added). */
export function changelog(releases: ReleaseInput[]): ReleaseEntry[] {
  const sorted = [...releases].sort((a, b) => a.release.localeCompare(b.release));
  const entries = sorted.map((r, i) => {
    const prev = i > 0 ? sorted[i - 1]! : null;
    return {
      release: r.release,
      previous: prev?.release ?? null,
      tables: TABLE_NAMES.map((t) => diffTable(t, prev?.data ?? null, r.data)),
      statusChanges: prev ? diffStatuses(prev.units, r.units) : [],
    };
  });
  return entries.reverse();
}
