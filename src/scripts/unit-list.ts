// The unit-name list of the page's edition, fetched once per page when search is first used
// (about 2 KB compressed).
import { prepareUnits, type UnitList } from '../lib/search/units.ts';
import { SEARCH_WORDS, pageLang } from '../lib/search/words.ts';

let loading: Promise<ReturnType<typeof prepareUnits>> | null = null;

export function loadUnits(): Promise<ReturnType<typeof prepareUnits>> {
  loading ??= fetch(SEARCH_WORDS[pageLang()].unitList)
    .then((r) => (r.ok ? (r.json() as Promise<UnitList>) : { version: 1 as const, units: [] }))
    .then(prepareUnits)
    // Without the list, search still works through Pagefind.
    .catch(() => []);
  return loading;
}
