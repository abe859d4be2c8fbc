// The words the search scripts write into a page, in each edition. The scripts pick the
// edition from <html lang>, the same signal Pagefind uses to pick its index (one per language).
// N.B. imported by client scripts: keep it small and dependency-free.

export type SearchLang = 'vi' | 'en';

/** The edition of the page the script runs on. */
export const pageLang = (): SearchLang => (document.documentElement.lang === 'en' ? 'en' : 'vi');

export interface SearchWords {
  /** Where the unit-name list of this edition is served (src/pages/tim-kiem/don-vi.json.ts and its English twin). */
  unitList: string;
  /** Where one part of it is served (src/lib/search/shards.ts): what search fetches. */
  unitShard: (key: string) => string;
  searching: string;
  results: (count: number, q: string) => string;
  none: (q: string) => string;
  /** When only unit names were searched: the full-text search waits for the reader's button. */
  namesOnly: (count: number, q: string) => string;
  empty: string;
  /** Under a unit found by the name of the unit it became on 1 July 2025. */
  became: (name: string) => string;
  suggestLabel: string;
  suggestBecame: (name: string) => string;
  suggestCount: (count: number) => string;
  suggestNone: string;
}

export const SEARCH_WORDS: Record<SearchLang, SearchWords> = {
  vi: {
    unitList: '/tim-kiem/don-vi.json',
    unitShard: (key) => `/tim-kiem/don-vi/${key}.json`,
    searching: 'Đang tìm thêm…',
    results: (count, q) => `${count} kết quả cho «${q}».`,
    none: (q) => `Không có kết quả cho «${q}».`,
    namesOnly: (count, q) => `${count} tên xã, thị trấn, huyện khớp «${q}».`,
    empty: 'Nhập từ cần tìm.',
    became: (name) => `Từ 01/07/2025 thuộc ${name}.`,
    suggestLabel: 'Gợi ý tên xã, thị trấn, huyện',
    suggestBecame: (name) => `, nay thuộc ${name}`,
    suggestCount: (count) => `${count} gợi ý; dùng phím mũi tên để chọn.`,
    suggestNone: 'Không có tên xã, huyện nào khớp; nhấn Enter để tìm trong toàn trang.',
  },
  en: {
    unitList: '/en/search/units.json',
    unitShard: (key) => `/en/search/units/${key}.json`,
    searching: 'Searching for more…',
    results: (count, q) => `${count} ${count === 1 ? 'result' : 'results'} for “${q}”.`,
    none: (q) => `No results for “${q}”.`,
    namesOnly: (count, q) =>
      `${count} commune, township or district ${count === 1 ? 'name matches' : 'names match'} “${q}”.`,
    empty: 'Type what you are looking for.',
    became: (name) => `Part of ${name} since 1 July 2025.`,
    suggestLabel: 'Suggested communes, townships and districts',
    suggestBecame: (name) => `, now part of ${name}`,
    suggestCount: (count) =>
      `${count} ${count === 1 ? 'suggestion' : 'suggestions'}; use the arrow keys to choose.`,
    suggestNone: 'No commune or district name matches; press Enter to search the whole site.',
  },
};
