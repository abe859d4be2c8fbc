// UI labels for the data's codes, Vietnamese (the exports below) and English (LABELS.en, same
// keys, checked by the compiler). Imported by pages and charts; the English edition's test reads
// the Vietnamese values from here to prove none is left on an English page.
import type { Lang } from '../i18n/lang.ts';
import {
  VALUE_UNITS,
  type NoDataTopic,
  type Standard,
  type TargetStandard,
  type ValueUnit,
} from './schema/tables.ts';

/** Short labels for legends, tables and ladders. */
export const STANDARD_SHORT: Record<Standard, string> = {
  ntm: 'Đạt chuẩn NTM',
  'ntm-nc-2016': 'NTM nâng cao (bộ TP 2016–2020)',
  'ntm-nc-2021': 'NTM nâng cao (2021–2025)',
  'ntm-km-2021': 'NTM kiểu mẫu (2021–2025)',
  'district-ntm': 'Huyện đạt chuẩn NTM',
  'district-ntm-nc': 'Huyện NTM nâng cao',
  'province-completed': 'Hoàn thành nhiệm vụ xây dựng NTM',
};

/** Short labels for the standards a target may name, those units are tracked on included. */
export const TARGET_STANDARD_SHORT: Record<TargetStandard, string> = {
  ...STANDARD_SHORT,
  'ntm-nc': 'NTM nâng cao (nguồn không nêu bộ tiêu chí)',
  'ntm-km': 'NTM kiểu mẫu (nguồn không nêu bộ tiêu chí)',
  'ntm-smart': 'Xã NTM thông minh',
  'district-ntm-km': 'Huyện NTM kiểu mẫu',
  'district-ntm-smart': 'Huyện NTM thông minh',
};

export const EVENT_LABEL: Record<string, string> = {
  recognized: 'được công nhận',
  'criteria-met': 'đạt đủ tiêu chí (nguồn không nêu quyết định công nhận)',
  'not-yet': 'chưa đạt',
};

export const STATUS_LABEL = {
  met: 'Đã đạt',
  'not-met': 'Chưa đạt',
  'no-data': 'Chưa có số liệu công bố',
} as const;

export const UNIT_STATUS_LABEL = {
  reached: 'đã đạt',
  'not-reached': 'chưa đạt',
  unknown: 'chưa có số liệu công bố',
} as const;

export const KIND_LABEL: Record<string, string> = {
  city: 'Thành phố',
  district: 'Huyện',
  commune: 'Xã',
  town: 'Thị trấn',
  ward: 'Phường',
  'special-zone': 'Đặc khu',
};

export const PILOT_LABEL: Record<string, string> = {
  none: '',
  'national-2009': 'Xã thí điểm của Trung ương (2009), 1 trong 11 xã cả nước',
  'city-2010': 'Xã thí điểm của Thành phố (2010)',
};

export const METRIC_LABEL: Record<string, string> = {
  'units-reached': 'Số đơn vị đạt chuẩn',
  'units-criteria-met-all': 'Số xã đạt đủ tiêu chí',
  'units-partial-criteria': 'Số xã đạt một phần tiêu chí',
  'criteria-average': 'Số tiêu chí bình quân mỗi xã',
  'income-per-capita': 'Thu nhập bình quân đầu người',
  'income-ratio-to-urban': 'Thu nhập nông thôn so với thành thị',
  'poor-households': 'Số hộ nghèo',
  'poverty-rate': 'Tỷ lệ hộ nghèo',
  'near-poor-households': 'Số hộ cận nghèo',
  'near-poor-rate': 'Tỷ lệ hộ cận nghèo',
  'ocop-products': 'Sản phẩm OCOP',
  population: 'Dân số',
  area: 'Diện tích',
  'funds-mobilised': 'Vốn huy động',
};

/** Suffix after a value: the unit's name from the schema; counts and shares need none. */
export const UNIT_SUFFIX: Record<ValueUnit, string> = { ...VALUE_UNITS, count: '', share: '' };

export const QUALIFIER_PREFIX: Record<string, string> = {
  exact: '',
  approx: 'khoảng ',
  'more-than': 'hơn ',
  'at-least': 'ít nhất ',
  'less-than': 'dưới ',
};

/** What a "Chưa có số liệu công bố" is about, for the open-questions page. */
export const NO_DATA_TOPIC_LABEL: Record<NoDataTopic, string> = {
  'status-ntm': 'năm, quyết định công nhận xã đạt chuẩn NTM',
  'status-ntm-nc-2016': 'xã đạt NTM nâng cao theo bộ tiêu chí TP 2016–2020',
  'status-ntm-nc-2021': 'xã đạt NTM nâng cao gắn với đô thị hóa (2021–2025)',
  'status-ntm-km-2021': 'xã đạt NTM kiểu mẫu (2021–2025)',
  'status-district-ntm': 'quyết định công nhận huyện đạt chuẩn NTM',
  'status-district-ntm-nc': 'huyện đạt NTM nâng cao',
  'status-province-completed': 'thành phố hoàn thành nhiệm vụ xây dựng NTM',
  'decision-numbers': 'số, ngày của các quyết định',
  indicators: 'thu nhập, hộ nghèo và các chỉ số của từng đơn vị',
  'criteria-count': 'số tiêu chí của các bộ tiêu chí',
  'plan-targets': 'mục tiêu định lượng và kết quả của kế hoạch',
  'after-2025': 'chương trình ở TP.HCM mới sau 01/07/2025',
};

