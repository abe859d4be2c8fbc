// The words around the glossary (/thuat-ngu/, /en/glossary/): src/views/Glossary.astro. The terms
// themselves are in src/i18n/glossary.ts.
import type { Lang } from '../lang.ts';
import { markup, type Html } from './html.ts';

export interface GlossaryPageText {
  title: string;
  description: string;
  heading: string;
  lead: Html;
  navLabel: string;
  /** The other edition's language, before a term's name in it. */
  otherName: string;
  definedBy: string;
  related: string;
  see: string;
}

export const GLOSSARY_PAGE_TEXT = {
  vi: {
    title: 'Thuật ngữ',
    description:
      'Các chuẩn nông thôn mới (NTM, nâng cao, kiểu mẫu, huyện NTM, hoàn thành nhiệm vụ) và các thuật ngữ của chương trình, tên tiếng Anh và quyết định quy định từng chuẩn.',
    heading: 'Thuật ngữ nông thôn mới',
    lead: markup`Mỗi chuẩn và thuật ngữ của chương trình: nghĩa, tên tiếng Anh mà bản tiếng Anh của trang dùng, và quyết định quy định nó. Khi quyết định đó không có trong dữ liệu, trang ghi rõ như vậy.`,
    navLabel: 'Các thuật ngữ',
    otherName: 'Tiếng Anh',
    definedBy: 'Quyết định quy định:',
    related: 'Liên quan:',
    see: 'Xem:',
  },
  en: {
    title: 'Glossary',
    description:
      "The standards of Viet Nam's New Rural Development programme (NTM, advanced, model, NTM district, task completed) and its other terms, with their Vietnamese names and the decisions that define them.",
    heading: 'Glossary of New Rural Development (NTM) terms',
    lead: markup`Each standard and term of the programme: what it means, its Vietnamese name as the sources write it, and the decision that defines it. Where that decision is not in our data, the entry says so. Decision numbers are given as published (QĐ = <span lang="vi">quyết định</span>, decision; TTg = the Prime Minister; UBND = a People's Committee).`,
    navLabel: 'Terms',
    otherName: 'Vietnamese',
    definedBy: 'Defined by:',
    related: 'Related:',
    see: 'See:',
  },
} satisfies Record<Lang, GlossaryPageText>;
