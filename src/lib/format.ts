// Number and date formats of each edition, in one place: Vietnamese 1.234,5 and 28/11/2026,
// English 1,234.5 and 28 Nov 2026.
import { INTL_LOCALE, type Lang } from '../i18n/lang.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(x: number, maxDigits = 1, lang: Lang = 'vi'): string {
  const key = `${lang}${maxDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: maxDigits });
    numberFormats.set(key, f);
  }
  return f.format(x);
}

/** 0.793 → "79,3%" (vi), "79.3%" (en). */
export function formatShare(x: number, maxDigits = 1, lang: Lang = 'vi'): string {
  return `${formatNumber(x * 100, maxDigits, lang)}%`;
}

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** ISO partial date: 2026-11-28 → 28/11/2026 or 28 Nov 2026; 2015-08 → 8/2015 or Aug 2015; 2015 → 2015. */
export function formatDate(iso: string, lang: Lang = 'vi'): string {
  const [y, m, d] = iso.split('-');
  if (lang === 'en') {
    const month = m !== undefined ? MONTHS_EN[Number(m) - 1] : undefined;
    if (d !== undefined) return `${Number(d)} ${month} ${y}`;
    if (month !== undefined) return `${month} ${y}`;
    return y ?? iso;
  }
  if (d !== undefined) return `${d}/${m}/${y}`;
  if (m !== undefined) return `${Number(m)}/${y}`;
  return y ?? iso;
}

/**
 * When a yearly count holds: "cuối năm 2024" / "end of 2024", or its day where the year was cut
 * short (the old units ended on 01/07/2025): "đến 30/06/2025" / "on 30 Jun 2025".
 */
export function countWhen(date: string, lang: Lang = 'vi'): string {
  const y = date.slice(0, 4);
  if (date.endsWith('-12-31')) return lang === 'en' ? `end of ${y}` : `cuối năm ${y}`;
  return lang === 'en' ? `on ${formatDate(date, 'en')}` : `đến ${formatDate(date)}`;
}

/** The no-data state, never a zero. */
export const UNKNOWN_TEXT: Record<Lang, string> = {
  vi: 'Chưa có số liệu công bố',
  en: 'No published data',
};
export const UNKNOWN = UNKNOWN_TEXT.vi;
