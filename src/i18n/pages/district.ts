// The district page's words in each edition (src/views/District.astro). Unit names come in as
// written for the sentence: "huyện Củ Chi" in Vietnamese, "Củ Chi district" in English.
import { formatNumber } from '../../lib/format.ts';
import type { Lang } from '../lang.ts';
import { markup, type Html } from './html.ts';

const plural = (x: number, one: string, other: string) => (x === 1 ? one : other);
const en = (x: number) => formatNumber(x, 1, 'en');

export interface DistrictText {
  searchType: 'Huyện' | 'District';
  description: (name: string) => string;
  /** The share image's label for the latest count of communes meeting the NTM standard. */
  headline: (when: string) => string;
  /** After the number of communes: "xã và 1 thị trấn". */
  communesAndTowns: (communes: number, towns: number) => string;
  /** After the number of communes in the programme. */
  inProgramme: (count: number) => string;
  /** Before the official Vietnamese name; null where the page already uses it. */
  officialName: string | null;
  recognition: string;
  targets: string;
  target: (year: string | null) => string;
  allTargets: Html;
  noDistrictLevel: string;
  communes: string;
  mapTitle: (name: string) => string;
  /** The map caption where the grid shows only this district. */
  mapWithin: (name: string) => string;
  /** The map caption around the number of districts on the grid. */
  mapFaded: (name: string) => readonly [before: string, after: string];
  fullMap: string;
  tableLabel: (name: string) => string;
  tableCaption: (when: string) => string;
  columns: readonly [unit: string, highest: string, notes: string];
  notInProgramme: string;
  byYear: string;
  indicators: string;
  indicatorsCaption: (name: string) => string;
  /** After "no published data". */
  noIndicators: (name: string) => string;
  countsCaption: (name: string) => string;
}

export const DISTRICT_TEXT = {
  vi: {
    searchType: 'Huyện',
    description: (name) => `${name}: công nhận nông thôn mới, các xã và chỉ số, có nguồn.`,
    headline: (when) => `Xã đạt chuẩn NTM, ${when}`,
    communesAndTowns: (_communes, towns) => `xã và ${formatNumber(towns)} thị trấn`,
    inProgramme: () => 'xã thuộc chương trình nông thôn mới',
    officialName: null,
    recognition: 'Công nhận cấp huyện',
    targets: 'Mục tiêu theo năm',
    target: (year) => (year ? `Mục tiêu ${year}` : 'Mục tiêu'),
    allTargets: markup`Mục tiêu của mọi huyện theo năm`,
    noDistrictLevel: 'Từ 01/07/2025 không còn cấp huyện: giai đoạn 2026–2030',
    communes: 'Các xã, thị trấn',
    mapTitle: (name) => `Lưới ô các xã, các xã của ${name} được làm nổi bật`,
    mapWithin: (name) => `Các xã của ${name} trên lưới ô.`,
    mapFaded: (name) => [
      `Các xã của ${name} trên lưới ô của `,
      ' huyện (các huyện khác được làm mờ).',
    ],
    fullMap: 'Bản đồ đầy đủ',
    tableLabel: (name) => `các xã của ${name}`,
    tableCaption: (when) => `Chuẩn cao nhất đã đạt của từng xã, ${when}`,
    columns: ['Đơn vị', 'Chuẩn cao nhất đã biết', 'Ghi chú'],
    notInProgramme: 'Không thuộc chương trình',
    byYear: 'Số xã đạt chuẩn theo năm',
    indicators: 'Chỉ số đã công bố',
    indicatorsCaption: (name) => `Chỉ số của ${name} theo thời gian`,
    noIndicators: (name) => `về thu nhập, hộ nghèo hay các chỉ số khác của ${name}.`,
    countsCaption: (name) => `Số liệu tổng về số xã đạt chuẩn của ${name}`,
  },
  en: {
    searchType: 'District',
    description: (name) =>
      `${name}: recognition under the New Rural Development programme, its communes and indicators, with sources.`,
    headline: (when) => `Communes meeting the NTM standard, ${when}`,
    communesAndTowns: (communes, towns) =>
      `${plural(communes, 'commune', 'communes')} and ${en(towns)} ${plural(towns, 'township', 'townships')}`,
    inProgramme: (count) =>
      `${plural(count, 'commune', 'communes')} in the New Rural Development programme`,
    officialName: 'Official name:',
    recognition: 'Recognition at district level',
    targets: 'Targets by year',
    target: (year) => (year ? `Target for ${year}` : 'Target'),
    allTargets: markup`Every district's targets by year`,
    noDistrictLevel:
      'From 1 July 2025 there is no district level of government: the 2026–2030 period',
    communes: 'Communes and townships',
    mapTitle: (name) => `Tile grid of the communes, with the communes of ${name} highlighted`,
    mapWithin: (name) => `The communes of ${name} on the tile grid.`,
    mapFaded: (name) => [
      `The communes of ${name} on the tile grid of the `,
      ' districts (the other districts are faded).',
    ],
    fullMap: 'Full map',
    tableLabel: (name) => `communes of ${name}`,
    tableCaption: (when) => `Highest standard reached by each commune, ${when}`,
    columns: ['Unit', 'Highest standard known', 'Notes'],
    notInProgramme: 'Not in the programme',
    byYear: 'Communes meeting each standard, by year',
    indicators: 'Published indicators',
    indicatorsCaption: (name) => `Indicators for ${name} over time`,
    noIndicators: (name) => `on income, poor households or other indicators for ${name}.`,
    countsCaption: (name) => `Published totals of communes meeting a standard in ${name}`,
  },
} satisfies Record<Lang, DistrictText>;
