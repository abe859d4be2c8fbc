// An embed's words in each edition (/nhung/<id>/, /en/embed/<id>/: src/views/Embed.astro).
import type { Lang } from '../lang.ts';

export interface EmbedText {
  asOf: string;
  /** After the source's publisher: its language, where the edition names it. */
  sourceLanguage: (language: string) => string;
  /** The link back to the fact card. */
  more: string;
}

export const EMBED_TEXT = {
  vi: {
    asOf: 'Tính đến',
    sourceLanguage: () => '',
    more: 'NTM TP.HCM: trích dẫn và dữ liệu',
  },
  en: {
    asOf: 'As of',
    sourceLanguage: (language) => (language === 'vi' ? ', in Vietnamese' : ''),
    more: 'NTM TP.HCM: citation and data',
  },
} satisfies Record<Lang, EmbedText>;
