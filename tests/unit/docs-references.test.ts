// Every command and path the docs name exists (issue 30 §2): an `npm run <x>` in a code span or a
// code block is a script of package.json (or npm's own command), and a repository path in a code
// span or a link is in the tree, with the heading its #anchor names. A moved file or a renamed
// script then fails here instead of sending a newcomer to nothing.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const scripts = Object.keys(
  (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: object }).scripts,
);

/**
 * Paths that exist only after `npm ci`, a build or a test run, never in a fresh clone. A doc may
 * name them; what is under them is not checked.
 */
const GENERATED = [
  'dist/', // npm run build
  'src/generated/', // npm run data:build
  'desk-state/', // the desk's state (DESK_HOME)
  'desk/dist/', // the desk's build
  'tests/output/', // builds and reports of npm test
  'tests/editor-tmp/', // the editor test's copy of the stories, removed afterwards
  'content/bench-site-stories/', // npm run bench's copy of the stories
  'node_modules/', // npm ci: the Node 24 binary, and the build caches under .cache/ and .astro/
];

/** npm's own commands (npm help commands), with their aliases. */
const NPM_BUILTINS = new Set(
  (
    'access adduser audit bugs cache ci completion config dedupe deprecate diff dist-tag docs ' +
    'doctor edit exec explain explore find-dupes fund help hook init install install-ci-test ' +
    'install-test link login logout ls org outdated owner pack ping pkg prefix profile prune ' +
    'publish query rebuild repo root sbom search shrinkwrap star stars team token uninstall ' +
    'unpublish unstar update version view whoami i add ic it cit x un rm up'
  ).split(' '),
);
/** Built-ins that run the package's script of the same name: the script must exist. */
const NPM_LIFECYCLE = new Map([
  ['test', 'test'],
  ['t', 'test'],
  ['tst', 'test'],
  ['start', 'start'],
  ['stop', 'stop'],
  ['restart', 'restart'],
]);

/** Top-level entries of the repository (on disk), which a root-relative path starts with. */
const TOP = new Set(readdirSync(ROOT));

/** The docs checked: the README, the two folder READMEs and every Markdown file in docs/. */
function docFiles(): string[] {
  const out = ['README.md', 'data/README.md', 'content/README.md'];
  const walk = (dir: string) => {
    for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const rel = posix.join(dir, e.name);
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.md')) out.push(rel);
    }
  };
  walk('docs');
  return out;
}

interface Parsed {
  /** Inline code spans outside code blocks. */
  spans: string[];
  /** Fenced code blocks' text. */
  blocks: string[];
  /** Link and image targets outside code. */
  links: string[];
  /** Heading texts. */
  headings: string[];
}

