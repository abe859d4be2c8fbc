// The site's two editions: Vietnamese at the root, English under /en/ (Astro's i18n routing,
// astro.config.mjs). Every reader page has a twin in the other edition: src/i18n/routes.ts.
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'vi';

/** The edition a path belongs to. */
export const langOfPath = (path: string): Lang =>
  path === '/en' || path.startsWith('/en/') ? 'en' : 'vi';

/** From Astro.currentLocale (undefined outside i18n routes, e.g. endpoints). */
export const asLang = (locale: string | undefined): Lang => (locale === 'en' ? 'en' : 'vi');

/** The language switch, written in the language it leads to: the other edition's name and what the link does. */
export const SWITCH_TO: Record<Lang, { name: string; label: string }> = {
  vi: { name: 'Tiếng Việt', label: 'Đọc trang này bằng tiếng Việt' },
  en: { name: 'English', label: 'Read this page in English' },
};
export const OG_LOCALE: Record<Lang, string> = { vi: 'vi_VN', en: 'en_GB' };
/** BCP 47 tags for Intl. */
export const INTL_LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
