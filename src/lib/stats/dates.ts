// Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as closed intervals of ISO days.
import type { PartialDate } from '../schema/columns.ts';

export function startOf(d: PartialDate | string): string {
  const iso = typeof d === 'string' ? d : d.iso;
  if (iso.length === 4) return `${iso}-01-01`;
  if (iso.length === 7) return `${iso}-01`;
  return iso;
}

export function endOf(d: PartialDate | string): string {
  const iso = typeof d === 'string' ? d : d.iso;
  if (iso.length === 4) return `${iso}-12-31`;
  if (iso.length === 7) {
    const [y, m] = iso.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${iso}-${String(last).padStart(2, '0')}`;
  }
  return iso;
}

export const yearEnd = (y: number): string => `${y}-12-31`;

export function dayBefore(iso: string): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}
