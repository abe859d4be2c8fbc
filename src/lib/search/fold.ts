// Query preparation for Vietnamese search. Pagefind folds tone and vowel marks but not
// đ/Đ (no Unicode decomposition), so an ASCII "d" is also tried as "đ".
// N.B. imported by the client search script: keep it small and dependency-free.

/** NFC, lower case, single spaces: NFD input and capitals behave like NFC lower case. */
export function normalizeQuery(q: string): string {
  return q.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/**
 * Every spelling of `q` with some of its "d"s read as "đ", the typed spelling first. In
 * Vietnamese đ only starts a syllable, so only a d that starts a word branches, or one in an
 * abbreviation without vowels ("qd" for QĐ): "da phuoc" → 2 searches, never 16.
 */
export function dVariants(q: string, max = 4): string[] {
  const positions: number[] = [];
  for (const m of q.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0];
    const abbreviation =
      !/[aeiouyàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/.test(word);
    for (let i = 0; i < word.length; i++) {
      if (word[i] === 'd' && (i === 0 || abbreviation)) positions.push(m.index + i);
    }
  }
  // Only the first few d's branch, to bound the number of searches.
  const branch = positions.slice(0, Math.floor(Math.log2(max)));
  const out: string[] = [];
  for (let mask = 0; mask < 2 ** branch.length; mask++) {
    const chars = [...q];
    branch.forEach((pos, bit) => {
      if (mask & (1 << bit)) chars[pos] = 'đ';
    });
    out.push(chars.join(''));
  }
  return out;
}

/** Lower case without tone/vowel marks and with đ → d: "Xã Đông Thạnh" → "xa dong thanh". */
export function foldMarks(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase();
}

/**
 * Score multiplier for a result whose title contains the whole query as a phrase:
 * ×3 with the same marks as typed, ×2 ignoring marks or when the query holds every word of
 * the title among others, else ×1. Names typed in full
 * ("dong thanh") then lead over pages that only mention both words.
 */
export function titleBoost(title: string, query: string): number {
  const t = ` ${normalizeQuery(title)} `;
  const q = normalizeQuery(query);
  if (!q) return 1;
  if (t.includes(` ${q} `)) return 3;
  if (` ${foldMarks(t)} `.includes(` ${foldMarks(q)} `)) return 2;
  // The query names the page among other words ("thanh an xa dao" → "Xã Thạnh An").
  const titleWords = foldMarks(t).trim().split(' ');
  const queryWords = new Set(foldMarks(q).split(' '));
  if (titleWords.length >= 2 && titleWords.every((w) => queryWords.has(w))) return 2;
  return 1;
}

/** A part of a result page under one heading, as Pagefind returns it (sub_results). */
export interface Section {
  title: string;
  url: string;
  excerpt: string;
}

/**
 * titleBoost over the page title and its section headings: a heading that holds the query as a
 * phrase ("model NTM" in "Which communes reached the model NTM standard…") lifts the page as a
 * title would, and one that starts with it, as a term's entry does ("Model NTM (2021–2025)" on
 * the glossary), a step more. The result then leads to that section. Only a section with its own
 * anchor counts.
 */
export function sectionBoost(
  pageTitle: string,
  pageUrl: string,
  sections: readonly Section[],
  query: string,
): { boost: number; section: Section | null } {
  let best = { boost: titleBoost(pageTitle, query), section: null as Section | null };
  const q = foldMarks(normalizeQuery(query));
  for (const s of sections) {
    if (s.url === pageUrl || !s.url.includes('#')) continue;
    let b = titleBoost(s.title, query);
    if (b > 1 && q && ` ${foldMarks(normalizeQuery(s.title))} `.startsWith(` ${q} `)) b += 1;
    if (b > best.boost) best = { boost: b, section: s };
  }
  return best;
}
