// Unit names answered at typing speed: the communes, towns and districts, with the names of
// the units they became on 1 July 2025, from a small list built with the site
// (/tim-kiem/don-vi.json; the English edition's twin is /en/search/units.json, with English
// kind words and links). Typed with or without marks, đ included, by word prefix.
// N.B. imported by client scripts: keep it small and dependency-free.
import { foldMarks, normalizeQuery } from './fold.ts';

/**
 * One unit as the list ships it: [name, kind label, its district's short name (a district's own),
 * URL, names it became, and the folded words of the name and of each name it became ("xa tan
 * thong hoi"), so a browser matches without folding thousands of names on a part's arrival].
 */
export type UnitEntry = [
  name: string,
  kind: string,
  district: string,
  url: string,
  became: string[],
  folded?: string[],
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
  /** The folded words of the name, then of each name it became, each between spaces (" xa da phuoc "). */
  names: string[];
  /** Each name's words without kind words, between spaces, computed when the name first matches. */
  bare: (string | undefined)[];
  /** NFC lower-case name between spaces, for the exact-marks bonus, computed when it first matches. */
  marked?: string;
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

/** A name's folded words, one space apart: what the list ships as `folded`. */
export const foldedName = (name: string): string => words(name).join(' ');

/** The folded name and names it became of an entry: as shipped, or folded here for a list without them. */
export const foldedNames = (entry: UnitEntry): string[] =>
  entry[5] ?? [entry[0], ...entry[4]].map(foldedName);

/** Prepares the list once: nothing to fold when the list ships its folded names. */
export function prepareUnits(list: UnitList): Prepared[] {
  return list.units.map((entry) => ({
    entry,
    names: foldedNames(entry).map((f) => ` ${f} `),
    bare: [],
  }));
}

/** Vietnamese order; one collator, as localeCompare per pair costs 10 ms on a thousand hits. */
const byName = new Intl.Collator('vi');

/** The name's own words without its kind ("xa da phuoc" → "da phuoc"). */
const bare = (joined: string): string =>
  joined
    .split(' ')
    .filter((w) => !KIND_WORDS.has(w))
    .join(' ');

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
  // Names and query between spaces, so word starts and whole words are plain substrings:
  // every query word starts a word of the name (" lo" in " xa loi loc "), or is one (" loi ").
  const starts = q.map((w) => ` ${w}`);
  const wholes = q.map((w) => ` ${w} `);
  const all = ` ${q.join(' ')}`;
  const allWhole = `${all} `;
  const marked = ` ${normalizeQuery(raw)} `;
  const hits: Ranked[] = [];
  for (const u of units) {
    const [name, kind, district, url, became] = u.entry;
    if (filters.loai && filters.loai !== kind) continue;
    if (filters.huyen && filters.huyen !== district) continue;
    let best: { score: number; via: string | null } | null = null;
    for (let i = 0; i < u.names.length; i++) {
      const s = u.names[i]!;
      let whole = 0;
      let j = 0;
      for (; j < q.length; j++) {
        if (!s.includes(starts[j]!)) break;
        if (s.includes(wholes[j]!)) whole++;
      }
      if (j < q.length) continue;
      const via = i === 0 ? null : became[i - 1]!;
      const b = (u.bare[i] ??= ` ${bare(s.slice(1, -1))} `);
      let score = whole === q.length ? 2 : 1;
      // The whole name typed, with or without its kind word.
      if (b === allWhole || s === allWhole) score += 4;
      // Typed from the start of the name, in order ("dong th" → Đông Thạnh before An Thới Đông).
      else if (b.startsWith(all) || s.startsWith(all)) score += 2;
      else if (b.includes(all)) score += 1;
      if (via === null) {
        score += 1;
        u.marked ??= ` ${normalizeQuery(name)} `;
        if (u.marked.includes(marked)) score += 1;
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
  return firstHits(hits, limit).map(({ rank: _rank, ...h }) => h);
}

type Ranked = UnitHit & { rank: number };
const order = (a: Ranked, b: Ranked): number =>
  b.score - a.score || a.rank - b.rank || byName.compare(a.name, b.name);

/**
 * The first `limit` hits in `order`, as a stable sort would give them: a short query matches
 * thousands of names at 10,000 communes, and sorting them all by name took 10–20 ms a keystroke.
 */
function firstHits(hits: Ranked[], limit: number): Ranked[] {
  const top: Ranked[] = [];
  for (const h of hits) {
    if (top.length === limit && order(h, top[limit - 1]!) >= 0) continue;
    let i = top.length;
    while (i > 0 && order(h, top[i - 1]!) < 0) i--;
    top.splice(i, 0, h);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** "Xã · Bình Chánh", "Huyện" ("Commune · Bình Chánh", "District" in English). */
export function unitHitInfo(h: UnitHit): string {
  return [h.kind, DISTRICT_KINDS.has(h.kind) ? '' : h.district].filter(Boolean).join(' · ');
}
