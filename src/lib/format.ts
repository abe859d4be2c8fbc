// Vietnamese number and date formats, in one place: 1.234,5 and 28/11/2026.
const numberFormats = new Map<number, Intl.NumberFormat>();

export function formatNumber(x: number, maxDigits = 1): string {
  let f = numberFormats.get(maxDigits);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxDigits });
    numberFormats.set(maxDigits, f);
  }
  return f.format(x);
}

/** 0.793 → "79,3%". */
export function formatShare(x: number, maxDigits = 1): string {
  return `${formatNumber(x * 100, maxDigits)}%`;
}

/** ISO partial date → Vietnamese: 2026-11-28 → 28/11/2026, 2015-08 → 8/2015, 2015 → 2015. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (d !== undefined) return `${d}/${m}/${y}`;
  if (m !== undefined) return `${Number(m)}/${y}`;
  return y ?? iso;
}

export const UNKNOWN = 'Chưa có số liệu công bố';
