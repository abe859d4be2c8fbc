// Query preparation for Vietnamese search. Pagefind folds tone and vowel marks but not
// đ/Đ (no Unicode decomposition), so an ASCII "d" is also tried as "đ".
// N.B. imported by the client search script: keep it small and dependency-free.

/** NFC, lower case, single spaces: NFD input and capitals behave like NFC lower case. */
export function normalizeQuery(q: string): string {
  return q.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/** Every spelling of `q` with some of its "d"s read as "đ", the typed spelling first. */
export function dVariants(q: string, max = 16): string[] {
  const positions: number[] = [];
  for (let i = 0; i < q.length; i++) if (q[i] === 'd') positions.push(i);
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
