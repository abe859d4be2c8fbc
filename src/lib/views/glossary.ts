// The decisions a glossary term cites, looked up in the data: a criteria set (linked to its row
// on the criteria page) or a source. A decision the dataset does not hold (a synthetic one, say)
// is left out rather than invented.
import type { Lang } from '../../i18n/lang.ts';
import { localHref } from '../../i18n/routes.ts';
import { reference } from '../site-data.ts';

export interface GlossaryDecision {
  number: string | null;
  title: string;
  titleLang: string;
  date: string | null;
  href: string;
  sourceId: string;
}

function decision(id: string, lang: Lang): GlossaryDecision | undefined {
  const c = reference.criteriaSets.find((x) => x.id === id);
  if (c)
    return {
      number: c.decisionNumber,
      title: c.title,
      titleLang: 'vi',
      date: c.decidedOn,
      href: localHref(lang, `/tieu-chi/#${c.id}`),
      sourceId: c.sourceId,
    };
  const s = reference.sources.find((x) => x.id === id);
  return (
    s && {
      number: s.decisionNumber,
      title: s.title,
      titleLang: s.language,
      date: s.publishedOn,
      href: localHref(lang, `/nguon/#${s.id}`),
      sourceId: s.id,
    }
  );
}

/** The decisions with these ids that the data holds, in order. */
export const glossaryDecisions = (ids: readonly string[], lang: Lang): GlossaryDecision[] =>
  ids.map((id) => decision(id, lang)).filter((d): d is GlossaryDecision => d !== undefined);
