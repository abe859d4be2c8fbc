// The 2026–2030 page's words in each edition (src/views/Period2026.astro). Numbers and dates
// come in formatted for the edition.
import type { Lang } from '../lang.ts';
import { markup, type Html } from './html.ts';

export interface Period2026Text {
  title: string;
  description: string;
  h1: string;
  lead: (newCommunes: string) => string;
  closedHeading: string;
  closedText: string;
  statusWhenClosed: string;
  laterIntro: Html;
  /** Before "(no published data)." */
  laterNotAdjusted: string;
  newCommunesHeading: (count: string) => string;
  reorganised: (newCommunes: string) => string;
  intoWards: (wards: string) => string;
  notExact: string;
  crosswalkLink: string;
  tableLabel: string;
  tableCaption: string;
  thNewCommune: string;
  thNewCode: string;
  thFrom: string;
  part: string;
  wardParts: string;
  /** After a ward's name: the former units it took parts of. */
  wardFrom: (units: string) => string;
  criteriaHeading: string;
  decision: string;
  /** After a decision number: its date. */
  dated: (date: string) => string;
  criteriaCount: (count: string) => string;
  indicatorCount: (count: string) => string;
  inForce: (date: string) => string;
  noteSources: string;
  whyIntro: string;
  /** Before the former criteria sets, in brackets. */
  twoSystems: string;
  /** After the former criteria sets; the English edition points to its glossary of the terms. */
  newSystem: (criteria: string, glossaryHref: string) => Html;
  differentUnits: string;
  differentScope: string;
  publishedHeading: string;
  congress: Html;
  modelArea: Html;
  /** Before ": no published data." */
  ownPlan: Html;
  annex: string;
  see: string;
  openQuestion: string;
}

