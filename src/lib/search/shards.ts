// The unit-name list in parts, so a first query fetches only the units it can match
// (/tim-kiem/don-vi/<key>.json; /en/search/units/<key>.json). A query matches a unit only if
// each query word starts a word of its name (src/lib/search/units.ts), so the units with a word
// that starts with the query's first two letters hold every match: key "ta" for "tan thong hoi".
// A one-letter query gets the units whose name starts with that letter (what it ranks first).
// Kind words ("xã", "commune") key nothing: they are in every name. A small list (the 63
// communes of Ho Chi Minh City: 10 KB, 2 KB compressed) is whole in every part, so one fetch
// answers every later query without another round trip.
// N.B. imported by client scripts: keep it small and dependency-free.
import { foldedNames, KIND_WORDS, words, type UnitEntry, type UnitList } from './units.ts';

/** Letters a shard key takes from a word. */
const KEY_LENGTH = 2;

/** A folded name's words without kind words ("xa da phuoc" → da, phuoc). */
const nameWords = (folded: string): string[] =>
  folded.split(' ').filter((w) => w && !KIND_WORDS.has(w));

/** The shard keys a unit belongs to: the first letters of each word of its names, and the first letter of its own name. */
export function entryKeys(entry: UnitEntry): Set<string> {
  const keys = new Set<string>();
  const names = foldedNames(entry);
  for (const name of names) for (const w of nameWords(name)) keys.add(w.slice(0, KEY_LENGTH));
  const first = nameWords(names[0]!)[0];
  if (first) keys.add(first[0]!);
  return keys;
}

/** A list up to this size (JSON) ships whole in every part. */
export const WHOLE_BELOW = 64 * 1024;

/** The list split by key, each part in the list's order (or the whole list under each key, when small). */
export function unitShards(list: UnitList, wholeBelow = WHOLE_BELOW): Map<string, UnitList> {
  const whole = JSON.stringify(list).length <= wholeBelow;
  const out = new Map<string, UnitList>();
  for (const entry of list.units)
    for (const key of entryKeys(entry)) {
      let shard = out.get(key);
      if (!shard)
        out.set(
          key,
          (shard = whole ? { version: 1, units: list.units, whole } : { version: 1, units: [] }),
        );
      if (!whole) shard.units.push(entry);
    }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** The query's words that can pick a shard: its words without kind words (all of them if it has nothing else). */
function keyWords(raw: string): string[] {
  const all = words(raw);
  const named = all.filter((w) => !KIND_WORDS.has(w));
  return named.length ? named : all;
}

/** The shard to fetch for a query, or null for an empty query. */
export function shardKey(raw: string): string | null {
  const w = keyWords(raw)[0];
  return w ? w.slice(0, KEY_LENGTH) : null;
}

/** Whether the shard `key` holds every unit the query can match, so a loaded shard answers it. */
export function shardAnswers(key: string, raw: string): boolean {
  if (key.length < KEY_LENGTH) return shardKey(raw) === key;
  return keyWords(raw).some((w) => w.startsWith(key));
}
