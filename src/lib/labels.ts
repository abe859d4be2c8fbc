// Vietnamese UI labels for the data's codes. Imported by pages and charts.
import { VALUE_UNITS, type NoDataTopic, type Standard, type TargetStandard, type ValueUnit } from './schema/tables.ts';

/** Short labels for legends, tables and ladders. */
export const STANDARD_SHORT: Record<Standard, string> = {
  'ntm': 'Đạt chuẩn NTM',
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
  'population': 'Dân số',
  'area': 'Diện tích',
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
  'indicators': 'thu nhập, hộ nghèo và các chỉ số của từng đơn vị',
  'criteria-count': 'số tiêu chí của các bộ tiêu chí',
  'plan-targets': 'mục tiêu định lượng và kết quả của kế hoạch',
  'after-2025': 'chương trình ở TP.HCM mới sau 01/7/2025',
};
