// Unit names in each edition. Proper names keep their diacritics; only the kind is translated:
// "Xã Tân Thông Hội" → "Tân Thông Hội commune", "Huyện Củ Chi" → "Củ Chi district". Pure.
import type { Lang } from './lang.ts';
import { OTHER_SCOPES, isOtherScope } from '../lib/schema/tables.ts';

const KIND_EN: Record<string, string> = {
  district: 'district',
  commune: 'commune',
  town: 'township',
  ward: 'ward',
  'special-zone': 'special zone',
};

type Named = { kind: string; name: string; shortName: string };

/** A unit's full name in an edition. */
export function unitName(u: Named, lang: Lang): string {
  if (lang === 'vi') return u.name;
  if (u.kind === 'city') return 'Ho Chi Minh City';
  const kind = KIND_EN[u.kind];
  return kind ? `${u.shortName} ${kind}` : u.name;
}

const OTHER_EN: Record<keyof typeof OTHER_SCOPES, string> = {
  VN: 'Viet Nam (whole country)',
  'VN-HN': 'Hà Nội',
};

/** The name of a figure's scope that is not one of our units (the country, Hà Nội). */
export const otherScopeName = (scope: keyof typeof OTHER_SCOPES, lang: Lang): string =>
  lang === 'en' ? OTHER_EN[scope] : scope === 'VN' ? 'cả nước' : OTHER_SCOPES[scope];
export { isOtherScope };

/** A Vietnamese unit name inside a sentence: "Huyện Củ Chi" → "huyện Củ Chi" (the place name keeps its capitals). */
export const nameInSentence = (name: string): string =>
  name.replace(/^(Huyện|Xã|Thị trấn|Thành phố)(?= )/u, (m) => m.toLowerCase());
