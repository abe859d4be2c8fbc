// The 404 page's words in each edition (src/views/NotFound.astro).
import type { Lang } from '../lang.ts';

/** A link by the Vietnamese path it leads to, in the page's edition. */
type Link = readonly [viPath: string, label: string];

export interface NotFoundText {
  title: string;
  noPage: string;
  /** Before the example commune address. */
  example: string;
  /** After the example address: the commune's name, where the address does not say it. */
  exampleEnd: (name: string) => string;
  allUnits: string;
  /** The list's links after the districts. */
  links: readonly Link[];
  /** A line for readers of the other edition, in its language, ending in a link to its overview. */
  otherEdition: { lang: Lang; text: string; link: string } | null;
}

export const NOT_FOUND_TEXT = {
  vi: {
    title: 'Không tìm thấy trang',
    noPage: 'Địa chỉ này không có trên trang.',
    example: ' Các trang xã dùng tên không dấu, ví dụ ',
    exampleEnd: () => '.',
    allUnits: 'Danh sách huyện và xã',
    links: [['/nguon/', 'Danh mục nguồn']],
    otherEdition: {
      lang: 'en',
      text: 'Page not found. For the English edition, go to the ',
      link: 'English overview',
    },
  },
  en: {
    title: 'Page not found',
    noPage: 'There is no page at this address.',
    example: ' Commune pages use the name without diacritics, for example ',
    exampleEnd: (name) => ` (${name}).`,
    allUnits: 'All districts and communes',
    links: [
      ['/nguon/', 'Sources'],
      ['/thuat-ngu/', 'Glossary of Vietnamese terms'],
    ],
    otherEdition: null,
  },
} satisfies Record<Lang, NotFoundText>;
