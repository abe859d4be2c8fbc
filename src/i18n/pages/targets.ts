// The targets page's words in each edition (src/views/Targets.astro). Numbers and dates come in
// formatted for the edition. The movement's name and the targets' wording stay in Vietnamese.
import type { Lang } from '../lang.ts';
import { markup, type Html } from './html.ts';

/** The official name of the city's 2021–2025 emulation movement. */
const MOVEMENT =
  'Cả Thành phố chung sức xây dựng nông thôn mới gắn với đô thị hóa trên địa bàn vùng nông thôn Thành phố Hồ Chí Minh';

/** What the national table's first column shows of a national target. */
interface NationalTarget {
  /** The target in the source's words. */
  wording: string;
  /** The target as the page phrases it (targetText). */
  target: string;
  comparator: string;
  /** The target share, formatted. */
  share: string;
}

export interface TargetsText {
  description: string;
  h1: Html;
  /** The movement and its plan, before ". Source: …". */
  plan: (number: string, date: string | null) => Html;
  /** Before "(the open question)". */
  planUnread: string;
  planQuestion: string;
  /** After the open question, to the end of the paragraph but its full stop. */
  planEach: (glossaryHref: string) => Html;
  /** The founding article's name for the movement, against the plan's; without the full stop. */
  founding: (sourceHref: string, publisher: string, plan: string | null) => Html;
  mainHeading: string;
  byYearHeading: string;
  byYearIntro: Html;
  byYearLabel: string;
  byYearCaption: string;
  unit: string;
  year: (year: string) => string;
  noSeparate: string;
  closedNote: string;
  periodLink: string;
  contextHeading: string;
  contextIntro: Html;
  nationalHeading: string;
  nationalLabel: string;
  nationalCaption: string;
  nationalColumns: readonly [target: string, result: string, status: string, source: string];
  /** The first column: the target, then in brackets what the edition adds. */
  nationalTarget: (t: NationalTarget) => { name: string; detail: Html };
  asOf: string;
  /** Before the deadline of a target not yet final. */
  beforeDeadline: string;
  nationalFiguresHeading: string;
  completedDiffer: string;
  /** Before "(no published data)". */
  noList: string;
  hanoiHeading: string;
  /** "As of", starting a line. */
  asOfStart: string;
  /** Before a commune standard's label. */
  communes: string;
  finalNote: Html;
}

