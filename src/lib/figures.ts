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
