// What /nguon/ and /en/sources/ say each source is cited by: a link to the place on the site and
// a label a reader understands (what the figure or statement is, never its internal id).
import type { Lang } from '../../i18n/lang.ts';
import { otherScopeName, unitName } from '../../i18n/names.ts';
import { localHref } from '../../i18n/routes.ts';
import { figureWhat } from '../cite.ts';
import { formatDate } from '../format.ts';
import { LABELS } from '../labels.ts';
import { unitHref } from '../pages.ts';
import { isOtherScope } from '../schema/tables.ts';
import { findFigure, findRecognition, findUnit, reference, unit } from '../site-data.ts';

export interface CitedBy {
  href: string;
  label: string;
  /** Set where the label is in the other edition's language (an open question not yet translated). */
  labelLang?: Lang;
}

const scopeName = (scope: string, lang: Lang): string => {
  if (isOtherScope(scope)) return otherScopeName(scope, lang);
  const u = findUnit(scope);
  return u ? unitName(u, lang) : scope;
};

/** Where on the site a cited item lives, and what it is in words. */
export function citedBy(item: string, lang: Lang): CitedBy {
  const en = lang === 'en';
  const l = LABELS[lang];
  const at = (viPath: string) => localHref(lang, viPath);
  if (item.startsWith('f-')) {
    const f = findFigure(item)!;
    const u = findUnit(f.scope);
    const href = isOtherScope(f.scope)
      ? at(`/muc-tieu/#${item}`)
      : u?.kind === 'city'
        ? at(`/#moc-${item}`)
        : u
          ? `${unitHref(u, lang)}#${item}`
          : at('/');
    return {
      href: u?.kind === 'city' && f.metric !== 'units-reached' ? at(`/nguon/#${f.sourceId}`) : href,
      label: `${figureWhat(f, lang)}, ${scopeName(f.scope, lang)}, ${formatDate(f.asOf, lang)}`,
    };
  }
  if (item.startsWith('r-')) {
    const r = findRecognition(item)!;
    const u = unit(r.unitCode);
    return {
      href: `${u.kind === 'city' ? at('/muc-tieu/') : unitHref(u, lang)}#${u.code}-${r.standard}`,
      label: `${unitName(u, lang)}: ${l.standardShort[r.standard]}`,
    };
  }
  if (item.startsWith('t-')) {
    const t = reference.targets.find((x) => x.id === item)!;
    const when = t.deadline
      ? en
        ? `, by ${formatDate(t.deadline, lang)}`
        : `, hạn ${formatDate(t.deadline)}`
      : '';
    return {
      href: at(`/muc-tieu/#${t.tier === 'step' ? 'bang-' : ''}progress-${item}`),
      label: `${en ? 'Target' : 'Mục tiêu'} (${scopeName(t.scope, lang)}${when}): ${l.targetStandardShort[t.standard]}`,
    };
  }
  if (item.startsWith('open-')) {
    const q = reference.openQuestions.find((x) => x.id === item.slice(5));
    const text = en ? (q?.en.question ?? null) : (q?.question ?? null);
    return {
      href: at(`/chua-cong-bo/#${item.slice(5)}`),
      label: `${en ? 'Open question' : 'Câu hỏi còn mở'}: ${text ?? q?.question ?? ''}`,
      labelLang: en && text === null ? 'vi' : undefined,
    };
  }
  if (item.startsWith('unit-')) {
    const u = unit(item.slice(5));
    return { href: unitHref(u, lang), label: unitName(u, lang) };
  }
  if (item.startsWith('crosswalk-')) {
    const old = findUnit(item.slice(10));
    return {
      href: at(`/sap-xep-2025/#cu-${item.slice(10)}`),
      label: `${en ? 'Reorganisation' : 'Sắp xếp 2025'}: ${old ? unitName(old, lang) : item.slice(10)}`,
    };
  }
  const c = reference.criteriaSets.find((x) => x.id === item);
  return {
    href: at(`/tieu-chi/#${item}`),
    label: c
      ? `${en ? 'Decision' : 'Quyết định'} ${c.decisionNumber}`
      : en
        ? 'Criteria set'
        : 'Bộ tiêu chí',
  };
}
