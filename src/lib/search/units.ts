// Unit names answered at typing speed: the communes, towns and districts, with the names of
// the units they became on 1 July 2025, from a small list built with the site
// (/tim-kiem/don-vi.json; the English edition's twin is /en/search/units.json, with English
// kind words and links). Typed with or without marks, đ included, by word prefix.
// N.B. imported by client scripts: keep it small and dependency-free.
import { foldMarks, normalizeQuery } from './fold.ts';

/** One unit as the list ships it: [name, kind label, its district's short name (a district's own), URL, names it became]. */
export type UnitEntry = [
  name: string,
  kind: string,
  district: string,
  url: string,
  became: string[],
];

export interface UnitList {
  version: 1;
  units: UnitEntry[];
  /** A part of the list that is the whole list, so it answers every query (src/lib/search/shards.ts). */
  whole?: true;
}

export interface UnitHit {
  name: string;
  kind: string;
  district: string;
  url: string;
  /** The post-2025 name that matched, when the unit matched by what it became. */
  via: string | null;
  score: number;
}

interface Prepared {
  entry: UnitEntry;
  /** Folded words of the name, and of each name it became. */
  own: string[];
  became: string[][];
  /** NFC lower-case name, for the exact-marks bonus. */
  marked: string;
}

// Kind words in both editions' names ("Xã Tân Thông Hội", "Tân Thông Hội commune").
export const KIND_WORDS: ReadonlySet<string> = new Set([
  'xa',
  'huyen',
  'thi',
  'tran',
  'phuong',
  'dac',
  'khu',
  'commune',
  'district',
  'township',
  'ward',
  'special',
  'zone',
]);
/** Folded words: "Xã Đông Thạnh" → ["xa", "dong", "thanh"]. */
export const words = (s: string): string[] =>
  foldMarks(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
// Districts first, then communes, then towns, when everything else ties ("Củ Chi").
const KIND_RANK: Record<string, number> = {
  Huyện: 0,
  Xã: 1,
  'Thị trấn': 2,
  District: 0,
  Commune: 1,
  Township: 2,
};
/** The kind labels of a district, which is named without a district after it. */
const DISTRICT_KINDS = new Set(['Huyện', 'District']);

/** Prepares the list once: folding every name on each keystroke would cost more than matching. */
export function prepareUnits(list: UnitList): Prepared[] {
  return list.units.map((entry) => ({
    entry,
    own: words(entry[0]),
    became: entry[4].map(words),
    marked: normalizeQuery(entry[0]),
  }));
}

/** Every query word is the start of a word of the name. Returns how many matched whole, or -1. */
function matchWords(query: string[], name: string[]): number {
  let whole = 0;
  for (const q of query) {
    let found = false;
    let exact = false;
    for (const w of name) {
      if (w === q) exact = true;
      if (w.startsWith(q)) found = true;
    }
    if (!found) return -1;
    if (exact) whole++;
  }
  return whole;
}

/** Vietnamese order; one collator, as localeCompare per pair costs 10 ms on a thousand hits. */
const byName = new Intl.Collator('vi');

/** The name's own words without its kind ("xa da phuoc" → "da phuoc"). */
const bare = (name: string[]): string => name.filter((w) => !KIND_WORDS.has(w)).join(' ');

export interface UnitFilters {
  /** A kind label ("Xã", "Thị trấn", "Huyện"; in English "Commune", "Township", "District"); any other type filter matches no unit. */
  loai?: string;
  /** A district short name. */
  huyen?: string;
}

/**
 * The units whose name (or the name they became) contains every query word as a word start,
 * best first: the whole name typed, every word whole, marks as typed, own name over a later one.
 */
export function matchUnits(
  units: readonly Prepared[],
  raw: string,
  filters: UnitFilters = {},
  limit = 8,
): UnitHit[] {
  const q = words(raw);
  if (q.length === 0) return [];
  const folded = q.join(' ');
  const marked = normalizeQuery(raw);
  const hits: (UnitHit & { rank: number })[] = [];
  for (const u of units) {
    const [name, kind, district, url] = u.entry;
    if (filters.loai && filters.loai !== kind) continue;
    if (filters.huyen && filters.huyen !== district) continue;
    let best: { score: number; via: string | null } | null = null;
    const candidates: [string[], string | null][] = [
      [u.own, null],
      ...u.became.map((b, i): [string[], string | null] => [b, u.entry[4][i]!]),
    ];
    for (const [nameWords, via] of candidates) {
      const whole = matchWords(q, nameWords);
      if (whole < 0) continue;
      let score = whole === q.length ? 2 : 1;
      const b = bare(nameWords);
      if (b === folded || nameWords.join(' ') === folded) score += 4;
      // Typed from the start of the name, in order ("dong th" → Đông Thạnh before An Thới Đông).
      else if (b.startsWith(folded) || nameWords.join(' ').startsWith(folded)) score += 2;
      else if (` ${b}`.includes(` ${folded}`)) score += 1;
      if (via === null) {
        score += 1;
        if (` ${u.marked} `.includes(` ${marked} `)) score += 1;
      }
      if (!best || score > best.score) best = { score, via };
    }
    if (best)
      hits.push({
        name,
        kind,
        district,
        url,
        via: best.via,
        score: best.score,
        rank: KIND_RANK[kind] ?? 3,
      });
  }
  hits.sort((a, b) => b.score - a.score || a.rank - b.rank || byName.compare(a.name, b.name));
  return hits.slice(0, limit).map(({ rank: _rank, ...h }) => h);
}

/** "Xã · Bình Chánh", "Huyện" ("Commune · Bình Chánh", "District" in English). */
export function unitHitInfo(h: UnitHit): string {
  return [h.kind, DISTRICT_KINDS.has(h.kind) ? '' : h.district].filter(Boolean).join(' · ');
}
