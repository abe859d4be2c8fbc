// The programme's terms, translated once: /thuat-ngu/ and /en/glossary/ render this list, and
// each term's name in English is the one the English pages use (LABELS.en.standardShort for the
// standards; tests/unit/glossary.test.ts holds them together). Facts only from
// /work/shared/research (confirmed) and data/; a defining decision that is not in data/ is said
// to be missing, never guessed. Pure.
import type { Lang } from './lang.ts';
import type { Standard } from '../lib/schema/tables.ts';

export interface GlossaryTerm {
  /** The anchor on both pages (/thuat-ngu/#id, /en/glossary/#id). */
  id: string;
  /** The Vietnamese name, as the sources write it. */
  vi: string;
  /** The English name the English edition uses. */
  en: string;
  /** The standard this term names, when it is one of the data's standards. */
  standard?: Standard;
  /** What it means. Text in [[double brackets]] is Vietnamese inside the English explanation. */
  explanation: Record<Lang, string>;
  /** The decisions that define it: ids in data/criteria_sets.csv, or in data/sources.csv for a document outside it. */
  decisions: readonly string[];
  /** Decisions of the same period that do not define it but are close to it. */
  related?: readonly string[];
  /** Said where a defining decision is not in our data. */
  missing?: Record<Lang, string>;
  /** Pages that show it (Vietnamese paths; the English edition links their twins). */
  see?: readonly { path: string; label: Record<Lang, string> }[];
}

