// `npm run check:links [-- dist]`: every href/src in the built site resolves to a file of the
// build, and every #anchor to an id on that page. External links are counted, not fetched.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface LinkProblem {
  page: string;
  link: string;
  problem: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

export function checkLinks(dist: string): {
  problems: LinkProblem[];
  pages: number;
  internal: number;
  external: Set<string>;
} {
  const files = htmlFiles(dist);
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idCache.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      idCache.set(file, set);
    }
    return set;
  };
  const problems: LinkProblem[] = [];
  const external = new Set<string>();
  let internal = 0;
  for (const file of files) {
    const page =
      '/' +
      relative(dist, file)
        .replace(/index\.html$/, '')
        .replace(/\\/g, '/');
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      if (/^(https?:)?\/\//.test(raw)) {
        external.add(raw);
        continue;
      }
      if (/^(mailto:|data:|javascript:)/.test(raw)) continue;
      internal++;
      const [pathAndQuery, hash] = raw.split('#') as [string, string | undefined];
      const path = pathAndQuery.split('?')[0]!;
      const target = path === '' ? file : join(dist, decodeURIComponent(path));
      const targetFile =
        existsSync(target) && statSync(target).isDirectory() ? join(target, 'index.html') : target;
      if (!existsSync(targetFile)) {
        problems.push({ page, link: raw, problem: 'no such file in the build' });
        continue;
      }
      if (hash && targetFile.endsWith('.html') && !ids(targetFile).has(decodeURIComponent(hash))) {
        problems.push({ page, link: raw, problem: `no element with id "${hash}" on that page` });
      }
    }
  }
  return { problems, pages: files.length, internal, external };
}

if (process.argv[1]?.endsWith('check-links.ts')) {
  const dist = process.argv[2] ?? 'dist';
  const r = checkLinks(dist);
  for (const p of r.problems) console.error(`${p.page}: ${p.link} — ${p.problem}`);
  console.log(
    `${r.problems.length ? '✗' : '✓'} ${r.pages} pages, ${r.internal} internal links checked, ${r.problems.length} broken; ${r.external.size} external links listed, not fetched`,
  );
  process.exit(r.problems.length ? 1 : 0);
}
