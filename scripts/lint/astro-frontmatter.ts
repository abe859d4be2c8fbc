// `npm run format` / `format:check` for .astro files: Prettier formats each file's frontmatter
// (TypeScript) and leaves the template as written. prettier-plugin-astro 0.14.1 prints template
// expressions with JSX's whitespace rules, which Astro does not share: it changed the rendered
// text of 177 of 640 pages (e.g. "Thủ tướng Chính phủ , chưa rõ ngày ký").
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { filesUnder } from '../lib/files.ts';

const ROOTS = ['src', 'desk/src'];

/** The file with its frontmatter formatted; null when it has no frontmatter. */
export async function formatFrontmatter(source: string, path: string): Promise<string | null> {
  const m = /^---\r?\n([\s\S]*?)^---\r?\n?/m.exec(source);
  if (!m || m.index !== 0) return null;
  const config = (await prettier.resolveConfig(path)) ?? {};
  const code = await prettier.format(m[1]!, {
    ...config,
    parser: 'typescript',
    filepath: path.replace(/\.astro$/, '.ts'),
  });
  return `---\n${code}---\n${source.slice(m[0].length)}`;
}

async function main(): Promise<void> {
  const write = process.argv.includes('--write');
  const files = ROOTS.flatMap((root) => filesUnder(root)).filter((f) => f.endsWith('.astro'));
  const unformatted: string[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const formatted = await formatFrontmatter(source, file);
    if (formatted === null || formatted === source) continue;
    unformatted.push(file);
    if (write) writeFileSync(file, formatted);
  }
  if (write)
    console.log(`astro frontmatter: ${unformatted.length} of ${files.length} files formatted`);
  else if (unformatted.length) {
    for (const f of unformatted) console.log(`✗ ${f}: frontmatter not formatted (npm run format)`);
    process.exitCode = 1;
  } else console.log(`✓ astro frontmatter: ${files.length} files formatted`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