export const TARGETS_TEXT = {
  vi: {
    description:
      'Mục tiêu nông thôn mới của TP.HCM: ba mục tiêu 2021–2025, mục tiêu theo năm và theo huyện, mục tiêu trước và sau, nguồn khác nhau, so sánh với cả nước và Hà Nội.',
    h1: markup`Mục tiêu nông thôn mới, nâng cao và kiểu mẫu của TP.HCM`,
    plan: (number, date) => markup`Phong trào thi đua <q>${MOVEMENT}</q> giai đoạn 2021–2025
      có kế hoạch của UBND TP: <strong>Kế hoạch ${number}</strong>${date === null ? '' : ` ngày ${date}`}`,
    planUnread:
      'Kế hoạch đã được ban hành, nhưng chúng tôi chưa đọc được toàn văn nên chưa chép được các chỉ tiêu định lượng của nó',
    planQuestion: 'câu hỏi còn mở về văn bản này',
    planEach: () =>
      markup`; mỗi mục tiêu dưới đây dẫn nguồn đã nêu nó. Khi các nguồn ghi khác nhau, trang đặt chúng cạnh nhau`,
    founding: (
      sourceHref,
      publisher,
      plan,
    ) => markup`Bài viết sáng lập của dự án (<a href="${sourceHref}">${publisher}</a>, không rõ địa chỉ và ngày đăng) gọi phong trào là <q>Toàn thành phố chung sức…</q>; tên chính thức trong kế hoạch là <q>Cả Thành phố chung sức…</q>.
      Việc kế hoạch bài viết mô tả chính là ${plan ?? 'kế hoạch trên'} là <strong>suy luận</strong> (cùng cơ quan ban hành, cùng phong trào), chưa có nguồn nào xác nhận`,
    mainHeading: 'Ba mục tiêu giai đoạn 2021–2025',
    byYearHeading: 'Mục tiêu theo năm và theo huyện',
    byYearIntro: markup`Các bước của kế hoạch: mục tiêu của thành phố và của từng huyện cho từng năm, với tình trạng tính từ dữ liệu từng xã.`,
    byYearLabel: 'mục tiêu theo năm và theo huyện',
    byYearCaption: 'Mục tiêu theo đơn vị và năm đến hạn, và tình trạng',
    unit: 'Đơn vị',
    year: (y) => `Năm ${y}`,
    noSeparate: 'Không có mục tiêu riêng trong nguồn',
    closedNote: 'Từ 01/07/2025 không còn cấp huyện, nên các mục tiêu cấp huyện đã đóng ở mốc này.',
    periodLink: 'Giai đoạn 2026–2030 và các xã mới',
    contextHeading: 'Mục tiêu trước và sau',
    contextIntro: markup`Mục tiêu của các kế hoạch khác: trước kế hoạch phong trào (2020), cho Cần Giờ, và đến năm 2030 (Quy hoạch thành phố). Trang không tính tiến độ cho chuẩn mà nguồn không nêu bộ tiêu chí, hay chuẩn chưa từng dùng để đánh giá xã nào.`,
    nationalHeading: 'So sánh với mục tiêu cả nước',
    nationalLabel: 'mục tiêu quốc gia và kết quả',
    nationalCaption: 'Mục tiêu quốc gia 2021–2025 và kết quả cả nước đã công bố',
    nationalColumns: ['Mục tiêu cả nước', 'Kết quả đã công bố', 'Tình trạng', 'Nguồn'],
    nationalTarget: ({ wording, comparator, share }) => ({
      name: wording,
      detail: markup`${comparator === 'at-least' ? '≥' : '≈'} ${share}`,
    }),
    asOf: 'tính đến',
    beforeDeadline: 'trước hạn',
    nationalFiguresHeading: 'Số liệu cả nước',
    completedDiffer:
      'Số tỉnh, thành phố đã hoàn thành nhiệm vụ xây dựng NTM: các nguồn ghi khác nhau.',
    noList: 'Không tìm thấy danh sách đầy đủ; không nguồn nào nêu TP.HCM',
    hanoiHeading: 'Hà Nội, địa phương đã hoàn thành nhiệm vụ',
    asOfStart: 'Tính đến',
    communes: 'xã ',
    finalNote: markup`Mục tiêu "20% số huyện đạt NTM nâng cao" và "hoàn thành nhiệm vụ xây dựng NTM" cũng là tiêu chí cấp tỉnh theo QĐ 321/QĐ-TTg. Từ 01/07/2025 không còn cấp huyện, nên các chỉ tiêu cấp huyện không thể được công nhận thêm sau mốc này.`,
  },
  en: {
    description:
      "Ho Chi Minh City's New Rural Development targets: the three targets of 2021–2025, targets by year and by district, earlier and later targets, sources that differ, and a comparison with the whole country and Hà Nội.",
    h1: markup`Ho Chi Minh City's targets for the NTM, advanced and model standards`,
    plan: (
      number,
      date,
    ) => markup`The emulation movement <q lang="vi">${MOVEMENT}</q> ("the whole city joins forces to build new rural areas linked to urbanisation in the rural areas of Ho Chi Minh City") for 2021–2025
      has a plan of the City People's Committee: <strong>Plan ${number}</strong>${date === null ? '' : ` of ${date}`}`,
    planUnread:
      'The plan has been issued, but we have not been able to read its full text, so its quantified targets are not copied here',
    planQuestion: 'the open question about this document',
    planEach: (glossary) =>
      markup`; each target below cites the source that states it. Where sources differ, the page shows them side by side. The <a href="${glossary}">glossary</a> explains each standard`,
    founding: (
      sourceHref,
      publisher,
      plan,
    ) => markup`The project's founding article (<a href="${sourceHref}"><span lang="vi">${publisher}</span></a>, address and date of publication not known) calls the movement <q lang="vi">Toàn thành phố chung sức…</q>; the official name in the plan is <q lang="vi">Cả Thành phố chung sức…</q>.
      That the plan the article describes is ${plan ?? 'the plan above'} is an <strong>inference</strong> (same issuer, same movement) that no source has confirmed`,
    mainHeading: 'The three targets of 2021–2025',
    byYearHeading: 'Targets by year and by district',
    byYearIntro: markup`The plan's steps: the targets of the city and of each district for each year, with their status computed from commune-level data.`,
    byYearLabel: 'targets by year and by district',
    byYearCaption: 'Targets by unit and year due, and their status',
    unit: 'Unit',
    year: (y) => y,
    noSeparate: 'No separate target in the sources',
    closedNote:
      'From 1 July 2025 there is no district level, so the district targets closed on that date.',
    periodLink: '2026–2030 and the new communes',
    contextHeading: 'Earlier and later targets',
    contextIntro: markup`Targets of other plans: before the movement's plan (2020), for Cần Giờ, and to 2030 (the city's master plan). The page computes no progress for a standard whose criteria set the source does not name, nor for a standard no commune was ever assessed against. Targets are quoted in the sources' own words, in Vietnamese.`,
    nationalHeading: 'Compared with the national targets',
    nationalLabel: 'national targets and results',
    nationalCaption:
      'National targets for 2021–2025 and the published results for the whole country',
    nationalColumns: ['National target', 'Published result', 'Status', 'Source'],
    nationalTarget: ({ wording, target }) => ({
      name: target.replace(/^./, (c) => c.toUpperCase()),
      detail: markup`in the source's words: <q lang="vi">${wording}</q>`,
    }),
    asOf: 'as of',
    beforeDeadline: 'before the deadline of',
    nationalFiguresHeading: 'Figures for the whole country',
    completedDiffer: 'Provinces and cities that have completed the NTM task: the sources differ.',
    noList: 'No complete list was found; no source names Ho Chi Minh City',
    hanoiHeading: 'Hà Nội, a city that has completed the task',
    asOfStart: 'As of',
    communes: 'communes, ',
    finalNote: markup`The targets "20% of districts reach advanced NTM" and "complete the NTM task" are also province-level criteria under QĐ 321/QĐ-TTg. From 1 July 2025 there is no district level, so no district target can be recognised after that date.`,
  },
} satisfies Record<Lang, TargetsText>;
