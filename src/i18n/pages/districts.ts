// The list of districts and communes, in each edition (src/views/DistrictList.astro).
import { formatNumber } from '../../lib/format.ts';
import type { Lang } from '../lang.ts';

export interface DistrictListText {
  title: string;
  description: (districts: number, locals: number) => string;
  lead: string;
  /** A town or an urbanised commune, by its kind label. */
  notInProgramme: (kind: string) => string;
}

export const DISTRICT_LIST_TEXT = {
  vi: {
    title: 'Huyện và xã',
    // The real data's five districts are written as a word, as at the start of a sentence.
    description: (districts, locals) =>
      `${districts === 5 ? 'Năm' : formatNumber(districts)} huyện ngoại thành cũ và ${formatNumber(locals)} xã, thị trấn: trạng thái nông thôn mới của từng đơn vị.`,
    lead: 'Các đơn vị hành chính theo địa giới trước ngày 01/07/2025. Chọn một huyện hoặc một xã để xem các mốc đạt chuẩn, quyết định và nguồn.',
    notInProgramme: (kind) => `${kind} không thuộc chương trình`,
  },
  en: {
    title: 'Districts and communes',
    description: (districts, locals) =>
      `The ${formatNumber(districts, 1, 'en')} former suburban districts and their ${formatNumber(locals, 1, 'en')} communes and townships: where each unit stands in the New Rural Development programme.`,
    lead: 'Administrative units within their boundaries before 1 July 2025. Choose a district or a commune to see which standards it met and when, the decisions and the sources.',
    notInProgramme: (kind) => `${kind} not in the programme`,
  },
} satisfies Record<Lang, DistrictListText>;
