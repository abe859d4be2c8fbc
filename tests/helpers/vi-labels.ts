// The Vietnamese strings of our label tables that an English page must not show: read from the
// tables themselves, so a label added later is covered without touching the test.
import { UI } from '../../src/i18n/ui.ts';
import { LABELS } from '../../src/lib/labels.ts';
import { CATEGORY_LABEL_EN, CATEGORY_STYLE } from '../../src/lib/maps/categories.ts';

type Table = Record<string, unknown>;

function pairs(vi: Table, en: Table, out: [string, string][] = []): [string, string][] {
  for (const [k, v] of Object.entries(vi)) {
    const e = en[k];
    if (typeof v === 'string' && typeof e === 'string') out.push([v, e]);
    else if (v && typeof v === 'object' && e && typeof e === 'object')
      pairs(v as Table, e as Table, out);
  }
  return out;
}

/** Vietnamese values that differ from their English counterpart and are specific enough to find in text. */
export function vietnameseLabels(): string[] {
  const all = [
    ...pairs(LABELS.vi, LABELS.en),
    ...pairs(UI.vi, UI.en),
    ...Object.entries(CATEGORY_STYLE).map(
      ([k, v]) =>
        [v.label, CATEGORY_LABEL_EN[k as keyof typeof CATEGORY_LABEL_EN]] as [string, string],
    ),
  ];
  // A plain-ASCII value shorter than 6 characters ("ha", "KM") could be an English word or code.
  const specific = (s: string) =>
    // eslint-disable-next-line no-control-regex -- the range is "not ASCII", not a control character
    s.trim().length >= 3 && (/[^\x00-\x7f]/.test(s) || s.trim().length >= 6);
  return [
    ...new Set(
      all.filter(([vi, en]) => vi.trim() !== en.trim() && specific(vi)).map(([vi]) => vi.trim()),
    ),
  ];
}
