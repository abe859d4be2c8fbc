// Each kind of page is written once, as a view in src/views/ that takes the edition; the routes
// of both editions are thin files that render that view. A page whose markup lives in a route,
// or a view that only one edition renders, fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { filesUnder } from '../../scripts/lib/files.ts';

interface Route {
  path: string;
  source: string;
}

const editionOf = (path: string) => (path.startsWith('src/pages/en/') ? 'en' : 'vi');

/** What is wrong with the routes, one sentence each; empty when every page kind exists once. */
export function routeProblems(routes: Route[]): string[] {
  const problems: string[] = [];
  const editions = new Map<string, Set<string>>();
  for (const { path, source } of routes) {
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
    const template = (m?.[2] ?? source).trim();
    const element = /^<([A-Z]\w*)\s+([^<>]*?)\/>$/.exec(template);
    if (!m || !element) {
      problems.push(
        `${path}: the route has markup of its own; move it into a view in src/views/ that takes lang, and render that view here`,
      );
      continue;
    }
    const [, name, attributes] = element as unknown as [string, string, string];
    const from = new RegExp(
      `^import ${name} from '(?:\\.\\./)+views/([\\w-]+)\\.astro';$`,
      'm',
    ).exec(m[1]!);
    if (!from) {
      problems.push(`${path}: <${name}> is not a view imported from src/views/`);
      continue;
    }
    const lang = /(?:^|\s)lang="(vi|en)"/.exec(attributes)?.[1];
    if (lang !== editionOf(path)) {
      problems.push(
        `${path}: renders its view with lang="${lang ?? ''}", not "${editionOf(path)}"`,
      );
      continue;
    }
    const view = from[1]!;
    editions.set(view, (editions.get(view) ?? new Set()).add(lang));
  }
  for (const [view, langs] of editions)
    if (langs.size !== 2)
      problems.push(
        `src/views/${view}.astro is rendered only for ${[...langs].join(', ')}: each page kind has a route in both editions`,
      );
  return problems;
}

describe('one page per kind', () => {
  it('every route in src/pages renders one view, and every view is rendered for both editions', () => {
    const routes = filesUnder('src/pages')
      .filter((p) => p.endsWith('.astro'))
      .map((path) => ({ path, source: readFileSync(path, 'utf8') }));
    assert.ok(routes.length >= 40, `only ${routes.length} routes found`);
    assert.deepEqual(routeProblems(routes), []);
  });

  it('names a route with markup of its own, a wrong edition and a view of one edition only', () => {
    const view = (name: string, lang: string, up = '../') =>
      `---\nimport ${name} from '${up}views/${name}.astro';\n---\n<${name} lang="${lang}" />\n`;
    assert.deepEqual(
      routeProblems([
        { path: 'src/pages/a.astro', source: view('A', 'vi') },
        { path: 'src/pages/en/a.astro', source: view('A', 'en', '../../') },
        { path: 'src/pages/b.astro', source: '---\nconst x = 1;\n---\n<h1>{x}</h1>\n' },
        { path: 'src/pages/c.astro', source: view('C', 'vi') },
        { path: 'src/pages/en/d.astro', source: view('D', 'vi', '../../') },
      ]),
      [
        'src/pages/b.astro: the route has markup of its own; move it into a view in src/views/ that takes lang, and render that view here',
        'src/pages/en/d.astro: renders its view with lang="vi", not "en"',
        'src/views/C.astro is rendered only for vi: each page kind has a route in both editions',
      ],
    );
  });
});