export const PERIOD_2026_TEXT = {
  vi: {
    title: 'Giai đoạn 2026–2030',
    description:
      'Sau 01/07/2025: không còn cấp huyện, các xã mới trên địa bàn chương trình cũ, bộ tiêu chí nông thôn mới 2026–2030, những gì đã và chưa công bố.',
    h1: 'Sau năm 2025: giai đoạn 2026–2030',
    lead: (n) =>
      `Trang này chỉ nêu điều có nguồn: từ 01/07/2025 không còn cấp huyện, địa bàn chương trình cũ nay thuộc ${n} xã mới, và bộ tiêu chí quốc gia 2026–2030 khác với bộ 2021–2025. Số liệu trên các trang khác vẫn theo đơn vị cũ.`,
    closedHeading: 'Không còn cấp huyện: các mục tiêu cấp huyện đã đóng',
    closedText:
      'Từ 01/07/2025, chính quyền địa phương có hai cấp (tỉnh, xã). Năm huyện ngoại thành cũ không còn là đơn vị hành chính, nên không huyện nào có thể được công nhận thêm một chuẩn cấp huyện sau mốc này.',
    statusWhenClosed: 'Tình trạng khi đóng:',
    laterIntro: markup`Các chỉ tiêu đến năm 2030 của Quy hoạch thành phố được đặt trước mốc này:`,
    laterNotAdjusted: 'Chưa thấy văn bản nào của TP.HCM (mới) điều chỉnh các chỉ tiêu này',
    newCommunesHeading: (n) => `${n} xã mới trên địa bàn chương trình cũ`,
    reorganised: (n) => `Các xã, thị trấn cũ của 5 huyện được sắp xếp thành ${n} xã mới`,
    intoWards: (n) => `; một phần của vài xã cũ vào ${n} phường`,
    notExact:
      'Xã mới cũng có thể nhận thêm phần của phường cũ, nên địa bàn không trùng khít với địa bàn cũ.',
    crosswalkLink: 'Bảng sắp xếp hai chiều',
    tableLabel: 'xã mới và các xã cũ',
    tableCaption: 'Xã mới từ 01/07/2025 và các xã, thị trấn cũ (trước 01/07/2025) hợp thành',
    thNewCommune: 'Xã mới',
    thNewCode: 'Mã mới',
    thFrom: 'Từ các đơn vị cũ',
    part: ' (một phần)',
    wardParts: 'Phần vào phường:',
    wardFrom: (units) => ` (từ ${units})`,
    criteriaHeading: 'Bộ tiêu chí mới, và vì sao không so sánh trực tiếp',
    decision: 'Quyết định',
    dated: (d) => ` ngày ${d}`,
    criteriaCount: (n) => ` Gồm ${n} tiêu chí`,
    indicatorCount: (n) => `, ${n} chỉ tiêu`,
    inForce: (d) => `; hiệu lực từ ${d}`,
    noteSources: 'Nguồn của ghi chú',
    whyIntro: 'Vì sao không so sánh trực tiếp kết quả 2021–2025 với 2026–2030:',
    twoSystems:
      'Hai hệ thống tiêu chí khác nhau: giai đoạn 2021–2025 có xã NTM, xã NTM nâng cao và xã NTM kiểu mẫu',
    newSystem: (n) =>
      markup`; bộ 2026–2030 có xã NTM theo ${n} tiêu chí mới và thí điểm xã NTM hiện đại. Đạt một chuẩn cũ không có nghĩa là đạt một chuẩn mới.`,
    differentUnits:
      'Đơn vị khác nhau: một xã mới gộp nhiều xã cũ (có khi cả phần của phường cũ), nên kết quả của từng xã cũ không chuyển được sang xã mới.',
    differentScope:
      'Phạm vi khác nhau: TP.HCM mới gồm cả Bình Dương và Bà Rịa – Vũng Tàu cũ; số liệu của TP mới không tách riêng 5 huyện cũ.',
    publishedHeading: 'Đã và chưa công bố cho thành phố mới',
    congress: markup`Đại hội Đảng bộ TP.HCM lần thứ I (10/2025) thông qua 30 chỉ tiêu cho 2025–2030; đoạn trích của nguồn không nêu chỉ tiêu nào về nông thôn mới.`,
    modelArea: markup`Ngày 01/02/2026, xã Bình Chánh (mới) đăng ký xây dựng khu dân cư kiểu mẫu.`,
    ownPlan: markup`Kế hoạch, bộ tiêu chí và chỉ tiêu NTM 2026–2030 riêng của TP.HCM; việc phân nhóm các xã mới; danh sách xã thí điểm xã NTM hiện đại`,
    annex:
      'Điều kiện để một tỉnh, thành phố hoàn thành nhiệm vụ giai đoạn 2026–2030 (Phụ lục III của QĐ 51/2025/QĐ-TTg): chưa đọc được',
    see: 'xem ',
    openQuestion: 'câu hỏi còn mở',
  },
  en: {
    title: '2026–2030',
    description:
      'After 1 July 2025: no more districts, the new communes in the former programme area, the national NTM criteria for 2026–2030, and what has and has not been published.',
    h1: 'After 2025: the 2026–2030 period',
    lead: (n) =>
      `This page states only what has a source: from 1 July 2025 there is no district level, the former programme area now lies in ${n} new communes, and the national criteria set for 2026–2030 differs from the 2021–2025 one. Figures on the other pages still follow the former units.`,
    closedHeading: 'No more districts: the district targets have closed',
    closedText:
      'From 1 July 2025, local government has two levels (province and commune). The five former rural districts are no longer administrative units, so no district can be recognised as meeting a district standard after that date.',
    statusWhenClosed: 'Status when closed:',
    laterIntro: markup`The targets to 2030 of the city's master plan were set before that date:`,
    laterNotAdjusted:
      'No document of the new Ho Chi Minh City adjusting these targets has been found',
    newCommunesHeading: (n) => `${n} new communes in the former programme area`,
    reorganised: (n) =>
      `The former communes and townships of the 5 districts were reorganised into ${n} new communes`,
    intoWards: (n) => `; parts of a few former communes went into ${n} wards`,
    notExact:
      'A new commune may also have taken in parts of former wards, so the area does not match the former one exactly.',
    crosswalkLink: 'The reorganisation table, both ways',
    tableLabel: 'new communes and former communes',
    tableCaption:
      'New communes from 1 July 2025 and the former communes and townships (before 1 July 2025) that form them',
    thNewCommune: 'New commune',
    thNewCode: 'New code',
    thFrom: 'From the former units',
    part: ' (part)',
    wardParts: 'Parts that went into wards:',
    wardFrom: (units) => ` (from ${units})`,
    criteriaHeading: 'The new criteria set, and why results cannot be compared directly',
    decision: 'Decision',
    dated: (d) => ` of ${d}`,
    criteriaCount: (n) => ` It has ${n} criteria`,
    indicatorCount: (n) => ` and ${n} indicators`,
    inForce: (d) => `; in force from ${d}`,
    noteSources: 'Sources of the note',
    whyIntro: 'Why the 2021–2025 results cannot be compared directly with 2026–2030:',
    twoSystems:
      'Two different systems of criteria: 2021–2025 had NTM communes, advanced NTM communes and model NTM communes',
    newSystem: (n, glossary) =>
      markup`; the 2026–2030 set has NTM communes under ${n} new criteria and a pilot of modern NTM communes. Meeting a former standard does not mean meeting a new one. See the <a href="${glossary}">glossary</a>.`,
    differentUnits:
      'Different units: a new commune merges several former communes (sometimes with parts of former wards), so the result of each former commune cannot be carried over to a new commune.',
    differentScope:
      'Different scope: the new Ho Chi Minh City includes the former Bình Dương and Bà Rịa – Vũng Tàu; figures for the new city do not separate the 5 former districts.',
    publishedHeading: 'What has and has not been published for the new city',
    congress: markup`The 1st Congress of the Ho Chi Minh City Party Organisation (Oct 2025) adopted 30 targets for 2025–2030; the source's excerpt names no target on new rural development.`,
    modelArea: markup`On 1 Feb 2026, the new Bình Chánh commune registered to build a model residential area (<span lang="vi">khu dân cư kiểu mẫu</span>).`,
    ownPlan: markup`Ho Chi Minh City's own NTM plan, criteria set and targets for 2026–2030; the grouping of the new communes; the list of communes piloting the modern NTM commune`,
    annex:
      'The conditions for a province or city to complete the task in 2026–2030 (Annex III of QĐ 51/2025/QĐ-TTg): not yet read',
    see: 'see the ',
    openQuestion: 'open question',
  },
} satisfies Record<Lang, Period2026Text>;
