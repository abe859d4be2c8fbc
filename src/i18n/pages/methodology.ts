// The words of the methodology page (/phuong-phap/, /en/methodology/): src/views/Methodology.astro.
// Links inside the prose lead to the same edition; their words come from the shared dictionaries.
import type { Lang } from '../lang.ts';
import { localHref } from '../routes.ts';
import { ui } from '../ui.ts';
import { UNKNOWN_TEXT } from '../../lib/format.ts';
import { labels } from '../../lib/labels.ts';
import { markup, type Html } from './html.ts';

type Verdict = 'agree' | 'incomplete' | 'disagree';

export interface MethodologyText {
  title: string;
  description: string;
  heading: string;
  principles: {
    heading: string;
    sourced: Html;
    noData: Html;
    inference: Html;
    disagree: Html;
  };
  status: { heading: string; states: Html; derived: Html };
  twoAdvanced: { heading: Html; text: (nc2016: string, nc2021: string) => Html };
  consistency: {
    heading: string;
    /** The counts of each verdict, formatted. */
    result: (agree: string, incomplete: string, disagree: string) => string;
    table: string;
    caption: string;
    columns: { figure: string; asOf: string; published: string; computed: string; result: string };
    verdict: Record<Verdict, string>;
  };
  units: { heading: string; text: Html };
  formats: { heading: string; text: (release: string) => Html };
  /** Its heading also names the links to it (#bao-loi) from other pages. */
  report: { heading: string; text: Html };
}

const VI = labels('vi').unitStatus;
const EN = labels('en').unitStatus;

