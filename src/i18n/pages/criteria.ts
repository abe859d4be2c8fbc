// The criteria sets page's words in each edition (src/views/Criteria.astro). Decision numbers and
// titles stay as published, in Vietnamese.
import type { Lang } from '../lang.ts';
import { localHref } from '../routes.ts';
import { markup, type Html } from './html.ts';

export interface CriteriaText {
  title: string;
  description: string;
  heading: string;
  lead: Html;
  tableLabel: string;
  caption: string;
  columns: {
    decision: string;
    content: string;
    level: string;
    period: string;
    criteria: string;
    source: string;
  };
  /** What a criteria set applies to (criteria_sets.csv "level"). */
  level: Record<string, string>;
  /** Who issued it (criteria_sets.csv "issuer"); an empty string where the edition has no name for it. */
  issuer: (code: string) => string;
  noDate: string;
  standards: string;
  amends: string;
}

// The Vietnamese edition has names for two issuers only; the others show none, as before.
const ISSUER_VI: Record<string, string> = {
  qh: 'Quốc hội',
  cp: 'Chính phủ',
  ttg: 'Thủ tướng Chính phủ',
  'ubnd-tphcm': 'UBND TP.HCM',
};
const ISSUER_EN: Record<string, string> = {
  qh: 'National Assembly',
  cp: 'Government',
  ttg: 'Prime Minister',
  'ubnd-tphcm': "HCMC People's Committee",
};

export const CRITERIA_TEXT: Record<Lang, CriteriaText> = {
  vi: {
    title: 'Bộ tiêu chí',
    description:
      'Các quyết định quy định chuẩn nông thôn mới, nâng cao, kiểu mẫu cho xã, huyện và tỉnh, 2009–2025.',
    heading: 'Bộ tiêu chí nông thôn mới, nâng cao và kiểu mẫu',
    lead: markup`Mỗi chuẩn do một quyết định quy định. Chuẩn "nâng cao" của TP giai đoạn 2016–2020 và chuẩn "nâng cao gắn với đô thị hóa" 2021–2025 là hai bộ tiêu chí khác nhau.`,
    tableLabel: 'bộ tiêu chí và quyết định',
    caption: 'Bộ tiêu chí và quyết định chương trình, theo ngày ban hành',
    columns: {
      decision: 'Quyết định',
      content: 'Nội dung',
      level: 'Cấp',
      period: 'Giai đoạn',
      criteria: 'Số tiêu chí',
      source: 'Nguồn, ghi chú',
    },
    level: {
      commune: 'Xã',
      district: 'Huyện',
      province: 'Tỉnh/thành phố',
      programme: 'Chương trình',
    },
    issuer: (code) => ISSUER_VI[code] ?? code,
    noDate: ', chưa rõ ngày ký',
    standards: 'Chuẩn',
    amends: 'Sửa đổi',
  },
  en: {
    title: 'Criteria sets',
    description:
      'The decisions that set the NTM, advanced and model standards for communes, districts and provinces, 2009–2025, with their numbers as published.',
    heading: 'Criteria sets for the NTM, advanced and model standards',
    lead: markup`Each standard is set by a decision. The city's "advanced" standard of 2016–2020 and the "advanced, linked to urbanisation" standard of 2021–2025 are two different criteria sets. Decision numbers and titles are given as published, in Vietnamese; the <a href="${localHref('en', '/thuat-ngu/')}">glossary</a> explains each standard in English.`,
    tableLabel: 'criteria sets and decisions',
    caption: 'Criteria sets and programme decisions, by date of issue',
    columns: {
      decision: 'Decision',
      content: 'Content',
      level: 'Level',
      period: 'Period',
      criteria: 'Criteria',
      source: 'Source, notes',
    },
    level: {
      commune: 'Commune',
      district: 'District',
      province: 'Province or city',
      programme: 'Programme',
    },
    issuer: (code) => ISSUER_EN[code] ?? code,
    noDate: ', date of signature not known',
    standards: 'Standards',
    amends: 'Amends',
  },
};
