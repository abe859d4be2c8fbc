// Citations for one published figure: its title, a ready-to-paste Vietnamese sentence,
// APA and BibTeX. Pure; the fact pages, embeds and share images all use it.
import { formatFigureValue, type FigureRef } from './figures.ts';
import { formatDate } from './format.ts';
import { METRIC_LABEL, STANDARD_SHORT } from './labels.ts';
import type { SourceOut } from './stats/types.ts';

export const SITE_NAME = 'NTM TP.HCM';

export interface CiteContext {
  /** Name of the figure's scope with its kind, e.g. "Huyện Củ Chi"; "cả nước" for VN. */
  scopeName: string;
  source: SourceOut;
  /** Dataset release date (YYYY-MM-DD): the version cited. */
  release: string;
  /** Absolute URL of the figure's page. */
  permalink: string;
}

/** What the figure counts or measures, as a noun phrase starting with a capital. */
export function figureWhat(f: Pick<FigureRef, 'metric' | 'standard'>): string {
  if (f.metric !== 'units-reached') return METRIC_LABEL[f.metric] ?? f.metric;
  if (f.standard === null) return 'Số xã đạt NTM nâng cao (nguồn không nêu bộ tiêu chí)';
  if (f.standard === 'province-completed') return 'Hoàn thành nhiệm vụ xây dựng NTM';
  const noun = f.standard.startsWith('district') ? 'huyện' : 'xã';
  const what = STANDARD_SHORT[f.standard].replace(/^Huyện /, '').replace(/^[Đđ]ạt /, '');
  return `Số ${noun} đạt ${what}`;
}

/** "Huyện Củ Chi" → "huyện Củ Chi" inside a sentence; proper names keep their capitals. */
export function inSentence(name: string): string {
  return /^(Huyện|Xã|Thị trấn|Thành phố|Phường) /.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

export function figureTitle(f: FigureRef, scopeName: string): string {
  return `${figureWhat(f)}, ${scopeName}, tính đến ${formatDate(f.asOf)}`;
}

function sourceLabel(s: SourceOut): string {
  const extra = [s.decisionNumber, s.publishedOn ? formatDate(s.publishedOn) : null].filter(Boolean).join(', ');
  return `${s.title} (${s.publisher}${extra ? `, ${extra}` : ''})`;
}

/** "Theo <nguồn>, tính đến <ngày>, <cái gì> của <đâu> là <giá trị>." */
export function citationSentence(f: FigureRef, c: CiteContext): string {
  const what = figureWhat(f);
  const scope = c.scopeName === 'cả nước' ? 'cả nước' : inSentence(c.scopeName);
  return `Theo ${sourceLabel(c.source)}, tính đến ${formatDate(f.asOf)}, ${what.charAt(0).toLowerCase()}${what.slice(1)} của ${scope} là ${formatFigureValue(f)}.`;
}

const releaseDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${y}, ${Number(d)} tháng ${Number(m)}`;
};

/** APA 7 for the figure as a data set of this site, naming the original source. */
export function apaCitation(f: FigureRef, c: CiteContext): string {
  return `${SITE_NAME}. (${releaseDate(c.release)}). ${figureTitle(f, c.scopeName)}: ${formatFigureValue(f)} [Bộ dữ liệu, phiên bản ${c.release}]. Nguồn gốc: ${sourceLabel(c.source)}. ${c.permalink}`;
}

/** APA 7 for the original document. */
export function sourceApa(s: SourceOut): string {
  const year = s.publishedOn ? s.publishedOn.slice(0, 4) : 'không ghi ngày';
  return `${s.publisher}. (${year}). ${s.title}${s.decisionNumber ? ` (${s.decisionNumber})` : ''}.${s.url ? ` ${s.url}` : ''}`;
}

const bib = (s: string) => s.replace(/([{}%&#_$])/g, '\\$1');

export function bibtexCitation(f: FigureRef, c: CiteContext): string {
  const key = `ntmtphcm_${f.id.replace(/[^a-z0-9]+/gi, '_')}`;
  return [
    `@misc{${key},`,
    `  author = {{${SITE_NAME}}},`,
    `  title = {{${bib(`${figureTitle(f, c.scopeName)}: ${formatFigureValue(f)}`)}}},`,
    `  year = {${c.release.slice(0, 4)}},`,
    `  version = {${c.release}},`,
    `  howpublished = {\\url{${c.permalink}}},`,
    `  note = {${bib(`Nguồn gốc: ${sourceLabel(c.source)}`)}${c.source.url ? `, \\url{${c.source.url}}` : ''}},`,
    `  urldate = {${c.release}}`,
    '}',
  ].join('\n');
}

/** The iframe snippet offered on the fact card. */
export function embedSnippet(embedUrl: string, title: string): string {
  return `<iframe src="${embedUrl}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="240" loading="lazy"></iframe>`;
}
