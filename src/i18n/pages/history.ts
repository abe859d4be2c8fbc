// The history page's words in each edition (src/views/History.astro).
import type { Lang } from '../lang.ts';
import { localHref } from '../routes.ts';
import { markup, type Html } from './html.ts';

export interface HistoryText {
  title: string;
  description: string;
  heading: string;
  lead: string;
  /** The city, as the timeline names its scope. */
  scopeName: string;
  pilots: string;
  milestones: string;
  /** A milestone known by its year only. */
  year: (year: number) => string;
  districts: string;
  /** After the list of districts. */
  afterDistricts: Html;
}

export const HISTORY_TEXT: Record<Lang, HistoryText> = {
  vi: {
    title: 'Lịch sử 2009–2025',
    description:
      'Số xã đạt từng chuẩn nông thôn mới theo năm, xã thí điểm và các mốc công nhận, 2009–2025.',
    heading: 'Lịch sử 2009–2025: xã thí điểm và các mốc đạt chuẩn',
    lead: 'Từ 1 xã thí điểm của Trung ương năm 2009 đến 5/5 huyện đạt chuẩn. Biểu đồ tách số liệu tính từ từng xã (đường và dải) khỏi số liệu tổng do nguồn công bố (điểm rỗng).',
    scopeName: 'toàn thành phố',
    pilots: 'Xã thí điểm',
    milestones: 'Các mốc đã công bố',
    year: (year) => `Năm ${year}`,
    districts: 'Các huyện',
    afterDistricts: markup``,
  },
  en: {
    title: 'History 2009–2025',
    description:
      'Communes reaching each New Rural Development (NTM) standard by year, the pilot communes and the recognition milestones, 2009–2025.',
    heading: 'History 2009–2025: pilot communes and recognition milestones',
    lead: 'From 1 national pilot commune in 2009 to 5/5 districts meeting the standard. The chart separates figures computed from each commune (lines and bands) from totals published by a source (hollow markers).',
    scopeName: 'Ho Chi Minh City',
    pilots: 'Pilot communes',
    milestones: 'Published milestones',
    year: (year) => `${year}`,
    districts: 'The districts',
    afterDistricts: markup` What each standard means: <a href="${localHref('en', '/thuat-ngu/')}">glossary</a>.`,
  },
};
