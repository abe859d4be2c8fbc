// The source register's words in each edition (src/views/Sources.astro). Titles and publishers
// are not words of ours: they stay as published.
import type { Lang } from '../lang.ts';
import { formatNumber } from '../../lib/format.ts';

export interface SourcesText {
  title: string;
  description: string;
  heading: string;
  lead: (count: number) => string;
  /** A source's kind (sources.csv "kind"). */
  kind: Record<string, string>;
  /** Before a document number. */
  number: string;
  urlUnknown: string;
  cited: (times: number) => string;
  /** After the first cited items: how many are not listed. */
  more: (count: number) => string;
}

export const SOURCES_TEXT: Record<Lang, SourcesText> = {
  vi: {
    title: 'Nguồn',
    description:
      'Danh mục các văn bản, bài báo và bộ dữ liệu mà số liệu trên trang dẫn lại, và những con số dẫn từng nguồn.',
    heading: 'Danh mục nguồn',
    lead: (count) =>
      `${count} nguồn. Mỗi nguồn có địa chỉ hoặc số văn bản, ngày công bố (nếu nguồn ghi), và danh sách những gì trên trang này dẫn từ nó.`,
    kind: {
      legal: 'Văn bản pháp luật',
      government: 'Cơ quan nhà nước',
      news: 'Báo chí',
      academic: 'Bài báo khoa học',
      dataset: 'Bộ dữ liệu mở',
    },
    number: ', số ',
    urlUnknown: ', không rõ địa chỉ gốc',
    cited: (times) => `Được dẫn ${times} lần`,
    more: (count) => `… và ${count} mục khác.`,
  },
  en: {
    title: 'Sources',
    description:
      'The documents, articles and datasets the figures on this site come from, and the figures that cite each one.',
    heading: 'Sources',
    lead: (count) =>
      `${formatNumber(count, 1, 'en')} sources. Each has its address or document number, its publication date (where the source gives one), and the list of what this site cites from it. Titles are given as published, most of them in Vietnamese.`,
    kind: {
      legal: 'Legal document',
      government: 'Government body',
      news: 'News media',
      academic: 'Academic article',
      dataset: 'Open dataset',
    },
    number: ', no. ',
    urlUnknown: ', original address not known',
    cited: (times) => `Cited ${times === 1 ? 'once' : `${formatNumber(times, 1, 'en')} times`}`,
    more: (count) => `… and ${formatNumber(count, 1, 'en')} more.`,
  },
};