const SEE = {
  criteria: { path: '/tieu-chi/', label: { vi: 'Bộ tiêu chí', en: 'Criteria sets' } },
  history: { path: '/lich-su/', label: { vi: 'Lịch sử 2009–2025', en: 'History 2009–2025' } },
  targets: { path: '/muc-tieu/', label: { vi: 'Mục tiêu', en: 'Targets' } },
  methodTwo: {
    path: '/phuong-phap/#hai-bo-nang-cao',
    label: { vi: 'Hai chuẩn "nâng cao" khác nhau', en: 'Two different "advanced" standards' },
  },
  reorg: {
    path: '/sap-xep-2025/',
    label: { vi: 'Sắp xếp đơn vị hành chính 2025', en: 'The 2025 reorganisation' },
  },
  after: { path: '/giai-doan-2026-2030/', label: { vi: 'Giai đoạn 2026–2030', en: '2026–2030' } },
} as const;

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'nong-thon-moi',
    vi: 'Nông thôn mới (NTM)',
    en: 'New Rural Development (NTM)',
    explanation: {
      en: '[[Nông thôn mới]] means "new countryside". NTM is the short name of the national target programme for building new rural areas ([[Chương trình mục tiêu quốc gia xây dựng nông thôn mới]]), called the New Rural Development programme in English. It sets criteria for rural communes, districts and provinces; a unit that meets every criterion of its set is recognised by a decision as meeting the standard. The programme was approved for 2010–2020 and again for 2021–2025; from 2026 it is part of one combined national target programme for 2026–2035.',
      vi: 'NTM là tên gọi tắt của Chương trình mục tiêu quốc gia xây dựng nông thôn mới. Chương trình đặt ra bộ tiêu chí cho xã, huyện và tỉnh; đơn vị đạt mọi tiêu chí của bộ được công nhận đạt chuẩn bằng một quyết định. Chương trình được phê duyệt cho giai đoạn 2010–2020 và 2021–2025; từ năm 2026, chương trình được gộp vào một chương trình mục tiêu quốc gia chung cho giai đoạn 2026–2035.',
    },
    decisions: ['qd-800-ttg-2010', 'qd-263-ttg-2022', 'nq-257-2025-qh15'],
  },
  {
    id: 'xa-dat-chuan-ntm',
    vi: 'Xã đạt chuẩn nông thôn mới',
    en: 'NTM standard',
    standard: 'ntm',
    explanation: {
      en: "A commune that meets the NTM standard ([[đạt chuẩn nông thôn mới]]) meets every criterion of the commune criteria set in force and has been recognised by a decision; in Ho Chi Minh City, the City People's Committee recognised communes. The first national set (2009) had 19 criteria. For 2016–2020 the city had its own set for its rural areas, amended in 2018; for 2021–2025 the national set is QĐ 318/QĐ-TTg. Townships ([[thị trấn]]) were not part of the commune-level programme.",
      vi: 'Xã đạt chuẩn nông thôn mới là xã đạt mọi tiêu chí của bộ tiêu chí xã đang áp dụng và đã được công nhận bằng quyết định; ở TP.HCM, UBND TP công nhận các xã. Bộ tiêu chí quốc gia đầu tiên (2009) có 19 tiêu chí. Giai đoạn 2016–2020, TP có bộ tiêu chí riêng theo đặc thù vùng nông thôn, được điều chỉnh năm 2018; giai đoạn 2021–2025, bộ tiêu chí quốc gia là QĐ 318/QĐ-TTg. Thị trấn không thuộc chương trình NTM cấp xã.',
    },
    decisions: [
      'qd-491-ttg-2009',
      'qd-4296-ubnd-2016',
      'qd-6182-ubnd-2016',
      'qd-5039-ubnd-2018',
      'qd-318-ttg-2022',
    ],
    missing: {
      en: 'The number of a decision of the city issuing its own basic commune set for 2021–2025 was not found.',
      vi: 'Chưa tìm thấy số quyết định của TP ban hành bộ tiêu chí xã NTM (cơ bản) riêng cho giai đoạn 2021–2025.',
    },
    see: [SEE.history, SEE.criteria],
  },
  {
    id: 'ntm-nang-cao-2016',
    vi: 'Xã đạt chuẩn NTM nâng cao (bộ tiêu chí TP 2016–2020)',
    en: 'Advanced NTM (city set 2016–2020)',
    standard: 'ntm-nc-2016',
    explanation: {
      en: '[[Nâng cao]] means "advanced": a higher level a commune can reach after the NTM standard. In 2016–2020 the City People\'s Committee recognised communes as advanced NTM communes under the city\'s criteria for its rural areas (in Hóc Môn, from 2019). Articles of 2022 and 2024 report communes reaching "[[NTM nâng cao]]" without naming the criteria set; this site keeps those totals as published and does not assign them to the 2021–2025 standard. This is not the same standard as advanced NTM linked to urbanisation (2021–2025).',
      vi: 'Nâng cao là mức cao hơn chuẩn NTM mà một xã có thể đạt tiếp. Giai đoạn 2016–2020, UBND TP công nhận xã đạt chuẩn NTM nâng cao theo tiêu chí của TP cho vùng nông thôn (ở Hóc Môn, từ năm 2019). Các bài báo năm 2022 và 2024 viết về các xã đạt "NTM nâng cao" mà không nêu bộ tiêu chí; trang giữ các số liệu tổng này như nguồn ghi, không gán cho chuẩn 2021–2025. Đây không phải chuẩn NTM nâng cao gắn với đô thị hóa (2021–2025).',
    },
    decisions: [],
    related: ['qd-6182-ubnd-2016', 'qd-5039-ubnd-2018'],
    missing: {
      en: "The decision that issued this advanced level is not in our data: no source we hold says which decision defines it, so the city's 2016–2020 NTM sets are listed only as related decisions.",
      vi: 'Quyết định ban hành mức nâng cao này không có trong dữ liệu: chưa nguồn nào cho biết quyết định nào quy định nó, nên các bộ tiêu chí NTM 2016–2020 của TP chỉ được liệt kê là quyết định liên quan.',
    },
    see: [SEE.methodTwo],
  },
  {
    id: 'ntm-nang-cao-2021',
    vi: 'Xã đạt chuẩn NTM nâng cao gắn với đô thị hóa (2021–2025)',
    en: 'Advanced NTM (2021–2025)',
    standard: 'ntm-nc-2021',
    explanation: {
      en: "Ho Chi Minh City's advanced commune standard for 2021–2025 is \"linked to urbanisation\" ([[gắn với đô thị hóa]]). The City People's Committee issued it in 2023; it builds on the national advanced commune set of 2022 and adds the city's own level for each indicator. No decision recognising a commune under it has been found.",
      vi: 'Chuẩn xã NTM nâng cao của TP.HCM giai đoạn 2021–2025 là chuẩn "gắn với đô thị hóa", do UBND TP ban hành năm 2023, xây trên bộ tiêu chí quốc gia về xã NTM nâng cao năm 2022, có thêm chỉ tiêu riêng của TP cho từng tiêu chí. Chưa tìm thấy quyết định nào công nhận xã đạt chuẩn này.',
    },
    decisions: ['qd-2476-ubnd-2023', 'qd-318-ttg-2022'],
    see: [SEE.methodTwo, SEE.targets],
  },
  {
    id: 'ntm-kieu-mau',
    vi: 'Xã đạt chuẩn NTM kiểu mẫu (2021–2025)',
    en: 'Model NTM (2021–2025)',
    standard: 'ntm-km-2021',
    explanation: {
      en: '[[Kiểu mẫu]] means "model": the highest commune level in 2021–2025. Under the national rule of 2022, a model commune has reached advanced NTM for 2021–2025, has an average income at least 10% higher than advanced NTM communes at the same time, has at least one smart village model ([[thôn thông minh]]), and is a model in at least one outstanding field set by the province. Ho Chi Minh City\'s set, linked to urbanisation, was issued in 2023. No decision recognising a commune as a model NTM commune has been found.',
      vi: 'Kiểu mẫu là mức cao nhất của xã trong giai đoạn 2021–2025. Theo quy định quốc gia năm 2022, xã NTM kiểu mẫu phải đạt chuẩn NTM nâng cao 2021–2025; có thu nhập bình quân cao hơn ít nhất 10% so với xã NTM nâng cao cùng thời điểm; có ít nhất 1 mô hình thôn thông minh; và đạt kiểu mẫu ở ít nhất 1 lĩnh vực nổi trội do tỉnh quy định. Bộ tiêu chí gắn với đô thị hóa của TP.HCM ban hành năm 2023. Chưa tìm thấy quyết định nào công nhận xã đạt chuẩn NTM kiểu mẫu.',
    },
    decisions: ['qd-319-ttg-2022', 'qd-2476-ubnd-2023'],
    see: [SEE.targets],
  },
  {
    id: 'huyen-dat-chuan-ntm',
    vi: 'Huyện đạt chuẩn nông thôn mới',
    en: 'NTM district',
    standard: 'district-ntm',
    explanation: {
      en: "A rural district that meets the district NTM criteria; the Prime Minister recognises it by a decision. The history page shows when each of the city's districts was recognised and the decision numbers that have been published. For 2021–2025 the national district set was issued in 2022.",
      vi: 'Huyện đạt mọi tiêu chí huyện nông thôn mới; Thủ tướng Chính phủ công nhận bằng quyết định. Trang Lịch sử cho biết từng huyện của TP được công nhận khi nào và các số quyết định đã được công bố. Giai đoạn 2021–2025, bộ tiêu chí quốc gia về huyện ban hành năm 2022.',
    },
    decisions: ['qd-320-ttg-2022'],
    missing: {
      en: "The decision that defined the district standard before 2021, under which the city's districts were recognised, is not in our data.",
      vi: 'Quyết định quy định chuẩn huyện NTM trước năm 2021, theo đó các huyện của TP được công nhận, không có trong dữ liệu.',
    },
    see: [SEE.history],
  },
  {
    id: 'huyen-ntm-nang-cao',
    vi: 'Huyện đạt chuẩn NTM nâng cao',
    en: 'Advanced NTM district',
    standard: 'district-ntm-nc',
    explanation: {
      en: "A district that meets the advanced district criteria, recognised by the Prime Minister. Ho Chi Minh City's set for 2021–2025, linked to urbanisation, requires at least 50% of the district's communes to meet the advanced commune standard linked to urbanisation, every township to meet the civilised urban standard ([[văn minh đô thị]]), at least 95% of residents to be satisfied (at least 85% in each commune), and the criteria of the national set. No source shows any of the city's districts recognised before the district level ended on 1 July 2025.",
      vi: 'Huyện đạt các tiêu chí huyện NTM nâng cao, do Thủ tướng Chính phủ công nhận. Bộ tiêu chí gắn với đô thị hóa 2021–2025 của TP.HCM đòi hỏi ít nhất 50% số xã trong huyện đạt chuẩn xã NTM nâng cao gắn với đô thị hóa; 100% thị trấn đạt chuẩn văn minh đô thị; ít nhất 95% người dân hài lòng (mỗi xã ít nhất 85%); và đạt các tiêu chí của bộ quốc gia. Chưa nguồn nào cho thấy huyện nào của TP được công nhận trước khi cấp huyện chấm dứt ngày 01/07/2025.',
    },
    decisions: ['qd-320-ttg-2022', 'qd-2475-ubnd-2023'],
    see: [SEE.targets],
  },
  {
    id: 'hoan-thanh-nhiem-vu',
    vi: 'Hoàn thành nhiệm vụ xây dựng nông thôn mới',
    en: 'NTM task completed',
    standard: 'province-completed',
    explanation: {
      en: 'A province or centrally governed city that has "completed the task of building new rural areas", recognised by the Prime Minister. For 2021–2025 the national rule sets 8 criteria, one of them at least 20% of the province\'s districts reaching advanced NTM. No source names Ho Chi Minh City as recognised. For 2026–2030 the conditions are in Annex III of QĐ 51/2025/QĐ-TTg, whose text has not been read.',
      vi: 'Tỉnh, thành phố trực thuộc trung ương được Thủ tướng Chính phủ công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới. Giai đoạn 2021–2025, quy định quốc gia gồm 8 tiêu chí, trong đó có ít nhất 20% số huyện đạt chuẩn NTM nâng cao. Chưa nguồn nào nêu TP.HCM được công nhận. Giai đoạn 2026–2030, điều kiện nằm ở Phụ lục III của QĐ 51/2025/QĐ-TTg, chưa đọc được.',
    },
    decisions: ['qd-321-ttg-2022', 'qd-51-ttg-2025'],
    see: [SEE.targets],
  },
  {
    id: 'bo-tieu-chi',
    vi: 'Bộ tiêu chí',
    en: 'Criteria set',
    explanation: {
      en: "A set of criteria ([[tiêu chí]]), each measured by indicators ([[chỉ tiêu]]), that a commune, district or province must meet to reach a standard. The Prime Minister issues the national sets and the City People's Committee the city's own, each in a decision ([[quyết định]], QĐ). From 2026 the national set has the NTM commune and a pilot modern NTM commune ([[xã NTM hiện đại]]) instead of the advanced and model levels of 2021–2025.",
      vi: 'Tập hợp các tiêu chí, mỗi tiêu chí đo bằng các chỉ tiêu, mà xã, huyện hay tỉnh phải đạt để đạt một chuẩn. Thủ tướng Chính phủ ban hành các bộ tiêu chí quốc gia, UBND TP ban hành bộ tiêu chí riêng của TP, mỗi bộ bằng một quyết định (QĐ). Từ năm 2026, bộ tiêu chí quốc gia có xã NTM và thí điểm xã NTM hiện đại, thay cho các mức nâng cao và kiểu mẫu của giai đoạn 2021–2025.',
    },
    decisions: [],
    related: ['qd-51-ttg-2025'],
    missing: {
      en: 'No single decision defines the term: each criteria set is its own decision, listed on the criteria page.',
      vi: 'Không có một quyết định riêng định nghĩa thuật ngữ này: mỗi bộ tiêu chí là một quyết định, liệt kê ở trang Bộ tiêu chí.',
    },
    see: [SEE.criteria, SEE.after],
  },
  {
    id: 'phong-trao-thi-dua',
    vi: 'Phong trào thi đua "chung sức xây dựng nông thôn mới"',
    en: 'Emulation movement',
    explanation: {
      en: 'An emulation movement ([[phong trào thi đua]]) runs alongside the programme. The national movement for 2021–2025 is "[[Cả nước chung sức xây dựng nông thôn mới]]" ("the whole country joins forces to build new rural areas"); Ho Chi Minh City\'s is "[[Cả Thành phố chung sức xây dựng nông thôn mới gắn với đô thị hóa trên địa bàn vùng nông thôn Thành phố Hồ Chí Minh]]", carried out under a plan of the City People\'s Committee of 2022.',
      vi: 'Phong trào thi đua gắn với chương trình. Phong trào cả nước giai đoạn 2021–2025 là "Cả nước chung sức xây dựng nông thôn mới"; phong trào của TP.HCM là "Cả Thành phố chung sức xây dựng nông thôn mới gắn với đô thị hóa trên địa bàn vùng nông thôn Thành phố Hồ Chí Minh", thực hiện theo kế hoạch năm 2022 của UBND TP.',
    },
    decisions: ['qd-587-ttg-2022', 'kh-3165-ubnd-2022'],
    see: [SEE.targets],
  },
  {
    id: 'xa',
    vi: 'Xã',
    en: 'Commune',
    explanation: {
      en: "A [[xã]] is a rural commune, the lowest level of local government. This site follows the communes of the city's former rural districts as they were before 1 July 2025. On that date they were reorganised into new, larger communes (a few parts went into wards, [[phường]]); the reorganisation page shows what each former commune became.",
      vi: 'Xã là đơn vị hành chính cấp thấp nhất ở nông thôn. Trang theo dõi các xã của các huyện ngoại thành cũ, theo địa giới trước ngày 01/07/2025. Từ ngày này, các xã được sắp xếp thành các xã mới lớn hơn (một vài phần vào phường); trang Sắp xếp 2025 cho biết mỗi xã cũ trở thành đơn vị nào.',
    },
    decisions: ['nq-1685-ubtvqh15-2025'],
    see: [SEE.reorg],
  },
  {
    id: 'thi-tran',
    vi: 'Thị trấn',
    en: 'Township',
    explanation: {
      en: "A township ([[thị trấn]]) is a town within a rural district, at the same level as a commune (for example Củ Chi township, Tân Túc township). Townships were not part of the commune-level NTM programme; under the city's advanced district set for 2021–2025 they are assessed against the civilised urban standard ([[văn minh đô thị]]) instead. They were reorganised with the communes on 1 July 2025.",
      vi: 'Thị trấn là đơn vị hành chính cùng cấp với xã trong một huyện (ví dụ thị trấn Củ Chi, thị trấn Tân Túc). Thị trấn không thuộc chương trình NTM cấp xã; theo bộ tiêu chí huyện NTM nâng cao 2021–2025 của TP, thị trấn được đánh giá theo chuẩn văn minh đô thị. Các thị trấn được sắp xếp cùng các xã từ ngày 01/07/2025.',
    },
    decisions: ['nq-1685-ubtvqh15-2025'],
    see: [SEE.reorg],
  },
  {
    id: 'huyen',
    vi: 'Huyện',
    en: 'District',
    explanation: {
      en: "A [[huyện]] is a rural district, the level between the city and its communes. The city's rural districts were Củ Chi, Hóc Môn, Bình Chánh, Nhà Bè and Cần Giờ. From 1 July 2025 local government has two levels (province and commune) and there are no districts, so no district standard can be recognised after that date.",
      vi: 'Huyện là cấp hành chính giữa thành phố và xã. Các huyện ngoại thành của TP là Củ Chi, Hóc Môn, Bình Chánh, Nhà Bè và Cần Giờ. Từ ngày 01/07/2025, chính quyền địa phương có hai cấp (tỉnh, xã), không còn huyện, nên không huyện nào có thể được công nhận thêm một chuẩn cấp huyện sau mốc này.',
    },
    decisions: ['nq-1685-ubtvqh15-2025'],
    missing: {
      en: 'The law that moved local government to two levels, cited as a basis by NQ 1685/NQ-UBTVQH15 (the Law on the Organisation of Local Government, No. 72/2025/QH15), is not itself in our data.',
      vi: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15 (chính quyền địa phương hai cấp), được NQ 1685/NQ-UBTVQH15 nêu làm căn cứ, không có trong dữ liệu.',
    },
    see: [SEE.reorg, SEE.after],
  },
  {
    id: 'ocop',
    vi: 'Sản phẩm OCOP',
    en: 'OCOP product',
    explanation: {
      en: "OCOP products are local products rated with stars; the sources we cite count the city's OCOP products with 3 and 4 stars.",
      vi: 'Sản phẩm OCOP là sản phẩm địa phương được đánh giá, xếp hạng sao; các nguồn trang dẫn đếm số sản phẩm OCOP 3 sao và 4 sao của TP.',
    },
    decisions: [],
    related: ['hoanhap-ocop-2023-06'],
    missing: {
      en: 'The decision that set up the OCOP programme, and what the acronym stands for, are not in our data.',
      vi: 'Quyết định thành lập chương trình OCOP không có trong dữ liệu.',
    },
  },
];

/** An explanation split into plain text and Vietnamese phrases (the [[…]] parts). */
export function segments(text: string): { text: string; vi: boolean }[] {
  return text
    .split(/\[\[(.+?)\]\]/)
    .map((t, i) => ({ text: t, vi: i % 2 === 1 }))
    .filter((s) => s.text !== '');
}

/** The explanation as plain text, marks removed (for descriptions and search). */
export const plain = (text: string): string => text.replace(/\[\[(.+?)\]\]/g, '$1');

const VI_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
/**
 * An English data text split at its double quotes; a quote in Vietnamese (it has Vietnamese
 * letters: "kiểu mẫu") is marked vi, so pages can give it lang="vi". Quote marks are kept.
 */
export function quotes(text: string): { text: string; vi: boolean }[] {
  return text
    .split(/("[^"]+")/)
    .filter((p) => p !== '')
    .map((p) => ({ text: p, vi: p.startsWith('"') && VI_LETTERS.test(p) }));
}
