// What an import changes in one table: rows added, removed and changed, matched by the
// table's key column when it has one (otherwise whole rows are compared).
import Papa from 'papaparse';
import { TABLES, type TableName } from '../schema/tables.ts';

export interface TableChanges {
  table: TableName;
  added: string[];
  removed: string[];
  /** Key → the columns whose value changed. */
  changed: { key: string; columns: string[] }[];
  /** Same rows, but the file's bytes differ (formatting only). */
  reformatted: boolean;
}

function records(text: string | null): Record<string, string>[] {
  if (text === null || text.trim() === '') return [];
  return Papa.parse<Record<string, string>>(
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/\n$/, ''),
    { header: true },
  ).data;
}

export function tableChanges(table: TableName, before: string | null, after: string): TableChanges {
  const spec = TABLES[table];
  const key = spec.unique[0] as string | undefined;
  const columns = Object.keys(spec.columns);
  const old = records(before);
  const now = records(after);
  const out: TableChanges = { table, added: [], removed: [], changed: [], reformatted: false };
  if (key) {
    const oldBy = new Map(old.map((r) => [r[key] ?? '', r]));
    const newBy = new Map(now.map((r) => [r[key] ?? '', r]));
    for (const [k, r] of newBy) {
      const o = oldBy.get(k);
      if (!o) out.added.push(k);
      else {
        const diff = columns.filter((c) => (o[c] ?? '') !== (r[c] ?? ''));
        if (diff.length > 0) out.changed.push({ key: k, columns: diff });
      }
    }
    for (const k of oldBy.keys()) if (!newBy.has(k)) out.removed.push(k);
  } else {
    const line = (r: Record<string, string>) => columns.map((c) => r[c] ?? '').join('\u0000');
    const count = new Map<string, number>();
    for (const r of old) count.set(line(r), (count.get(line(r)) ?? 0) + 1);
    for (const r of now) {
      const n = count.get(line(r)) ?? 0;
      if (n > 0) count.set(line(r), n - 1);
      else
        out.added.push(
          columns
            .slice(0, 2)
            .map((c) => r[c])
            .join(' → '),
        );
    }
    for (const r of old) {
      const l = line(r);
      if ((count.get(l) ?? 0) > 0) {
        count.set(l, count.get(l)! - 1);
        out.removed.push(
          columns
            .slice(0, 2)
            .map((c) => r[c])
            .join(' → '),
        );
      }
    }
  }
  out.reformatted =
    before !== after && out.added.length + out.removed.length + out.changed.length === 0;
  return out;
}

/** One Vietnamese line per table, e.g. "units: thêm 1 (27999), sửa 2 (27556: name, slug; …)". */
export function formatChanges(c: TableChanges): string {
  const list = (keys: string[]) =>
    keys.length <= 5 ? keys.join(', ') : `${keys.slice(0, 5).join(', ')}, …`;
  const parts: string[] = [];
  if (c.added.length) parts.push(`thêm ${c.added.length} hàng (${list(c.added)})`);
  if (c.removed.length) parts.push(`xoá ${c.removed.length} hàng (${list(c.removed)})`);
  if (c.changed.length)
    parts.push(
      `sửa ${c.changed.length} hàng (${list(c.changed.map((x) => `${x.key}: ${x.columns.join(', ')}`))})`,
    );
  if (c.reformatted) parts.push('chỉ đổi cách ghi tệp CSV, dữ liệu không đổi');
  return `${TABLES[c.table].file}: ${parts.length ? parts.join('; ') : 'không thay đổi'}`;
}
