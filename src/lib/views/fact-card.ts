// The fact cards' and embeds' routes and what both editions share (src/views/FactCard.astro,
// src/views/Embed.astro): each edition's route calls the same getStaticPaths.
import type { Lang } from '../../i18n/lang.ts';
import { factCard } from '../facts.ts';
import type { FigureRef } from '../figures.ts';
import { isOtherScope } from '../schema/tables.ts';
import { reference, unit } from '../site-data.ts';

/** /so-lieu/<id>/, /nhung/<id>/ and their English twins: every published figure. */
export const figurePaths = () =>
  reference.figures.map((f) => ({ params: { id: f.id }, props: { f } }));
export type FigureRouteProps = ReturnType<typeof figurePaths>[number]['props'];
/** A fact card's or an embed's props: the figure and the edition. */
export type FigureViewProps = FigureRouteProps & { lang: Lang };

/**
 * The page's title. factCard's pageTitle uses the unit's Vietnamese short name, "TP. Hồ Chí Minh"
 * for the city; in English the usual short form keeps long titles under 100 characters.
 */
function figurePageTitle(f: FigureRef, pageTitle: string, lang: Lang): string {
  const u = isOtherScope(f.scope) ? null : unit(f.scope);
  return lang === 'en' && u?.kind === 'city' ? pageTitle.replace(u.shortName, 'HCMC') : pageTitle;
}

/**
 * The lang attribute of a source's title and publisher: the English edition marks every source's
 * language ('vi' or 'en'); the Vietnamese edition marks none.
 */
const sourceLangAttr = (language: string, lang: Lang): 'vi' | 'en' | undefined =>
  lang === 'en' ? (language === 'vi' ? 'vi' : 'en') : undefined;

/** What a fact card and its embed show of a figure in an edition. */
export function figureView(f: FigureRef, site: URL | undefined, lang: Lang) {
  const card = factCard(f, site ?? new URL('http://localhost/'), lang);
  return {
    card,
    source: card.source,
    title: figurePageTitle(f, card.pageTitle, lang),
    docLang: sourceLangAttr(card.source.language, lang),
  };
}
