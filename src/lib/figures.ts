// Published figures as text: "50/56", "63,2 triệu đồng/người/năm", "79,3%" (English: "63.2
// million VND per person per year", "79.3%").
import type { Lang } from '../i18n/lang.ts';
import { formatNumber, formatShare } from './format.ts';
import { LABELS } from './labels.ts';
import type { Stats } from './stats/types.ts';

export type FigureRef = Stats['reference']['figures'][number];

export function formatFigureValue(
  f: Pick<FigureRef, 'value' | 'denominator' | 'unit' | 'qualifier'>,
  lang: Lang = 'vi',
): string {
  const l = LABELS[lang];
  const prefix = l.qualifierPrefix[f.qualifier] ?? '';
  if (f.unit === 'share') return `${prefix}${formatShare(f.value, 1, lang)}`;
  const base =
    f.denominator !== null
      ? `${formatNumber(f.value, 1, lang)}/${formatNumber(f.denominator, 1, lang)}`
      : formatNumber(f.value, 2, lang);
  const suffix = l.unitSuffix[f.unit];
  return `${prefix}${base}${suffix ? ` ${suffix}` : ''}`;
}

type CountPoint = { reached: number; unknown: number; denominator: number };

/** A computed count in a table cell: exact when every unit is known, else its range. */
export function formatCountCell(p: CountPoint, lang: Lang = 'vi'): string {
  const n = (x: number) => formatNumber(x, 1, lang);
  if (p.unknown === 0) return n(p.reached);
  if (lang === 'en')
    return p.reached === 0
      ? '? (no published data)'
      : `at least ${n(p.reached)}, at most ${n(p.reached + p.unknown)}`;
  if (p.reached === 0) return '? (chưa có số liệu công bố)';
  return `ít nhất ${n(p.reached)}, tối đa ${n(p.reached + p.unknown)}`;
}

/** A computed count out of its units: "20/20", or "ít nhất 14/58" ("at least 14/58") while some are unknown. */
export function formatCountRatio(p: CountPoint, lang: Lang = 'vi'): string {
  const ratio = `${formatNumber(p.reached, 1, lang)}/${formatNumber(p.denominator, 1, lang)}`;
  return p.unknown === 0 ? ratio : `${lang === 'en' ? 'at least' : 'ít nhất'} ${ratio}`;
}
