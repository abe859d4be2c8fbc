// /en/search/units.json: the English twin of /tim-kiem/don-vi.json, the unit names that English
// search answers at typing speed (src/lib/search/units.ts): English names and kind labels
// ("Tân Thông Hội commune", "Commune"), links to the English unit pages.
import type { APIRoute } from 'astro';
import { LABELS } from '../../../lib/labels.ts';
import { unitHref } from '../../../lib/pages.ts';
import { findUnit, units } from '../../../lib/site-data.ts';
import type { UnitEntry, UnitList } from '../../../lib/search/units.ts';
import { unitName } from '../../../i18n/names.ts';

/** "Xã Củ Chi" (a unit after 1 July 2025, named in Vietnamese in the data) → "Củ Chi commune". */
const becameName = (b: { name: string; kind: string }): string =>
  unitName(
    {
      kind: b.kind,
      name: b.name,
      shortName: b.name.replace(/^(Xã|Phường|Thị trấn|Đặc khu)\s+/u, ''),
    },
    'en',
  );

export const GET: APIRoute = () => {
  const list: UnitList = {
    version: 1,
    units: units
      .filter((u) => u.kind !== 'city')
      .map((u): UnitEntry => [
        unitName(u, 'en'),
        LABELS.en.kind[u.kind]!,
        u.kind === 'district' ? u.shortName : (findUnit(u.districtCode)?.shortName ?? ''),
        unitHref(u, 'en'),
        [...new Set(u.becameUnits.map(becameName))],
      ]),
  };
  return new Response(JSON.stringify(list), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
