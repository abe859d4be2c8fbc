// The unit names of the page's edition, fetched in parts as queries need them
// (src/lib/search/shards.ts): a query's part is a few KB even at 10,000 communes, and once it is
// here every refinement that starts the same way is answered without waiting.
import { shardAnswers, shardKey } from '../lib/search/shards.ts';
import { prepareUnits, type UnitList } from '../lib/search/units.ts';
import { SEARCH_WORDS, pageLang } from '../lib/search/words.ts';

export type Units = ReturnType<typeof prepareUnits>;

/** Parts by key; a part that is the whole list is kept under WHOLE. */
const loaded = new Map<string, Units>();
const WHOLE = '*';
const loading = new Map<string, Promise<Units>>();

/** The units a query can match when a part that answers it is here, else null. */
export function unitsNow(raw: string): Units | null {
  for (const [key, units] of loaded) if (key === WHOLE || shardAnswers(key, raw)) return units;
  return shardKey(raw) === null ? [] : null;
}

/** The units a query can match: at once when they are here, else after fetching its part. */
export function loadUnits(raw: string): Units | Promise<Units> {
  const now = unitsNow(raw);
  if (now) return now;
  const key = shardKey(raw)!;
  let p = loading.get(key);
  if (!p) {
    p = fetch(SEARCH_WORDS[pageLang()].unitShard(key))
      // No part for this key: no unit matches.
      .then((r) => (r.ok ? (r.json() as Promise<UnitList>) : { version: 1 as const, units: [] }))
      .then((list) => {
        const units = prepareUnits(list);
        loaded.set(list.whole ? WHOLE : key, units);
        return units;
      })
      // Without the list, search still works through Pagefind.
      .catch(() => []);
    loading.set(key, p);
  }
  return p;
}
