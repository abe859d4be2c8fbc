// The overview's words in each edition (src/views/Overview.astro). Numbers and dates come in
// formatted for the edition.
import type { Lang } from '../lang.ts';
import { formatNumber } from '../../lib/format.ts';
import { labels } from '../../lib/labels.ts';
import type { Standard } from '../../lib/schema/tables.ts';
import type { ResultKey } from '../../lib/views/overview.ts';
import { markup, type Html } from './html.ts';

export interface OverviewText {
  h1: string;
  /** "Communes meeting the NTM standard", before when the count holds. */
  communesNtm: string;
  resultsHeading: string;
  /** Before the number of units in the scope. */
  scope: string;
  scopeUnits: (districts: string) => string;
  /** Before the number of communes in the programme. */
  ofWhich: string;
  inProgramme: string;
  pilots: string;
  /** Before the count of communes that had all met the NTM standard by the end of `year`. */
  ntmFull: (year: number) => string;
  ntmFullEnd: Html;
  sourceCount: (count: number) => string;
  /** The latest published results, by anchor. */
  result: Record<ResultKey, string>;
  asOf: string;
  results2021: string;
  unpublishedLink: string;
  targetsHeading: string;
  targetsLink: string;
  periodLink: string;
  mapHeading: string;
  mapTitle: string;
  mapCaption: (when: string) => string;
  fullMap: string;
  journeyHeading: string;
  /** The timeline's scope, from the city's name in the edition. */
  timelineScope: (cityName: string) => string;
  /** What a published count of the city counts: units, and the standard. */
  milestone: (standard: Standard | null) => string;
  historyLink: string;
  storiesHeading: string;
  allStories: string;
  districtsHeading: string;
  ntmDistrict: string;
  /** After "no published data". */
  onRecognition: Html;
  seeAlso: string;
  /** Links by Vietnamese path. */
  seeAlsoLinks: ReadonlyArray<readonly [viPath: string, label: string]>;
}

const VI_SHORT = labels('vi').standardShort;
const EN_SHORT = labels('en').standardShort;