export const METHODOLOGY_TEXT = {
  vi: {
    title: 'Phương pháp',
    description:
      'Cách trang tính số liệu: định nghĩa, quy ước khi chưa có số liệu, hai bộ tiêu chí nâng cao, kiểm tra đối chiếu và cách báo lỗi.',
    heading: 'Phương pháp và lưu ý về số liệu',
    principles: {
      heading: 'Nguyên tắc',
      sourced: markup`Mỗi con số dẫn về một dòng dữ liệu và một nguồn đã công bố (địa chỉ web hoặc số văn bản, kèm ngày). Không có số ước tính hay minh họa.`,
      noData: markup`Khi không nguồn nào công bố một con số, trang ghi "<a href="${localHref('vi', '/chua-cong-bo/')}">${UNKNOWN_TEXT.vi}</a>", không ghi 0 hay 0%, và dẫn đến câu hỏi còn mở tương ứng: đã tìm gì, dữ kiện gần nhất là gì.`,
      inference: markup`Suy luận không phải số liệu: những gì nguồn chỉ nói "có lẽ" được ghi chú, không đưa vào con số.`,
      disagree: markup`Khi hai nguồn ghi khác nhau, trang đặt cả hai cạnh nhau.`,
    },
    status: {
      heading: 'Trạng thái của một xã',
      states: markup`Với mỗi chuẩn và mỗi thời điểm, một xã ở một trong ba trạng thái: <strong>${VI.reached}</strong>, <strong>${VI['not-reached']}</strong> hoặc <strong><a href="${localHref('vi', '/chua-cong-bo/')}">${VI.unknown}</a></strong>. Chỉ các phát biểu của nguồn quyết định trạng thái: năm đạt chuẩn, "đã đạt chậm nhất vào ngày…", hoặc "tính đến ngày…, chưa đạt". Một tỷ lệ chỉ được tính khi không còn xã nào chưa rõ trạng thái; nếu không, trang ghi "ít nhất … , tối đa …".`,
      derived: markup`Khi nguồn chỉ nêu tổng của cả huyện mà tổng đó bao gồm mọi xã (ví dụ "Củ Chi 20/20 xã"), dữ liệu ghi cho từng xã và ghi chú rằng đã suy ra từ số tổng. Cũng vậy khi nguồn nêu tên mọi xã còn lại là chưa đạt: báo cáo 8 tháng đầu năm 2015 ghi 50 xã đã được công nhận và nêu tên 6 xã mới đạt 18/19 tiêu chí, cộng lại đúng 56 xã, nên "Bình Chánh 12/14 xã" và "Cần Giờ 2/6 xã" được ghi cho từng xã còn lại, với ngày "chậm nhất 8/2015". Tổng không nêu tên xã nào và không cho suy ra được chỉ được giữ như số liệu tổng.`,
    },
    twoAdvanced: {
      heading: markup`Hai chuẩn "nâng cao" khác nhau`,
      text: (nc2016, nc2021) =>
        markup`<strong>${nc2016}</strong> và <strong>${nc2021}</strong> là hai bộ tiêu chí khác nhau. Các bài báo năm 2022 và 2024 viết "56/56 xã đạt chuẩn NTM nâng cao" mà không nêu bộ tiêu chí; trang giữ con số này như số liệu tổng, không gán cho bộ 2021–2025. Chưa tìm thấy quyết định công nhận xã nào đạt chuẩn nâng cao hay kiểu mẫu theo bộ tiêu chí 2021–2025 (QĐ 2476/QĐ-UBND năm 2023).`,
    },
    consistency: {
      heading: 'Đối chiếu số liệu tổng với số liệu từng xã',
      result: (agree, incomplete, disagree) =>
        `Mỗi số liệu tổng về số xã đạt chuẩn được so với số tính từ từng xã trong cùng kỳ. Kết quả: ${agree} khớp, ${incomplete} chưa đủ dữ liệu để kết luận, ${disagree} không khớp. Trang không tự chọn bên nào đúng.`,
      table: 'kết quả đối chiếu',
      caption: 'Kết quả đối chiếu',
      columns: {
        figure: 'Số liệu',
        asOf: 'Tính đến',
        published: 'Nguồn công bố',
        computed: 'Tính từ từng xã',
        result: 'Kết quả',
      },
      verdict: { agree: 'khớp', incomplete: 'chưa đủ dữ liệu để kết luận', disagree: 'không khớp' },
    },
    units: {
      heading: 'Đơn vị hành chính',
      text: markup`Số liệu giữ theo 5 huyện và 63 xã, thị trấn trước ngày 01/07/2025. Trang <a href="${localHref('vi', '/sap-xep-2025/')}">${ui('vi').navReorg}</a> cho biết mỗi đơn vị cũ thuộc xã, phường mới nào. Số liệu của TP.HCM mới (sau hợp nhất) không so sánh trực tiếp được với 56 xã cũ. Tọa độ xã là điểm tham chiếu gần đúng, chưa rõ nguồn gốc, không phải ranh giới hay tâm hành chính.`,
    },
    formats: {
      heading: 'Định dạng',
      text: (release) =>
        markup`Số viết theo kiểu Việt Nam (1.234,5), ngày theo ngày/tháng/năm (28/11/2026); khi nguồn chỉ ghi tháng hoặc năm, trang chỉ ghi tháng hoặc năm. Bộ dữ liệu phát hành ngày ${release}.`,
    },
    report: {
      heading: 'Báo lỗi số liệu',
      text: markup`Nếu thấy một con số sai, thiếu nguồn hoặc nguồn mới hơn, hãy gửi: đường dẫn trang (mỗi con số có mã riêng, ví dụ <code>#f-79-ntm-2015-08</code>), con số đúng và nguồn đã công bố (địa chỉ web hoặc số văn bản và ngày). Chúng tôi chỉ sửa khi có nguồn; mọi thay đổi được ghi lại trong lịch sử dữ liệu.`,
    },
  },
  en: {
    title: 'Methodology',
    description:
      'How this site computes its figures: definitions, the convention when no data is published, the two advanced standards, consistency checks and how to report an error.',
    heading: 'Methodology and notes on the figures',
    principles: {
      heading: 'Principles',
      sourced: markup`Every figure leads back to one row of data and one published source (a web address or a document number, with its date). There are no estimates and no illustrative figures.`,
      noData: markup`Where no source has published a figure, the site says "<a href="${localHref('en', '/chua-cong-bo/')}">${UNKNOWN_TEXT.en}</a>", never 0 or 0%, and links to the matching open question: what was searched, and the nearest known fact.`,
      inference: markup`An inference is not a figure: what a source only says "probably" is given as a note and kept out of the figures.`,
      disagree: markup`Where two sources disagree, the site shows both side by side.`,
    },
    status: {
      heading: 'The status of a commune',
      states: markup`For each standard and each point in time, a commune is in one of three states: <strong>${EN.reached}</strong>, <strong>${EN['not-reached']}</strong> or <strong><a href="${localHref('en', '/chua-cong-bo/')}">${EN.unknown}</a></strong>. Only the sources' statements decide the status: the year a standard was reached, "had reached it by…", or "as of…, not yet reached". A share is computed only when no commune's status is unknown; otherwise the site says "at least …, at most …".`,
      derived: markup`Where a source gives only a district's total and that total covers every commune (for example "<span lang="vi">Củ Chi 20/20 xã</span>", 20 of 20 communes in Củ Chi), the data records each commune and notes that this was derived from the total. The same holds where the source names every commune that has not met it: the report for the first 8 months of 2015 counts 50 recognised communes and names the 6 that had met 18 of 19 criteria, 56 in all, so "<span lang="vi">Bình Chánh 12/14 xã</span>" and "<span lang="vi">Cần Giờ 2/6 xã</span>" are recorded for each of the other communes, dated "by Aug 2015 at the latest". A total that names no commune and allows no such step is kept only as a published total.`,
    },
    twoAdvanced: {
      heading: markup`Two different "advanced" standards`,
      text: (nc2016, nc2021) =>
        markup`<strong>${nc2016}</strong> and <strong>${nc2021}</strong> are two different criteria sets. Articles of 2022 and 2024 write "<span lang="vi">56/56 xã đạt chuẩn NTM nâng cao</span>" (56 of 56 communes meet the advanced NTM standard) without naming the criteria set; the site keeps that figure as a published total and does not assign it to the 2021–2025 set. No decision recognising any commune as advanced or model under the 2021–2025 criteria set (QĐ 2476/QĐ-UBND of 2023) has been found. The <a href="${localHref('en', '/thuat-ngu/')}">glossary</a> explains each standard.`,
    },
    consistency: {
      heading: 'Published totals checked against commune-level data',
      result: (agree, incomplete, disagree) =>
        `Every published total of communes meeting a standard is compared with the count computed from each commune for the same date. Result: ${agree} agree, ${incomplete} without enough data to conclude, ${disagree} disagree. The site does not decide which side is right.`,
      table: 'consistency checks',
      caption: 'Consistency checks',
      columns: {
        figure: 'Figure',
        asOf: 'As of',
        published: 'Published by the source',
        computed: 'Computed from each commune',
        result: 'Result',
      },
      verdict: { agree: 'agree', incomplete: 'not enough data to conclude', disagree: 'disagree' },
    },
    units: {
      heading: 'Administrative units',
      text: markup`The figures follow the 5 districts and 63 communes and townships as they were before 1 July 2025. The <a href="${localHref('en', '/sap-xep-2025/')}">${ui('en').navReorg}</a> page shows which new commune or ward each former unit became part of. Figures for the new Ho Chi Minh City (after the merger) cannot be compared directly with the 56 former communes. Commune coordinates are approximate reference points of unknown origin, not boundaries or administrative centres.`,
    },
    formats: {
      heading: 'Formats',
      text: (release) =>
        markup`The English edition writes numbers the English way (1,234.5) and dates as day, month and year (28 Nov 2026); the Vietnamese edition uses <span lang="vi">1.234,5</span> and <span lang="vi">28/11/2026</span>. Where a source gives only a month or a year, so does the site. The dataset was released on ${release}.`,
    },
    report: {
      heading: 'Report an error in the figures',
      text: markup`If you find a figure that is wrong, lacks a source or has a newer source, send: the page address (each figure has its own id, for example <code>#f-79-ntm-2015-08</code>), the correct figure and its published source (a web address, or a document number and date). We correct only from sources, and every change is recorded in the data's history.`,
    },
  },
} satisfies Record<Lang, MethodologyText>;
