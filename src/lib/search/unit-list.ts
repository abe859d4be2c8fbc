// The unit-name list each edition serves (/tim-kiem/don-vi.json, /en/search/units.json): every
// commune, town and district with the names of the units it became on 1 July 2025, so search
// answers unit names before Pagefind loads (src/lib/search/units.ts). The edition's names, kind
// labels ("Tân Thông Hội commune", "Commune") and links. Built with the site, never in a browser.
// Search itself fetches the list in parts (/tim-kiem/don-vi/<key>.json, src/lib/search/shards.ts);
// the whole list stays for other users.
import type { Lang } from '../../i18n/lang.ts';
import { unitName } from '../../i18n/names.ts';
import { LABELS } from '../labels.ts';
import { unitHref } from '../pages.ts';
import { findUnit, units } from '../site-data.ts';
import { unitShards } from './shards.ts';
import { foldedName, type UnitEntry, type UnitList } from './units.ts';

/** A unit after 1 July 2025, named in Vietnamese in the data: "Xã Củ Chi" → "Củ Chi commune". */
const becameName = (b: { name: string; kind: string }, lang: Lang): string =>
  unitName(
    {
      kind: b.kind,
      name: b.name,
      shortName: b.name.replace(/^(Xã|Phường|Thị trấn|Đặc khu)\s+/u, ''),
    },
    lang,
  );

export function unitList(lang: Lang): UnitList {
  return {
    version: 1,
    units: units
      .filter((u) => u.kind !== 'city')
      .map((u): UnitEntry => {
        const name = unitName(u, lang);
        const became = [...new Set(u.becameUnits.map((b) => becameName(b, lang)))];
        return [
          name,
          LABELS[lang].kind[u.kind]!,
          u.kind === 'district' ? u.shortName : (findUnit(u.districtCode)?.shortName ?? ''),
          unitHref(u, lang),
          became,
          [name, ...became].map(foldedName),
        ];
      }),
  };
}

/** The list as the endpoint answers it. */
export const unitListResponse = (lang: Lang): Response =>
  new Response(JSON.stringify(unitList(lang)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

const shardCache = new Map<Lang, Map<string, UnitList>>();
/** The list in parts by key (src/lib/search/shards.ts), computed once per edition. */
function shards(lang: Lang): Map<string, UnitList> {
  let s = shardCache.get(lang);
  if (!s) shardCache.set(lang, (s = unitShards(unitList(lang))));
  return s;
}

/** getStaticPaths of a shard endpoint: one file per key. */
export const unitShardPaths = (lang: Lang): { params: { key: string } }[] =>
  [...shards(lang).keys()].map((key) => ({ params: { key } }));

/** One part of the list as its endpoint answers it. */
export const unitShardResponse = (lang: Lang, key: string): Response =>
  new Response(JSON.stringify(shards(lang).get(key) ?? { version: 1, units: [] }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
