// Citations for one published figure: its title, a ready-to-paste sentence, APA and BibTeX,
// in Vietnamese or English. Pure; the fact pages, embeds and share images all use it.
import type { Lang } from '../i18n/lang.ts';
import { formatFigureValue, type FigureRef } from './figures.ts';
import { formatDate } from './format.ts';
import { LABELS } from './labels.ts';
import { inSentenceEn } from './targets.ts';
import type { SourceOut } from './stats/types.ts';

export const SITE_NAME = 'NTM TP.HCM';

export interface CiteContext {
  /** Name of the figure's scope with its kind, e.g. "Huyện Củ Chi"; "cả nước" for VN (in the citation's language). */
  scopeName: string;
  source: SourceOut;
  /** Dataset release date (YYYY-MM-DD): the version cited. */
  release: string;
  /** Absolute URL of the figure's page. */
  permalink: string;
}

/** What the figure counts or measures, as a noun phrase starting with a capital. */
export function figureWhat(f: Pick<FigureRef, 'metric' | 'standard'>, lang: Lang = 'vi'): string {
  const l = LABELS[lang];
  if (f.metric !== 'units-reached') return l.metric[f.metric] ?? f.metric;
  const district = f.standard?.startsWith('district') ?? false;
  if (lang === 'en') {
    if (f.standard === null)
      return 'Communes reaching advanced NTM (criteria set not named by the source)';
    if (f.standard === 'province-completed') return 'NTM task completed';
    const what = inSentenceEn(l.standardShort[f.standard].replace(/ district$/, ''));
    return `${district ? 'Districts' : 'Communes'} reaching ${what}`;
  }
  if (f.standard === null) return 'Số xã đạt NTM nâng cao (nguồn không nêu bộ tiêu chí)';
  if (f.standard === 'province-completed') return 'Hoàn thành nhiệm vụ xây dựng NTM';
  const what = l.standardShort[f.standard].replace(/^Huyện /, '').replace(/^[Đđ]ạt /, '');
  return `Số ${district ? 'huyện' : 'xã'} đạt ${what}`;
}

/** "Huyện Củ Chi" → "huyện Củ Chi" inside a sentence; proper names keep their capitals. */
export function inSentence(name: string): string {
  return /^(Huyện|Xã|Thị trấn|Thành phố|Phường) /.test(name)
    ? name.charAt(0).toLowerCase() + name.slice(1)
    : name;
}

export function figureTitle(f: FigureRef, scopeName: string, lang: Lang = 'vi'): string {
  return lang === 'en'
    ? `${figureWhat(f, 'en')}, ${scopeName}, as of ${formatDate(f.asOf, 'en')}`
    : `${figureWhat(f)}, ${scopeName}, tính đến ${formatDate(f.asOf)}`;
}

// Titles stay in the language they were published in; English citations mark them so.
function sourceLabel(s: SourceOut, lang: Lang = 'vi'): string {
  const extra = [s.decisionNumber, s.publishedOn ? formatDate(s.publishedOn, lang) : null]
    .filter(Boolean)
    .join(', ');
  const inVi = lang === 'en' && s.language === 'vi' ? ', in Vietnamese' : '';
  return `${s.title} (${s.publisher}${extra ? `, ${extra}` : ''}${inVi})`;
}

/** "Theo <nguồn>, tính đến <ngày>, <cái gì> của <đâu> là <giá trị>."; English: "According to …, as of …, … in … was …." */
export function citationSentence(f: FigureRef, c: CiteContext, lang: Lang = 'vi'): string {
  if (lang === 'en') {
    const what = figureWhat(f, 'en');
    return `According to ${sourceLabel(c.source, 'en')}, as of ${formatDate(f.asOf, 'en')}, the figure for ${what.charAt(0).toLowerCase()}${what.slice(1)} in ${c.scopeName} was ${formatFigureValue(f, 'en')}.`;
  }
  const what = figureWhat(f);
  const scope = c.scopeName === 'cả nước' ? 'cả nước' : inSentence(c.scopeName);
  return `Theo ${sourceLabel(c.source)}, tính đến ${formatDate(f.asOf)}, ${what.charAt(0).toLowerCase()}${what.slice(1)} của ${scope} là ${formatFigureValue(f)}.`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** APA's date: "2026, 28 tháng 11", "2026, November 28". */
const releaseDate = (iso: string, lang: Lang) => {
  const [y, m, d] = iso.split('-');
  return lang === 'en'
    ? `${y}, ${MONTHS[Number(m) - 1]} ${Number(d)}`
    : `${y}, ${Number(d)} tháng ${Number(m)}`;
};

/** APA 7 for the figure as a data set of this site, naming the original source. */
export function apaCitation(f: FigureRef, c: CiteContext, lang: Lang = 'vi'): string {
  if (lang === 'en')
    return `${SITE_NAME}. (${releaseDate(c.release, 'en')}). ${figureTitle(f, c.scopeName, 'en')}: ${formatFigureValue(f, 'en')} [Data set, version ${c.release}]. Original source: ${sourceLabel(c.source, 'en')}. ${c.permalink}`;
  return `${SITE_NAME}. (${releaseDate(c.release, 'vi')}). ${figureTitle(f, c.scopeName)}: ${formatFigureValue(f)} [Bộ dữ liệu, phiên bản ${c.release}]. Nguồn gốc: ${sourceLabel(c.source)}. ${c.permalink}`;
}

/** APA 7 for the original document. */
export function sourceApa(s: SourceOut, lang: Lang = 'vi'): string {
  const year = s.publishedOn
    ? s.publishedOn.slice(0, 4)
    : lang === 'en'
      ? 'n.d.'
      : 'không ghi ngày';
  const inVi = lang === 'en' && s.language === 'vi' ? ' [in Vietnamese]' : '';
  return `${s.publisher}. (${year}). ${s.title}${s.decisionNumber ? ` (${s.decisionNumber})` : ''}${inVi}.${s.url ? ` ${s.url}` : ''}`;
}

export const bibEscape = (s: string) => s.replace(/([{}%&#_$])/g, '\\$1');

export function bibtexCitation(f: FigureRef, c: CiteContext, lang: Lang = 'vi'): string {
  const key = `ntmtphcm_${f.id.replace(/[^a-z0-9]+/gi, '_')}`;
  return [
    `@misc{${key},`,
    `  author = {{${SITE_NAME}}},`,
    `  title = {{${bibEscape(`${figureTitle(f, c.scopeName, lang)}: ${formatFigureValue(f, lang)}`)}}},`,
    `  year = {${c.release.slice(0, 4)}},`,
    `  version = {${c.release}},`,
    `  howpublished = {\\url{${c.permalink}}},`,
    `  note = {${bibEscape(`${lang === 'en' ? 'Original source' : 'Nguồn gốc'}: ${sourceLabel(c.source, lang)}`)}${c.source.url ? `, \\url{${c.source.url}}` : ''}},`,
    ...(lang === 'en' ? ['  language = {english},'] : []),
    `  urldate = {${c.release}}`,
    '}',
  ].join('\n');
}

/** The iframe snippet offered on the fact card. */
export function embedSnippet(embedUrl: string, title: string): string {
  return `<iframe src="${embedUrl}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="240" loading="lazy"></iframe>`;
}
