// `npm run check:html [-- dist]`: every built page passes html-validate (rules in
// .htmlvalidate.json, deviations documented in README.md), carries a Content-Security-Policy
// <meta> that allows nothing from another origin, and has no inline event handler.
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface HtmlProblem {
  page: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export function htmlPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlPages(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

/** Problems with a page's CSP: missing, or any source other than 'self', 'none', data: and hashes. */
export function cspProblems(html: string): string[] {
  const metas = [
    ...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi),
  ];
  if (metas.length !== 1)
    return [`expected one Content-Security-Policy <meta>, found ${metas.length}`];
  const firstLoad = html.search(/<script\b|<style\b|<link\b[^>]*rel="stylesheet"/i);
  if (firstLoad !== -1 && html.search(/<meta http-equiv="content-security-policy"/i) > firstLoad) {
    return ['the Content-Security-Policy <meta> must come before any script, style or stylesheet'];
  }
  const policy = metas[0]![1]!.replace(/&#39;/g, "'");
  const problems: string[] = [];
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values] as const;
      }),
  );
  if (directives.get('default-src')?.join(' ') !== "'none'")
    problems.push(`default-src must be 'none', is "${directives.get('default-src')?.join(' ')}"`);
  for (const [name, values] of directives) {
    for (const v of values) {
      const allowed =
        ["'self'", "'none'", "'wasm-unsafe-eval'", 'data:'].includes(v) ||
        /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(v);
      if (!allowed) problems.push(`${name} allows "${v}"`);
    }
  }
  return problems;
}

/** Attributes like onclick="…": they need 'unsafe-inline' and break under the CSP. */
export function inlineHandlers(html: string): string[] {
  const noScripts = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  return [...noScripts.matchAll(/<[a-z][^>]*?\s(on[a-z]+)\s*=/gi)].map((m) => m[1]!);
}

/** Every page of a build, or only `only` (paths relative to dist, e.g. the pages a change touches). */
export async function checkHtml(
  dist: string,
  only?: string[],
): Promise<{ pages: number; problems: HtmlProblem[] }> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: HtmlProblem[] = [];
  const wanted = only ? new Set(only) : null;
  const pages = htmlPages(dist)
    .filter((f) => !wanted || wanted.has(relative(dist, f)))
    .sort();
  for (const file of pages) {
    const page = relative(dist, file);
    const report = await validator.validateFile(file);
    for (const r of report.results) {
      for (const m of r.messages)
        problems.push({ page, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
    }
    const html = readFileSync(file, 'utf8');
    for (const message of cspProblems(html))
      problems.push({ page, line: 1, column: 1, rule: 'csp', message });
    for (const h of inlineHandlers(html))
      problems.push({
        page,
        line: 1,
        column: 1,
        rule: 'no-inline-handler',
        message: `inline event handler ${h}=; attach listeners in a module script`,
      });
  }
  return { pages: pages.length, problems };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv[2] ?? 'dist';
  const { pages, problems } = await checkHtml(dist);
  for (const p of problems)
    console.error(`${join(dist, p.page)}:${p.line}:${p.column}: ${p.message} (${p.rule})`);
  console.log(
    `${problems.length === 0 ? '✓' : '✗'} ${pages} pages checked: ${problems.length} problems (html-validate, CSP, inline handlers)`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
}