export const OVERVIEW_TEXT = {
  vi: {
    h1: 'Nông thôn mới TP. Hồ Chí Minh, 2009–2025',
    communesNtm: 'Xã đạt chuẩn NTM',
    resultsHeading: 'Kết quả đã công bố trước đó',
    scope: 'Phạm vi: ',
    scopeUnits: (d) => ` xã, thị trấn của ${d} huyện ngoại thành cũ (trước 01/07/2025)`,
    ofWhich: 'trong đó ',
    inProgramme: ' xã thuộc chương trình và ',
    pilots: ' xã làm thí điểm',
    ntmFull: (year) => `Chậm nhất đến cuối năm ${year}, cả `,
    ntmFullEnd: markup` xã đã đạt chuẩn nông thôn mới (ghép từ nguồn của từng xã; nhiều xã đạt sớm hơn).`,
    sourceCount: (k) => `${formatNumber(k)} nguồn`,
    result: {
      'xa-ntm': 'xã đạt chuẩn nông thôn mới',
      'huyen-ntm': 'huyện đạt chuẩn nông thôn mới (Thủ tướng công nhận)',
      'xa-nang-cao':
        'xã đạt "nông thôn mới nâng cao" (nguồn không nêu bộ tiêu chí; có lẽ là bộ của TP 2016–2020, suy luận chưa kiểm chứng)',
      'xa-nang-cao-2016': 'xã đạt NTM nâng cao theo bộ tiêu chí TP 2016–2020',
    },
    asOf: 'tính đến',
    results2021: 'Kết quả theo chuẩn 2021–2025 (nâng cao gắn với đô thị hóa, kiểu mẫu)',
    unpublishedLink: 'Những gì chưa được công bố',
    targetsHeading: 'Ba mục tiêu 2021–2025 và nguồn của chúng',
    targetsLink: 'Mục tiêu theo năm và theo huyện, các nguồn khác nhau, so sánh cả nước',
    periodLink: 'Sau 01/07/2025: giai đoạn 2026–2030',
    mapHeading: 'Bản đồ các xã',
    mapTitle: 'Lưới ô các xã theo chuẩn cao nhất đã biết',
    mapCaption: (when) =>
      `Mỗi ô là một xã, thị trấn; viền đậm là ranh giới huyện. Tô theo chuẩn cao nhất đã biết ${when}.`,
    fullMap: 'Xem bản đồ đầy đủ, chọn năm',
    journeyHeading: 'Hành trình 2009–2025 qua các con số',
    timelineScope: () => 'toàn thành phố',
    milestone: (s) =>
      s === null
        ? 'xã — NTM nâng cao (nguồn không nêu bộ tiêu chí)'
        : `${s.startsWith('district') ? 'huyện' : 'xã'} — ${VI_SHORT[s]}`,
    historyLink: 'Lịch sử chi tiết: xã thí điểm, các mốc công nhận',
    storiesHeading: 'Mô hình điển hình mới nhất',
    allStories: 'Tất cả mô hình điển hình',
    districtsHeading: 'Năm huyện',
    ntmDistrict: 'Huyện nông thôn mới:',
    onRecognition: markup` về công nhận huyện.`,
    seeAlso: 'Xem thêm:',
    seeAlsoLinks: [
      ['/ban-do/', 'bản đồ'],
      ['/mo-hinh/', 'mô hình điển hình'],
      ['/tieu-chi/', 'các bộ tiêu chí'],
      ['/sap-xep-2025/', 'xã mới sau sắp xếp 2025'],
      ['/nguon/', 'danh mục nguồn'],
      ['/phuong-phap/', 'phương pháp'],
    ],
  },
  en: {
    h1: 'New Rural Development in Ho Chi Minh City, 2009–2025',
    communesNtm: 'Communes meeting the NTM standard',
    resultsHeading: 'Results published earlier',
    scope: 'Scope: ',
    scopeUnits: (d) =>
      ` communes and townships in the ${d} former suburban districts (before 1 July 2025)`,
    ofWhich: 'of which ',
    inProgramme: ' communes are in the programme and ',
    pilots: ' were pilots',
    ntmFull: (year) => `By the end of ${year} at the latest, all `,
    ntmFullEnd: markup` communes had met the NTM standard (put together from each commune's own sources; many met it earlier).`,
    sourceCount: (k) => `${formatNumber(k, 1, 'en')} ${k === 1 ? 'source' : 'sources'}`,
    result: {
      'xa-ntm': 'communes meeting the New Rural Development (NTM) standard',
      'huyen-ntm': 'districts meeting the NTM standard (recognised by the Prime Minister)',
      'xa-nang-cao':
        'communes reaching "advanced NTM" (the source does not name the criteria set; probably the city\'s 2016–2020 set, an inference not yet checked)',
      'xa-nang-cao-2016': "communes reaching advanced NTM under the city's 2016–2020 criteria set",
    },
    asOf: 'as of',
    results2021:
      'Results under the 2021–2025 standards (advanced NTM linked to urbanisation, model NTM)',
    unpublishedLink: 'What has not been published',
    targetsHeading: 'The three targets for 2021–2025 and their sources',
    targetsLink:
      'Targets by year and by district, where sources differ, and the national comparison',
    periodLink: 'After 1 July 2025: the 2026–2030 period',
    mapHeading: 'Map of the communes',
    mapTitle: 'Tile grid of the communes by the highest standard known',
    mapCaption: (when) =>
      `Each tile is a commune or township; thick lines are district borders. Shaded by the highest standard known ${when.replace(/^end/, 'at the end')}.`,
    fullMap: 'See the full map and choose a year',
    journeyHeading: '2009–2025 in figures',
    timelineScope: (cityName) => cityName,
    // "districts — NTM standard", not "districts — NTM district".
    milestone: (s) =>
      s === null
        ? 'communes — advanced NTM (the source does not name the criteria set)'
        : s.startsWith('district')
          ? `districts — ${EN_SHORT[s].replace(/ district$/, ' standard')}`
          : `communes — ${EN_SHORT[s]}`,
    historyLink: 'The full history: pilot communes and recognition milestones',
    storiesHeading: 'Latest stories of local practice',
    allStories: 'All stories',
    districtsHeading: 'The five districts',
    ntmDistrict: 'NTM district:',
    onRecognition: markup` on the district's recognition.`,
    seeAlso: 'See also:',
    seeAlsoLinks: [
      ['/ban-do/', 'the map'],
      ['/mo-hinh/', 'stories'],
      ['/tieu-chi/', 'the criteria sets'],
      ['/sap-xep-2025/', 'the new communes after the 2025 reorganisation'],
      ['/nguon/', 'sources'],
      ['/phuong-phap/', 'methodology'],
      ['/thuat-ngu/', 'glossary'],
    ],
  },
} satisfies Record<Lang, OverviewText>;
