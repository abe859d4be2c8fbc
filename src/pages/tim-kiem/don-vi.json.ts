// /tim-kiem/don-vi.json: every commune, town and district with the names of the units it became
// on 1 July 2025, so search answers unit names before Pagefind loads (src/lib/search/units.ts).
import type { APIRoute } from 'astro';
import { KIND_LABEL } from '../../lib/labels.ts';
import { unitHref } from '../../lib/pages.ts';
import { findUnit, units } from '../../lib/site-data.ts';
import type { UnitEntry, UnitList } from '../../lib/search/units.ts';

export const GET: APIRoute = () => {
  const list: UnitList = {
    version: 1,
    units: units
      .filter((u) => u.kind !== 'city')
      .map((u): UnitEntry => [
        u.name,
        KIND_LABEL[u.kind]!,
        u.kind === 'district' ? u.shortName : (findUnit(u.districtCode)?.shortName ?? ''),
        unitHref(u),
        [...new Set(u.becameUnits.map((b) => b.name))],
      ]),
  };
  return new Response(JSON.stringify(list), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
