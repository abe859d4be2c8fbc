// How targets read on the pages: one sentence per target, from its row. Pure.
import { formatDate, formatNumber, formatShare } from './format.ts';
import { TARGET_STANDARD_SHORT } from './labels.ts';
import type { Progress } from './stats/types.ts';

type TargetLike = Pick<Progress, 'standard' | 'target' | 'targetCount' | 'targetDenominator' | 'comparator' | 'deadline' | 'scope'>;

/** "xã" or "huyện": what a target counts. */
export const countedNoun = (p: Pick<Progress, 'standard'>): string => (p.standard.startsWith('district-') ? 'huyện' : 'xã');

/** "ít nhất 2/20 xã đạt NTM kiểu mẫu (2021–2025)", "ít nhất 50% số xã …", "được Thủ tướng công nhận hoàn thành". */
export function targetText(p: TargetLike): string {
  if (p.standard === 'province-completed') return 'được Thủ tướng công nhận hoàn thành nhiệm vụ xây dựng NTM';
  const cmp = p.comparator === 'at-least' ? 'ít nhất' : 'khoảng';
  const noun = countedNoun(p);
  // "số huyện đạt NTM nâng cao", not "số huyện đạt Huyện NTM nâng cao".
  const what = TARGET_STANDARD_SHORT[p.standard].replace(/^(Huyện|Xã) /, '').replace(/^(đ|Đ)ạt chuẩn /, 'chuẩn ');
  if (p.targetCount !== null && p.targetDenominator !== null) return `${cmp} ${formatNumber(p.targetCount)}/${formatNumber(p.targetDenominator)} ${noun} đạt ${what}`;
  if (p.targetCount !== null) return `${formatNumber(p.targetCount)} ${noun} đạt ${what}`;
  if (p.target === 1 && p.comparator === 'at-least') return `100% số ${noun} đạt ${what}`;
  return `${cmp} ${formatShare(p.target ?? 0)} số ${noun} đạt ${what}`;
}

/** ", hạn 12/2025", or "" when the source gives no date. */
export const deadlineText = (p: Pick<Progress, 'deadline'>): string => (p.deadline ? `, hạn ${formatDate(p.deadline)}` : ', nguồn không ghi hạn');

/** Statements of one goal agree when they ask for the same thing. */
export function sameTarget(a: TargetLike, b: TargetLike): boolean {
  return a.standard === b.standard && a.target === b.target && a.targetCount === b.targetCount && a.comparator === b.comparator && a.scope === b.scope;
}

/** The year a target is due ("2024"), for grouping; null without a deadline. */
export const dueYear = (p: Pick<Progress, 'deadline'>): string | null => p.deadline?.slice(0, 4) ?? null;
