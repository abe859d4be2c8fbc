// Each Vietnamese reader page and its English twin. Paths are translated (/muc-tieu/ ↔
// /en/targets/); slugs of units, stories and figures stay as they are. Pure.
import type { Lang } from './lang.ts';
import { langOfPath } from './lang.ts';

/** Vietnamese prefix → English prefix. Longest first, so /so-lieu/api/ wins over /so-lieu/. */
const PREFIXES: ReadonlyArray<readonly [string, string]> = (
  [
    ['/mo-hinh/huyen/', '/en/stories/district/'],
    ['/mo-hinh/loai/', '/en/stories/type/'],
    ['/so-lieu/api/', '/en/data/api/'],
    ['/giai-doan-2026-2030/', '/en/2026-2030/'],
    ['/sap-xep-2025/', '/en/reorganisation-2025/'],
    ['/chua-cong-bo/', '/en/open-questions/'],
    ['/phuong-phap/', '/en/methodology/'],
    ['/thuat-ngu/', '/en/glossary/'],
    ['/muc-tieu/', '/en/targets/'],
    ['/lich-su/', '/en/history/'],
    ['/tieu-chi/', '/en/criteria/'],
    ['/tim-kiem/', '/en/search/'],
    ['/mo-hinh/', '/en/stories/'],
    ['/so-lieu/', '/en/data/'],
    ['/ban-do/', '/en/map/'],
    ['/huyen/', '/en/districts/'],
    ['/nguon/', '/en/sources/'],
    ['/nhung/', '/en/embed/'],
    ['/xa/', '/en/communes/'],
    ['/404/', '/en/404/'],
    ['/', '/en/'],
  ] as Array<readonly [string, string]>
).sort((a, b) => b[0].length - a[0].length);
const BY_EN = [...PREFIXES].sort((a, b) => b[1].length - a[1].length);

// Pages that exist once: the root 404 file and the English one are twins by name.
const normal = (path: string) => (path.endsWith('/') || /\.[a-z]+$/.test(path) ? path : `${path}/`);

/** The English path of a Vietnamese page ("/xa/tan-thong-hoi/" → "/en/communes/tan-thong-hoi/"). */
export function toEnglish(viPath: string): string {
  const p = normal(viPath);
  const hit = PREFIXES.find(([vi]) => p.startsWith(vi));
  return hit ? hit[1] + p.slice(hit[0].length) : p;
}

/** The Vietnamese path of an English page. */
export function toVietnamese(enPath: string): string {
  const p = normal(enPath);
  const hit = BY_EN.find(([, en]) => p.startsWith(en));
  return hit ? hit[0] + p.slice(hit[1].length) : p;
}

/** A page's twin in the other edition. */
export const twinOf = (path: string): string =>
  langOfPath(path) === 'en' ? toVietnamese(path) : toEnglish(path);

/** Where a Vietnamese path lives in an edition: links in shared components are written once, in Vietnamese. */
export const localHref = (lang: Lang, viPath: string): string => {
  if (lang === 'vi') return viPath;
  const [path, hash] = viPath.split('#') as [string, string | undefined];
  return toEnglish(path) + (hash !== undefined ? `#${hash}` : '');
};