function parse(md: string): Parsed {
  const p: Parsed = { spans: [], blocks: [], links: [], headings: [] };
  let fence: string | null = null;
  let block: string[] = [];
  for (const line of md.split('\n')) {
    const f = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (f && f[1]!.startsWith(fence)) {
        p.blocks.push(block.join('\n'));
        fence = null;
        block = [];
      } else block.push(line);
      continue;
    }
    if (f) {
      fence = f[1]!;
      continue;
    }
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) p.headings.push(h[1]!);
    const prose = line.replace(/(`+)(.+?)\1/g, (_, _tick: string, code: string) => {
      p.spans.push(code.trim());
      return ' ';
    });
    for (const m of prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
      p.links.push(m[1]!);
  }
  return p;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

function anchors(md: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const h of parse(md).headings) {
    const base = slug(h);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

/** The npm commands named in a code span or block, as "what: problem" when one does not exist. */
function commandProblems(code: string): string[] {
  const problems: string[] = [];
  for (const m of code.matchAll(/(?<![\w-])npm(?![\w-])((?:[ \t]+[^\s;&|]+)*)/g)) {
    const words = (m[1] ?? '')
      .trim()
      .split(/\s+/)
      .filter((w) => w && !w.startsWith('-'));
    const [sub0, name] = words;
    const sub = sub0?.replace(/[),;'"]+$/, ''); // run "npm ci".
    if (!sub || !/^[a-z]/.test(sub)) continue; // "npm" alone, or "npm …"
    if (sub === 'run' || sub === 'run-script') {
      const script = name?.replace(/[),;'"]+$/, '');
      if (!script || !/^[a-z][\w:.-]*$/.test(script)) continue; // "npm run <x>", "npm run …"
      if (!scripts.includes(script))
        problems.push(`npm run ${script}: no such script in package.json`);
    } else if (NPM_LIFECYCLE.has(sub)) {
      if (!scripts.includes(NPM_LIFECYCLE.get(sub)!))
        problems.push(`npm ${sub}: package.json has no "${NPM_LIFECYCLE.get(sub)}" script`);
    } else if (!NPM_BUILTINS.has(sub))
      problems.push(`npm ${sub}: neither an npm command nor "npm run ${sub}"`);
  }
  return problems;
}

const exists = (rel: string) => existsSync(join(ROOT, rel));
const generated = (rel: string) =>
  GENERATED.some((g) => rel === g.slice(0, -1) || rel.startsWith(g));

/** A code span that names a path of the repository, as "path: problem" when it is not there. */
function spanProblem(span: string, docDir: string): string | null {
  // A path is one word: no spaces, no "=", no URL; a trailing ":line[:column]" is a position.
  const text = span.replace(/:\d+(:\d+)?$/, '');
  if (!/^[\w.@[\]-][\w.@[\]/<>…*{},+-]*$/.test(text) || text.includes('://')) return null;
  const segments = text.split('/');
  // "src/views/<kind>.astro", "scripts/bench-*.ts": check the folder before the placeholder.
  const cut = segments.findIndex((s) => /[<>…*{}]/.test(s));
  const known = cut < 0 ? text : segments.slice(0, cut).join('/') + '/';
  const first = segments[0]!;
  if (cut === 0) return null;
  if (segments.length > 1 && TOP.has(first)) {
    if (generated(known) || exists(known)) return null;
    return `${span}: no such path in the repository`;
  }
  // Not under a top-level folder: a file of this kind must sit next to the doc ("serving.md").
  if (cut < 0 && /\.(ts|mts|mjs|js|astro|sh|md)$/.test(text) && segments.length > 1) {
    return exists(posix.join(docDir, text)) ? null : `${span}: no such file`;
  }
  return null;
}

/** A relative link, as "target: problem" when the file or its #anchor is not there. */
function linkProblem(target: string, doc: string, own: Set<string>): string | null {
  if (/^[a-z][\w+.-]*:/i.test(target) || target.startsWith('/')) return null; // URL, site path
  const [path = '', anchor] = target.split('#');
  if (path === '')
    return anchor === undefined || own.has(decodeURIComponent(anchor))
      ? null
      : `${target}: no heading with this anchor in ${doc}`;
  const rel = posix.normalize(posix.join(posix.dirname(doc), decodeURIComponent(path)));
  if (rel.startsWith('..')) return `${target}: outside the repository`;
  if (generated(rel)) return null;
  if (!exists(rel)) return `${target}: no such file (${rel})`;
  if (anchor !== undefined && rel.endsWith('.md')) {
    const there = anchors(readFileSync(join(ROOT, rel), 'utf8'));
    if (!there.has(decodeURIComponent(anchor)))
      return `${target}: no heading with this anchor in ${rel}`;
  }
  return null;
}

/** Every problem of one Markdown text, as "doc: problem". */
function problemsIn(doc: string, md: string): string[] {
  const p = parse(md);
  const own = anchors(md);
  const out: string[] = [];
  for (const code of [...p.spans, ...p.blocks]) out.push(...commandProblems(code));
  for (const s of p.spans) {
    const problem = spanProblem(s, posix.dirname(doc));
    if (problem) out.push(problem);
  }
  for (const l of p.links) {
    const problem = linkProblem(l, doc, own);
    if (problem) out.push(problem);
  }
  return out.map((x) => `${doc}: ${x}`);
}

describe('the docs name only commands and paths that exist', () => {
  const docs = docFiles();

  it('finds the README, docs/ and the staff guides', () => {
    assert.ok(docs.includes('README.md') && docs.includes('docs/README.md'), docs.join(', '));
    assert.ok(
      docs.some((d) => d.startsWith('docs/huong-dan/')),
      docs.join(', '),
    );
  });

  for (const doc of docs)
    it(doc, () => {
      const md = readFileSync(join(ROOT, doc), 'utf8');
      assert.deepEqual(problemsIn(doc, md), []);
      // Vietnamese is stored composed (NFC), as the data and the pages are.
      assert.equal(md, md.normalize('NFC'), `${doc} is not in Unicode NFC`);
    });

  it('reads the commands, paths and links it checks (a doc with made-up ones fails)', () => {
    const md = [
      '# Title',
      'Run `npm run no-such-script`, `npm ci && npm run data:build` and `npm frobnicate`.',
      'See `scripts/no-such-file.ts`, `scripts/build/site.ts:12`, `docs/`, `dist/index.html`,',
      '`src/generated/stats/x.json`, `node_modules/.bin/node` and `tests/unit/<name>.test.ts`.',
      '[ok](serving.md#the-live-folder), [gone](no-such.md), [bad anchor](serving.md#nowhere),',
      '[here](#title), [not here](#elsewhere), [web](https://example.org/x.md), [site](/so-lieu/).',
      '```sh',
      'npm run deploy:configs -- --check',
      'npm test',
      'npm run bench:nothing',
      '```',
    ].join('\n');
    assert.deepEqual(problemsIn('docs/x.md', md), [
      'docs/x.md: npm run no-such-script: no such script in package.json',
      'docs/x.md: npm frobnicate: neither an npm command nor "npm run frobnicate"',
      'docs/x.md: npm run bench:nothing: no such script in package.json',
      'docs/x.md: scripts/no-such-file.ts: no such path in the repository',
      'docs/x.md: no-such.md: no such file (docs/no-such.md)',
      'docs/x.md: serving.md#nowhere: no heading with this anchor in docs/serving.md',
      'docs/x.md: #elsewhere: no heading with this anchor in docs/x.md',
    ]);
  });

  it('makes GitHub anchors of Vietnamese and code headings', () => {
    assert.equal(
      slug('Phụ lục: viết bài trên máy riêng, không qua bàn làm việc'),
      'phụ-lục-viết-bài-trên-máy-riêng-không-qua-bàn-làm-việc',
    );
    assert.equal(slug('The English edition (`/en/`)'), 'the-english-edition-en');
    assert.equal(slug('S3 + CloudFront'), 's3--cloudfront');
  });
});
