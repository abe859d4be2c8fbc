// How a unit reached a standard, in words, with the two dates kept apart: the year of the
// standard ("đạt chuẩn năm 2020") and the date of the decision that recognised it ("công nhận
// theo QĐ 511/QĐ-TTg ngày 31/03/2021"); a date known only from a later report is "chậm nhất".
// Pure; one wording for the ladders, the history and the overview, in both editions.
import type { Lang } from '../i18n/lang.ts';
import { formatDate } from './format.ts';

export interface ReachedWhen {
  event: string | null;
  /** The year of the standard, as the decision or the source states it. */
  year: number | null;
  /** The date of a report that says it was reached by then (the latest possible date). */
  asOf: string | null;
  decisionNumber: string | null;
  decidedOn: string | null;
}

export function reachedText(r: ReachedWhen, lang: Lang = 'vi'): string {
  const en = lang === 'en';
  const parts: string[] = [];
  const criteriaOnly = r.event === 'criteria-met';
  if (r.year !== null)
    parts.push(
      en
        ? criteriaOnly
          ? `met all criteria in ${r.year}`
          : `met the standard for ${r.year}`
        : criteriaOnly
          ? `đạt đủ tiêu chí năm ${r.year}`
          : `đạt chuẩn năm ${r.year}`,
    );
  else if (r.asOf !== null && r.decidedOn === null) {
    const by = formatDate(r.asOf, lang);
    parts.push(
      en
        ? `${criteriaOnly ? 'met all criteria' : 'met it'} by ${by} at the latest`
        : `${criteriaOnly ? 'đạt đủ tiêu chí' : 'đã đạt'}, chậm nhất ${formatDate(r.asOf)}`,
    );
  }
  if (r.decisionNumber !== null || r.decidedOn !== null) {
    const num = r.decisionNumber ?? '';
    const day = r.decidedOn ? formatDate(r.decidedOn, lang) : null;
    parts.push(
      en
        ? `recognised by ${num ? `Decision ${num}` : 'a decision'}${day ? ` of ${day}` : ' (date not found)'}`
        : `công nhận theo ${num ? `QĐ ${num}` : 'quyết định'}${day ? ` ngày ${day}` : ' (chưa rõ ngày)'}`,
    );
  } else if (criteriaOnly)
    parts.push(
      en ? 'the source names no recognition decision' : 'nguồn không nêu quyết định công nhận',
    );
  else if (r.event === 'recognized' && r.year !== null)
    parts.push(
      en
        ? "recognised (the decision's number and date were not found)"
        : 'được công nhận (chưa tìm thấy số và ngày quyết định)',
    );
  else if (r.event === 'recognized' && r.asOf !== null)
    parts.push(en ? 'recognised' : 'đã được công nhận');
  return parts.join(', ');
}

/** Sort key for a history: the standard's year, then the decision or report date, unknown dates last. */
export function reachedSortKey(r: ReachedWhen): string {
  const year = r.year ?? Number((r.decidedOn ?? r.asOf ?? '9999').slice(0, 4));
  return `${year} ${r.decidedOn ?? r.asOf ?? '9999'}`;
}
