// What a map tile shows for a unit in a year: the highest standard known reached, "not
// reached", "no published data", or "outside the programme". Each has a colour AND a
// pattern and a text label, so colour is never the only cue.
import type { Lang } from '../../i18n/lang.ts';
import { unitName } from '../../i18n/names.ts';
import type { Standard } from '../schema/tables.ts';
import type { UnitOut } from '../stats/types.ts';

export type Category =
  'outside' | 'unknown' | 'none' | 'ntm' | 'ntm-nc-2016' | 'ntm-nc-2021' | 'ntm-km-2021';

export const CATEGORY_STYLE: Record<
  Category,
  { label: string; short: string; fill: string; pattern: string; ink: string }
> = {
  'ntm-km-2021': {
    label: 'NTM kiểu mẫu (2021–2025)',
    short: 'KM',
    fill: '#8c4a00',
    pattern: 'cross',
    ink: '#fff',
  },
  'ntm-nc-2021': {
    label: 'NTM nâng cao (2021–2025)',
    short: 'NC',
    fill: '#1d5a9e',
    pattern: 'dots',
    ink: '#fff',
  },
  'ntm-nc-2016': {
    label: 'NTM nâng cao (bộ TP 2016–2020)',
    short: 'NC16',
    fill: '#6a2a78',
    pattern: 'stripes',
    ink: '#fff',
  },
  ntm: { label: 'Đạt chuẩn NTM', short: 'NTM', fill: '#1b6a34', pattern: 'solid', ink: '#fff' },
  none: {
    label: 'Chưa đạt chuẩn NTM',
    short: '–',
    fill: '#ffffff',
    pattern: 'solid',
    ink: '#1b1b1b',
  },
  unknown: {
    label: 'Chưa có số liệu công bố',
    short: '?',
    fill: '#e6e6e6',
    pattern: 'hatch',
    ink: '#1b1b1b',
  },
  outside: {
    label: 'Không thuộc chương trình (thị trấn, xã đô thị hóa)',
    short: '',
    fill: '#f4f4f4',
    pattern: 'grid',
    ink: '#1b1b1b',
  },
};

/** The English edition's category labels (the Vietnamese ones are CATEGORY_STYLE's). */
export const CATEGORY_LABEL_EN: Record<Category, string> = {
  'ntm-km-2021': 'Model NTM (2021–2025)',
  'ntm-nc-2021': 'Advanced NTM (2021–2025)',
  'ntm-nc-2016': 'Advanced NTM (city set 2016–2020)',
  ntm: 'NTM standard met',
  none: 'NTM standard not met',
  unknown: 'No published data',
  outside: 'Outside the programme (townships, urbanised communes)',
};
export const categoryLabel = (c: Category, lang: Lang): string =>
  lang === 'en' ? CATEGORY_LABEL_EN[c] : CATEGORY_STYLE[c].label;

/** Category letters per year from the ladder, one character per year (same order as `years`). */
const CODE: Record<Category, string> = {
  outside: 'o',
  unknown: 'u',
  none: 'x',
  ntm: 'n',
  'ntm-nc-2016': 'p',
  'ntm-nc-2021': 'a',
  'ntm-km-2021': 'k',
};
export const CATEGORY_OF_CODE = Object.fromEntries(
  Object.entries(CODE).map(([k, v]) => [v, k]),
) as Record<string, Category>;

export function categoryAt(u: UnitOut, i: number): Category {
  if (!u.inProgramme) return 'outside';
  const h = u.ladder.highest[i];
  if (h) return h as Category;
  return u.ladder.yearly['ntm']?.[i] === 'N' ? 'none' : 'unknown';
}

/** Compact per-year categories for the client script: "uuunnnnpp…". */
export function categoryCodes(u: UnitOut): string {
  return u.ladder.highest.map((_, i) => CODE[categoryAt(u, i)]).join('');
}

/** When the unit reached the standard it shows (for accessible names): "năm 2015", "chậm nhất 8/2015". */
export function reachedWhen(u: UnitOut, standard: Standard, lang: Lang = 'vi'): string {
  const step = u.ladder.steps.find((s) => s.standard === standard);
  if (!step?.reached) return '';
  if (step.year !== null) return lang === 'en' ? `in ${step.year}` : `năm ${step.year}`;
  if (step.asOf) {
    const [y, m] = step.asOf.split('-');
    if (lang === 'en')
      return `by ${m ? `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]} ` : ''}${y}`;
    return `chậm nhất ${m ? `${Number(m)}/` : ''}${y}`;
  }
  return '';
}

/** "Xã Tân Thông Hội, huyện Củ Chi" ("Tân Thông Hội commune, Củ Chi district"): a tile's name, with its district. */
export function tileName(u: UnitOut, district: UnitOut | undefined, lang: Lang = 'vi'): string {
  if (lang === 'en')
    return `${unitName(u, 'en')}${district ? `, ${unitName(district, 'en')}` : ''}`;
  return `${u.name}${district ? `, ${district.name.replace('Huyện', 'huyện')}` : ''}`;
}

/** A tile's accessible name for a year: "Xã …, huyện …: đạt chuẩn ntm (chậm nhất 8/2015)". */
export function tileLabel(
  u: UnitOut,
  district: UnitOut | undefined,
  yearIndex: number,
  lang: Lang = 'vi',
): string {
  const cat = categoryAt(u, yearIndex);
  const when = cat.startsWith('ntm') ? reachedWhen(u, cat as Standard, lang) : '';
  const label = categoryLabel(cat, lang);
  return `${tileName(u, district, lang)}: ${lang === 'en' ? label : label.toLowerCase()}${when ? ` (${when})` : ''}`;
}

/** Data the /ban-do/ script needs to relabel a tile for another year. */
export function tileData(
  u: UnitOut,
  district: UnitOut | undefined,
  lang: Lang = 'vi',
): Record<string, string> {
  return {
    'data-cats': categoryCodes(u),
    'data-name': tileName(u, district, lang),
    'data-when': JSON.stringify(
      Object.fromEntries(
        u.ladder.steps
          .filter((s) => s.reached)
          .map((s) => [s.standard, reachedWhen(u, s.standard, lang)]),
      ),
    ),
  };
}
