// Published figures as text: "50/56", "63,2 triệu đồng/người/năm", "79,3%".
import { formatNumber, formatShare } from './format.ts';
import { QUALIFIER_PREFIX, UNIT_SUFFIX } from './labels.ts';
import type { Stats } from './stats/types.ts';

export type FigureRef = Stats['reference']['figures'][number];

export function formatFigureValue(f: Pick<FigureRef, 'value' | 'denominator' | 'unit' | 'qualifier'>): string {
  const prefix = QUALIFIER_PREFIX[f.qualifier] ?? '';
  if (f.unit === 'share') return `${prefix}${formatShare(f.value)}`;
  const base = f.denominator !== null ? `${formatNumber(f.value)}/${formatNumber(f.denominator)}` : formatNumber(f.value, 2);
  const suffix = UNIT_SUFFIX[f.unit];
  return `${prefix}${base}${suffix ? ` ${suffix}` : ''}`;
}

type CountPoint = { reached: number; unknown: number; denominator: number };

/** A computed count in a table cell: exact when every unit is known, else its range. */
export function formatCountCell(p: CountPoint): string {
  if (p.unknown === 0) return formatNumber(p.reached);
  if (p.reached === 0) return '? (chưa có số liệu công bố)';
  return `ít nhất ${formatNumber(p.reached)}, tối đa ${formatNumber(p.reached + p.unknown)}`;
}

/** A computed count out of its units: "20/20", or "ít nhất 14/58" while some are unknown. */
export function formatCountRatio(p: CountPoint): string {
  const ratio = `${formatNumber(p.reached)}/${formatNumber(p.denominator)}`;
  return p.unknown === 0 ? ratio : `ít nhất ${ratio}`;
}
