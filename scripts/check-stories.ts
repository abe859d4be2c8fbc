// `npm run check:stories [-- file.mdx …]`: checks stories in a second, without building the site.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkStory, wordCount } from '../src/lib/stories/check-story.ts';
import { readKnownIds } from '../src/lib/stories/known-ids.ts';

const dir = process.env['STORIES_DIR'] ?? 'content/stories';
let known: ReturnType<typeof readKnownIds>;
try {
  known = readKnownIds();
} catch (e) {
  console.error(`✗ ${(e as Error).message}`);
  process.exit(2);
}
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => join(dir, f));
let bad = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const problems = checkStory(f, text, known, (p) => existsSync(join(dirname(f), p)));
  for (const p of problems) console.error(`${p.file}:${p.line}:${p.column}: ${p.message}`);
  bad += problems.length;
  const words = wordCount(text);
  console.log(
    `${problems.length ? '✗' : '✓'} ${basename(f)}: ${words} words${words < 250 || words > 600 ? ' (guideline: 250–600)' : ''}`,
  );
}
process.exit(bad ? 1 : 0);
