// The map page's words in each edition (src/views/Map.astro).
import { formatNumber } from '../../lib/format.ts';
import type { Lang } from '../lang.ts';
import { markup, type Html } from './html.ts';

export interface MapText {
  title: string;
  description: (locals: number, districts: number, firstYear: number, lastYear: number) => string;
  heading: string;
  lead: Html;
  controls: string;
  year: string;
  kind: string;
  hexOption: string;
  geoOption: string;
  showing: (year: number) => string;
  hexTitle: (year: number) => string;
  hexCaption: Html;
  geoTitle: (year: number) => string;
  /** Around the largest distance of a cell from its point, then around the bold warning. */
  geoCaption: readonly [before: Html, after: Html, warning: string, end: string];
  tableLabel: string;
  /** Around the year in the table's caption. */
  tableCaption: readonly [before: string, after: string];
  columns: readonly [unit: string, district: string, highest: string];
}

export const MAP_TEXT = {
  vi: {
    title: 'Bản đồ',
    description: (locals, districts, first, last) =>
      `Bản đồ ${locals} xã, thị trấn của ${districts} huyện ngoại thành cũ: chuẩn nông thôn mới cao nhất đã đạt theo từng năm, ${first}–${last}.`,
    heading: 'Bản đồ nông thôn mới theo xã',
    lead: markup`Mỗi ô là một xã hoặc thị trấn (địa giới trước 01/07/2025), tô theo chuẩn cao nhất đã biết là đạt vào cuối năm được chọn (năm 2025: đến 30/06/2025, ngày cuối cùng của các đơn vị cũ). Chọn một ô để mở trang của xã.`,
    controls: 'Chọn năm và kiểu bản đồ',
    year: 'Năm',
    kind: 'Kiểu bản đồ',
    hexOption: 'Lưới ô (mỗi xã một ô bằng nhau)',
    geoOption: 'Bản đồ gần đúng',
    showing: (year) => `Đang hiển thị năm ${year}.`,
    hexTitle: (year) => `Lưới ô các xã, năm ${year}`,
    hexCaption: markup`Lưới ô: mỗi xã, thị trấn là một ô bằng nhau, xếp gần đúng theo vị trí; viền đậm là ranh giới giữa các huyện. Chữ trong ô là chữ cái đầu của tên xã.`,
    geoTitle: (year) => `Bản đồ gần đúng các xã, năm ${year}`,
    geoCaption: [
      markup`Bản đồ gần đúng: mỗi vùng gồm những nơi gần điểm tham chiếu của xã hơn các xã khác (tối đa khoảng `,
      markup` km), cắt theo đường bao thành phố. `,
      'Ranh giới gần đúng, không phải ranh giới hành chính.',
      ' Phần màu xám là nội thành và khu vực ngoài phạm vi. Đường bao: Natural Earth (phạm vi công cộng). Made with Natural Earth.',
    ],
    tableLabel: 'chuẩn cao nhất của từng xã',
    tableCaption: [
      'Chuẩn cao nhất đã biết của từng xã, năm ',
      ' (tính đến cuối năm; năm 2025 đến 30/06)',
    ],
    columns: ['Xã, thị trấn', 'Huyện', 'Chuẩn cao nhất đã biết'],
  },
  en: {
    title: 'Map',
    description: (locals, districts, first, last) =>
      `Map of the ${formatNumber(locals, 1, 'en')} communes and townships in the ${formatNumber(districts, 1, 'en')} former suburban districts: the highest New Rural Development standard reached in each year, ${first}–${last}.`,
    heading: 'Map of New Rural Development by commune',
    lead: markup`Each tile is a commune or township (boundaries before 1 July 2025), shaded by the highest standard it is known to have reached by the end of the chosen year (for 2025: by 30 Jun 2025, the last day of the former units). Choose a tile to open the commune's page.`,
    controls: 'Choose the year and the kind of map',
    year: 'Year',
    kind: 'Kind of map',
    hexOption: 'Tile grid (one equal tile per commune)',
    geoOption: 'Approximate map',
    showing: (year) => `Showing ${year}.`,
    hexTitle: (year) => `Tile grid of the communes, ${year}`,
    hexCaption: markup`Tile grid: each commune or township is one equal tile, placed roughly where it lies; thick lines are the borders between districts. The letters in a tile are the initials of the commune's name.`,
    geoTitle: (year) => `Approximate map of the communes, ${year}`,
    geoCaption: [
      markup`Approximate map: each area covers the places nearer to the commune's reference point than to any other commune's (up to about `,
      markup` km), clipped to the city's outline. `,
      'These are approximate boundaries, not administrative ones.',
      ' Grey areas are the inner city and places outside the scope of this map. Outline: Natural Earth (public domain). Made with Natural Earth.',
    ],
    tableLabel: 'highest standard of each commune',
    tableCaption: [
      'Highest standard known for each commune in ',
      ' (at the end of the year; for 2025, on 30 Jun)',
    ],
    columns: ['Commune or township', 'District', 'Highest standard known'],
  },
} satisfies Record<Lang, MapText>;
