// The commune page's words in each edition (src/views/Commune.astro).
import { formatNumber } from '../../lib/format.ts';
import type { Lang } from '../lang.ts';

/** Degrees with three decimals, the edition's decimal mark. */
const degrees = (x: number, lang: Lang) => {
  const s = x.toFixed(3);
  return lang === 'vi' ? s.replace('.', ',') : s;
};

export interface CommuneText {
  searchType: { commune: 'Xã' | 'Commune'; town: 'Thị trấn' | 'Township' };
  description: (name: string) => string;
  highestKnown: string;
  programme: string;
  notInProgramme: string;
  /** Before the official Vietnamese name; null where the page already uses it. */
  officialName: string | null;
  /** Before the district's name: "Xã thuộc", "A commune of". */
  kindOf: (kind: string) => string;
  boundaries: string;
  notInCommuneProgramme: string;
  /** The locator map's title; `of` says which grid: one district's or the whole. */
  mapTitle: (name: string, of: string) => string;
  ofDistrict: (name: string) => string;
  ofDistricts: (count: number) => string;
  /** The locator's caption around its link to the map. */
  locator: readonly [before: string, link: string, after: string];
  inTheProgramme: string;
  yes: string;
  no: string;
  pilot: string;
  became: string;
  and: string;
  inPart: string;
  code: string;
  reorganisation: string;
  location: string;
  point: (lat: number, lon: number) => string;
  milestones: string;
  indicators: string;
  figuresCaption: (name: string) => string;
  /** After "no published data". */
  noIndicators: (name: string) => string;
}

export const COMMUNE_TEXT = {
  vi: {
    searchType: { commune: 'Xã', town: 'Thị trấn' },
    description: (name) =>
      `${name}: các mốc nông thôn mới, quyết định, nguồn; đơn vị mới từ 01/07/2025.`,
    highestKnown: 'Chuẩn cao nhất đã biết',
    programme: 'Chương trình nông thôn mới',
    notInProgramme: 'Không thuộc chương trình',
    officialName: null,
    kindOf: (kind) => `${kind} thuộc`,
    boundaries: '(địa giới trước 01/07/2025)',
    notInCommuneProgramme: 'Không thuộc chương trình nông thôn mới cấp xã.',
    mapTitle: (name, of) => `Vị trí của ${name} (ô viền đậm) trên lưới ô các xã ${of}`,
    ofDistrict: (name) => `của ${name}`,
    ofDistricts: (count) => `của ${formatNumber(count)} huyện`,
    locator: ['Vị trí trên ', 'lưới ô các xã', ' (viền đậm).'],
    inTheProgramme: 'Thuộc chương trình NTM',
    yes: 'Có',
    no: 'Không',
    pilot: 'Thí điểm',
    became: 'Từ 01/07/2025 thuộc',
    and: ' và ',
    inPart: ' (một phần)',
    code: 'mã',
    reorganisation: 'Bảng sắp xếp 2025',
    location: 'Vị trí gần đúng',
    point: (lat, lon) =>
      `${degrees(lat, 'vi')}° B, ${degrees(lon, 'vi')}° Đ (điểm tham chiếu gần đúng, không phải ranh giới hay tâm hành chính).`,
    milestones: 'Các mốc đạt chuẩn',
    indicators: 'Dữ kiện và chỉ số',
    figuresCaption: (name) => `Số liệu đã công bố về ${name}`,
    noIndicators: (name) => `về thu nhập, hộ nghèo hay chỉ số riêng của ${name}.`,
  },
  en: {
    searchType: { commune: 'Commune', town: 'Township' },
    description: (name) =>
      `${name}: New Rural Development milestones, decisions and sources; the new unit it belongs to from 1 July 2025.`,
    highestKnown: 'Highest standard known',
    programme: 'New Rural Development programme',
    notInProgramme: 'Not in the programme',
    officialName: 'Official name:',
    kindOf: (kind) => `A ${kind.toLowerCase()} of`,
    boundaries: '(boundaries before 1 July 2025)',
    notInCommuneProgramme: 'Not part of the commune-level New Rural Development programme.',
    mapTitle: (name, of) =>
      `Location of ${name} (tile with a thick outline) on the tile grid of the communes ${of}`,
    ofDistrict: (name) => `of ${name}`,
    ofDistricts: (count) => `of the ${formatNumber(count, 1, 'en')} districts`,
    locator: ['Location on the ', 'tile grid of the communes', ' (thick outline).'],
    inTheProgramme: 'In the NTM programme',
    yes: 'Yes',
    no: 'No',
    pilot: 'Pilot',
    became: 'From 1 July 2025 part of',
    and: ' and ',
    inPart: ' (in part)',
    code: 'code',
    reorganisation: 'The 2025 reorganisation table',
    location: 'Approximate location',
    point: (lat, lon) =>
      `${degrees(lat, 'en')}° N, ${degrees(lon, 'en')}° E (an approximate reference point, not a boundary or an administrative centre).`,
    milestones: 'Standards reached and when',
    indicators: 'Facts and indicators',
    figuresCaption: (name) => `Published figures on ${name}`,
    noIndicators: (name) => `on income, poor households or indicators specific to ${name}.`,
  },
} satisfies Record<Lang, CommuneText>;