const VI = {
  standardShort: STANDARD_SHORT,
  targetStandardShort: TARGET_STANDARD_SHORT,
  event: EVENT_LABEL,
  status: STATUS_LABEL as Record<keyof typeof STATUS_LABEL, string>,
  unitStatus: UNIT_STATUS_LABEL as Record<keyof typeof UNIT_STATUS_LABEL, string>,
  kind: KIND_LABEL,
  pilot: PILOT_LABEL,
  metric: METRIC_LABEL,
  unitSuffix: UNIT_SUFFIX,
  qualifierPrefix: QUALIFIER_PREFIX,
  noDataTopic: NO_DATA_TOPIC_LABEL,
};
export type Labels = typeof VI;

const EN_STANDARD_SHORT: Record<Standard, string> = {
  ntm: 'NTM standard',
  'ntm-nc-2016': 'Advanced NTM (city set 2016–2020)',
  'ntm-nc-2021': 'Advanced NTM (2021–2025)',
  'ntm-km-2021': 'Model NTM (2021–2025)',
  'district-ntm': 'NTM district',
  'district-ntm-nc': 'Advanced NTM district',
  'province-completed': 'NTM task completed',
};

const EN: Labels = {
  standardShort: EN_STANDARD_SHORT,
  targetStandardShort: {
    ...EN_STANDARD_SHORT,
    'ntm-nc': 'Advanced NTM (criteria set not named by the source)',
    'ntm-km': 'Model NTM (criteria set not named by the source)',
    'ntm-smart': 'Smart NTM commune',
    'district-ntm-km': 'Model NTM district',
    'district-ntm-smart': 'Smart NTM district',
  },
  event: {
    recognized: 'recognised',
    'criteria-met': 'met all criteria (the source names no recognition decision)',
    'not-yet': 'not yet met',
  },
  status: { met: 'Met', 'not-met': 'Not met', 'no-data': 'No published data' },
  unitStatus: { reached: 'reached', 'not-reached': 'not reached', unknown: 'no published data' },
  kind: {
    city: 'City',
    district: 'District',
    commune: 'Commune',
    town: 'Township',
    ward: 'Ward',
    'special-zone': 'Special zone',
  },
  pilot: {
    none: '',
    'national-2009': 'National pilot commune (2009), one of 11 in the country',
    'city-2010': 'City pilot commune (2010)',
  },
  metric: {
    'units-reached': 'Units meeting the standard',
    'units-criteria-met-all': 'Communes meeting all criteria',
    'units-partial-criteria': 'Communes meeting some criteria',
    'criteria-average': 'Average criteria met per commune',
    'income-per-capita': 'Income per person',
    'income-ratio-to-urban': 'Rural income relative to urban',
    'poor-households': 'Poor households',
    'poverty-rate': 'Poverty rate',
    'near-poor-households': 'Near-poor households',
    'near-poor-rate': 'Near-poor rate',
    'ocop-products': 'OCOP products',
    population: 'Population',
    area: 'Area',
    'funds-mobilised': 'Funds mobilised',
  },
  unitSuffix: {
    count: '',
    share: '',
    'million-vnd-per-person-year': 'million VND per person per year',
    'million-vnd-per-month': 'million VND per month',
    households: 'households',
    people: 'people',
    hectares: 'ha',
    'billion-vnd': 'billion VND',
    criteria: 'criteria',
  },
  qualifierPrefix: {
    exact: '',
    approx: 'about ',
    'more-than': 'more than ',
    'at-least': 'at least ',
    'less-than': 'under ',
  },
  noDataTopic: {
    'status-ntm': 'the year and decision recognising a commune as meeting the NTM standard',
    'status-ntm-nc-2016': 'communes reaching advanced NTM under the city set 2016–2020',
    'status-ntm-nc-2021': 'communes reaching advanced NTM linked to urbanisation (2021–2025)',
    'status-ntm-km-2021': 'communes reaching model NTM (2021–2025)',
    'status-district-ntm': 'the decisions recognising districts as meeting the NTM standard',
    'status-district-ntm-nc': 'districts reaching advanced NTM',
    'status-province-completed': "the city's recognition as having completed the NTM task",
    'decision-numbers': 'numbers and dates of the decisions',
    indicators: 'income, poor households and other indicators of each unit',
    'criteria-count': 'the number of criteria in each criteria set',
    'plan-targets': "the plan's quantified targets and results",
    'after-2025': 'the programme in the new Ho Chi Minh City after 1 July 2025',
  },
};

export const LABELS: Record<Lang, Labels> = { vi: VI, en: EN };
/** The labels of an edition. */
export const labels = (lang: Lang): Labels => LABELS[lang];
