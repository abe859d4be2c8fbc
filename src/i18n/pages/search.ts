// The search page's words in each edition (src/views/Search.astro); what the search script
// writes into the page is in src/lib/search/words.ts.
import type { Lang } from '../lang.ts';
import { markup, type Html } from './html.ts';

export interface SearchText {
  title: string;
  description: string;
  formLabel: string;
  queryLabel: string;
  typeLabel: string;
  all: string;
  /** The "loai" filter: the page types Base.astro writes, and their names here. */
  types: readonly (readonly [value: string, label: string])[];
  /** Before the links to the list of units and to the sources. */
  noScript: string;
  or: string;
  units: string;
  sources: string;
  more: string;
  /** The button that adds the full-text search to a query the unit names answered. */
  fullText: string;
  help: string;
  /** Before the example searches. */
  tryName: string;
  tryDecision: string;
  /** Glossary terms to search for; null where the edition does not suggest it. */
  tryTerm: { before: string; glossary: string; example: string } | null;
  fewerWords: Html;
  see: string;
}

export const SEARCH_TEXT = {
  vi: {
    title: 'Tìm kiếm',
    description:
      'Tìm xã, huyện, quyết định và số liệu nông thôn mới; gõ có dấu hay không dấu đều được.',
    formLabel: 'Tìm trong trang',
    queryLabel:
      'Tìm xã, huyện, số quyết định hoặc từ khóa (gõ có dấu hay không dấu đều được; kết quả hiện ngay khi gõ)',
    typeLabel: 'Loại trang',
    all: 'Tất cả',
    types: [
      ['Xã', 'Xã'],
      ['Thị trấn', 'Thị trấn'],
      ['Huyện', 'Huyện'],
      ['Mô hình', 'Mô hình điển hình'],
      ['Trang', 'Trang thông tin'],
    ],
    noScript:
      'Tìm kiếm cần JavaScript, trình duyệt của bạn đang tắt JavaScript. Bạn vẫn có thể xem',
    or: 'hoặc',
    units: 'danh sách huyện và xã',
    sources: 'danh mục nguồn',
    more: 'Xem thêm kết quả',
    fullText: 'Tìm cả trong nội dung các trang',
    help: 'Gợi ý',
    tryName: 'Thử tên xã hoặc huyện, có dấu hoặc không dấu: ',
    tryDecision: 'Thử số quyết định: ',
    tryTerm: null,
    fewerWords: markup`Bỏ bớt từ, hoặc chọn "Tất cả" ở bộ lọc.`,
    see: 'Xem ',
  },
  en: {
    title: 'Search',
    description:
      'Find communes, districts, decisions and figures on New Rural Development (NTM) in Ho Chi Minh City; names work with or without Vietnamese marks.',
    formLabel: 'Search this site',
    queryLabel:
      'Search for a commune, district, decision number or term (names work with or without Vietnamese marks; results appear as you type)',
    typeLabel: 'Type of page',
    all: 'All',
    types: [
      ['Commune', 'Commune'],
      ['Township', 'Township'],
      ['District', 'District'],
      ['Story', 'Story'],
      ['Page', 'Information page'],
    ],
    noScript: 'Search needs JavaScript, which is turned off in your browser. You can still browse',
    or: 'or',
    units: 'the list of districts and communes',
    sources: 'the list of sources',
    more: 'Show more results',
    fullText: 'Also search the text of every page',
    help: 'Suggestions',
    tryName: 'Try the name of a commune or district, with or without Vietnamese marks: ',
    tryDecision: 'Try a decision number as published: ',
    tryTerm: { before: 'Try a term from the ', glossary: 'glossary', example: 'model NTM' },
    fewerWords: markup`Use fewer words, or choose “All” in the filters.`,
    see: 'See ',
  },
} satisfies Record<Lang, SearchText>;
