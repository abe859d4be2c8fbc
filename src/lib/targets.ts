// How targets read on the pages: one sentence per target, from its row, in either edition. Pure.
import type { Lang } from '../i18n/lang.ts';
import { formatDate, formatNumber, formatShare } from './format.ts';
import { LABELS } from './labels.ts';
import type { Progress } from './stats/types.ts';

type TargetLike = Pick<
  Progress,
  'standard' | 'target' | 'targetCount' | 'targetDenominator' | 'comparator' | 'deadline' | 'scope'
>;

/** A standard's English label inside a sentence: "model NTM (2021–2025)", "the NTM standard". */
export const inSentenceEn = (label: string): string =>
  label
    .replace(/^NTM standard$/, 'the NTM standard')
    .replace(/^(Advanced|Model|Smart) /, (m) => m.toLowerCase());

const isDistrictTarget = (p: Pick<Progress, 'standard'>) => p.standard.startsWith('district-');
/** A target for one commune (administrative codes: city 2 digits, district 3, commune 5 or more). */
const isOneUnitTarget = (p: Pick<Progress, 'scope'>) => /^\d{5,}$/.test(p.scope);

/** "xã" or "huyện" ("communes", "districts"): what a target counts. */
export const countedNoun = (p: Pick<Progress, 'standard'>, lang: Lang = 'vi'): string =>
  lang === 'en'
    ? isDistrictTarget(p)
      ? 'districts'
      : 'communes'
    : isDistrictTarget(p)
      ? 'huyện'
      : 'xã';

/** "ít nhất 2/20 xã đạt NTM kiểu mẫu (2021–2025)", "at least 50% of communes reach …". */
export function targetText(p: TargetLike, lang: Lang = 'vi'): string {
  const n = (x: number) => formatNumber(x, 1, lang);
  const noun = countedNoun(p, lang);
  if (lang === 'en') {
    if (p.standard === 'province-completed')
      return 'recognised by the Prime Minister as having completed the NTM task';
    const cmp = p.comparator === 'at-least' ? 'at least' : 'about';
    // "districts reach advanced NTM", not "districts reach Advanced NTM district".
    const what = inSentenceEn(
      LABELS.en.targetStandardShort[p.standard].replace(/ (district|commune)\b/, ''),
    );
    if (isOneUnitTarget(p) && p.target === 1) return `reach ${what}`;
    if (p.targetCount !== null && p.targetDenominator !== null)
      return `${cmp} ${n(p.targetCount)} of ${n(p.targetDenominator)} ${noun} reach ${what}`;
    if (p.targetCount !== null) return `${n(p.targetCount)} ${noun} reach ${what}`;
    if (p.target === 1 && p.comparator === 'at-least') return `100% of ${noun} reach ${what}`;
    return `${cmp} ${p.target === null ? '?' : formatShare(p.target, 1, lang)} of ${noun} reach ${what}`;
  }
  if (p.standard === 'province-completed')
    return 'được Thủ tướng công nhận hoàn thành nhiệm vụ xây dựng NTM';
  const cmp = p.comparator === 'at-least' ? 'ít nhất' : 'khoảng';
  // "số huyện đạt NTM nâng cao", not "số huyện đạt Huyện NTM nâng cao".
  const what = LABELS.vi.targetStandardShort[p.standard]
    .replace(/^(Huyện|Xã) /, '')
    .replace(/^(đ|Đ)ạt chuẩn /, 'chuẩn ');
  if (isOneUnitTarget(p) && p.target === 1) return `đạt ${what}`;
  if (p.targetCount !== null && p.targetDenominator !== null)
    return `${cmp} ${n(p.targetCount)}/${n(p.targetDenominator)} ${noun} đạt ${what}`;
  if (p.targetCount !== null) return `${n(p.targetCount)} ${noun} đạt ${what}`;
  if (p.target === 1 && p.comparator === 'at-least') return `100% số ${noun} đạt ${what}`;
  return `${cmp} ${p.target === null ? '?' : formatShare(p.target, 1, lang)} số ${noun} đạt ${what}`;
}

/** ", hạn 12/2025" (", due Dec 2025"), or what is said when the source gives no date. */
export const deadlineText = (p: Pick<Progress, 'deadline'>, lang: Lang = 'vi'): string =>
  lang === 'en'
    ? p.deadline
      ? `, due ${formatDate(p.deadline, 'en')}`
      : ', no deadline given by the source'
    : p.deadline
      ? `, hạn ${formatDate(p.deadline)}`
      : ', nguồn không ghi hạn';

/** Statements of one goal agree when they ask for the same thing. */
export function sameTarget(a: TargetLike, b: TargetLike): boolean {
  return (
    a.standard === b.standard &&
    a.target === b.target &&
    a.targetCount === b.targetCount &&
    a.comparator === b.comparator &&
    a.scope === b.scope
  );
}

/** The statement that speaks for agreeing ones: the most precise deadline ("12/2025" over "2025"), then the id. */
export const leadStatement = <T extends Pick<Progress, 'deadline' | 'id'>>(
  statements: readonly T[],
): T =>
  [...statements].sort(
    (a, b) => (b.deadline ?? '').length - (a.deadline ?? '').length || a.id.localeCompare(b.id),
  )[0]!;

/** The year a target is due ("2024"), for grouping; null without a deadline. */
export const dueYear = (p: Pick<Progress, 'deadline'>): string | null =>
  p.deadline?.slice(0, 4) ?? null;
