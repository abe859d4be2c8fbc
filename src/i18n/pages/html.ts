// Inline HTML in the per-page text modules: prose whose links, emphasis and lang="vi" words sit
// inside the sentence, so a translation can move them. Views render it with set:html. Pure.

/** Trusted inline HTML, written only through `markup`. */
export type Html = string & { readonly __html: unique symbol };

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&#39;',
  '"': '&quot;',
};
/** Escaped as Astro escapes an expression's text, so a value prints the same either way. */
export const escapeHtml = (value: string | number): string =>
  String(value).replace(/[&<>'"]/g, (c) => ENTITY[c] ?? c);

/** The literal parts are markup as written; interpolated values are escaped text. */
export const markup = (parts: TemplateStringsArray, ...values: (string | number)[]): Html =>
  parts.reduce((out, part, i) => out + escapeHtml(values[i - 1] ?? '') + part) as Html;
