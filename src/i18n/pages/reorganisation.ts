// The words of the 2025 reorganisation page (/sap-xep-2025/, /en/reorganisation-2025/):
// src/views/Reorganisation.astro.
import type { Lang } from '../lang.ts';

/** One of the two tables: its section heading, its scroll box's name and its caption. */
interface TableText<Column extends string> {
  heading: string;
  table: string;
  caption: string;
  columns: Record<Column, string>;
}

export interface ReorganisationText {
  title: string;
  description: string;
  heading: string;
  /** The lead, before the crosswalk's sources; `former` is the count of former units, formatted. */
  lead: (former: string) => string;
  toNew: TableText<'former' | 'district' | 'becameUnit'> & { clause: (clause: number) => string };
  toFormer: TableText<'newUnit' | 'kind' | 'parts'>;
  /** After a unit taken in only in part. */
  part: string;
  note: string;
}

export const REORGANISATION_TEXT = {
  vi: {
    title: 'Sắp xếp đơn vị hành chính 2025',
    description:
      'Xã, thị trấn cũ của 5 huyện ngoại thành và xã, phường mới từ 01/07/2025, tra cứu hai chiều.',
    heading: 'Sắp xếp đơn vị hành chính từ 01/07/2025',
    lead: (former) =>
      `Từ 01/07/2025 không còn cấp huyện; ${former} xã, thị trấn cũ của 5 huyện ngoại thành được sắp xếp thành các xã (và một phần vào phường) mới. Số liệu trên trang này giữ theo đơn vị cũ.`,
    toNew: {
      heading: 'Từ đơn vị cũ sang đơn vị mới',
      table: 'xã cũ sang đơn vị mới',
      caption: 'Mỗi xã, thị trấn cũ và đơn vị mới nhận nó',
      columns: {
        former: 'Đơn vị cũ (mã)',
        district: 'Huyện cũ',
        becameUnit: 'Đơn vị mới từ 01/07/2025',
      },
      clause: (clause) => ` — khoản ${clause}`,
    },
    toFormer: {
      heading: 'Từ đơn vị mới về đơn vị cũ',
      table: 'đơn vị mới và các xã cũ',
      caption: 'Mỗi xã, phường mới và các đơn vị cũ (thuộc 5 huyện) đã nhập vào',
      columns: { newUnit: 'Đơn vị mới (mã)', kind: 'Loại', parts: 'Gồm đơn vị cũ' },
    },
    part: ' (một phần)',
    note: 'Đơn vị mới có thể nhận thêm phần của các phường cũ ngoài 5 huyện; bảng này chỉ liệt kê phần từ 63 xã, thị trấn cũ.',
  },
  en: {
    title: 'The 2025 reorganisation of administrative units',
    description:
      'The former communes and townships of the 5 rural districts and the new communes and wards from 1 July 2025, looked up both ways.',
    heading: 'The reorganisation of administrative units from 1 July 2025',
    lead: (former) =>
      `From 1 July 2025 there is no district level; the ${former} former communes and townships of the 5 rural districts were reorganised into new communes (and, in part, wards). The figures on this site stay with the former units. New units are named as in the resolution, in Vietnamese.`,
    toNew: {
      heading: 'From former units to new units',
      table: 'former communes to new units',
      caption: 'Each former commune or township and the new unit that took it in',
      columns: {
        former: 'Former unit (code)',
        district: 'Former district',
        becameUnit: 'New unit from 1 July 2025',
      },
      clause: (clause) => ` — clause ${clause}`,
    },
    toFormer: {
      heading: 'From new units back to former units',
      table: 'new units and their former communes',
      caption: 'Each new commune or ward and the former units (of the 5 districts) merged into it',
      columns: { newUnit: 'New unit (code)', kind: 'Kind', parts: 'Made up of former units' },
    },
    part: ' (part)',
    note: 'A new unit may also have taken in parts of former wards outside the 5 districts; this table lists only the parts that came from the 63 former communes and townships.',
  },
} satisfies Record<Lang, ReorganisationText>;
