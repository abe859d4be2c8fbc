// Vietnamese UI labels for the data's codes. Imported by pages and charts.
import { VALUE_UNITS, type Standard, type ValueUnit } from './schema/tables.ts';

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
