// An open question's texts in an edition: /chua-cong-bo/ prints the data's Vietnamese; the
// English edition prints its English text, with quoted Vietnamese marked, or, where no English
// is written yet, the Vietnamese marked as such. Pure.
import { quotes } from '../../i18n/glossary.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { Stats } from '../stats/types.ts';

type OpenQuestion = Stats['reference']['openQuestions'][number];
export type QuestionField = 'question' | 'searched' | 'nearest' | 'wanted' | 'note';

export interface QuestionText {
  /** The text in runs; a run marked vi is Vietnamese inside the English edition. */
  parts: { text: string; vi: boolean }[];
  /** No English text yet: the Vietnamese is shown instead. */
  fallback: boolean;
}

export function questionText(q: OpenQuestion, key: QuestionField, lang: Lang): QuestionText {
  const vi = q[key] ?? '';
  if (lang === 'vi') return { parts: [{ text: vi, vi: false }], fallback: false };
  const en = q.en[key];
  return en !== null
    ? { parts: quotes(en), fallback: false }
    : { parts: [{ text: vi, vi: true }], fallback: true };
}
