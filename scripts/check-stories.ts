// `npm run check:stories [-- file.mdx …]`: checks stories in a second, without building the site.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkStory, wordCount, type KnownIds } from './lib/stories.ts';

const statsDir = resolve(process.env['STATS_DIR'] ?? 'src/generated/stats');
const dir = process.env['STORIES_DIR'] ?? 'content/stories';
const read = <T,>(name: string): T => JSON.parse(readFileSync(join(statsDir, `${name}.json`), 'utf8')) as T;
if (!existsSync(join(statsDir, 'units.json'))) {
  console.error(`✗ ${statsDir} has no statistics yet — run npm run data:build first`);
  process.exit(2);
}
const units = read<{ code: string; kind: string; districtCode: string | null }[]>('units');
const reference = read<{ sources: { id: string }[]; figures: { id: string }[] }>('reference');
const counts = read<{ points: { id: string }[] }[]>('counts');
const known: KnownIds = {
  communes: new Map(units.filter((u) => u.kind === 'commune' || u.kind === 'town').map((u) => [u.code, u.districtCode ?? ''])),
  districts: new Set(units.filter((u) => u.kind === 'district').map((u) => u.code)),
  sources: new Set(reference.sources.map((s) => s.id)),
  statIds: new Set([...reference.figures.map((f) => f.id), ...counts.flatMap((c) => c.points.map((p) => p.id))]),
};
const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => join(dir, f));
let bad = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const problems = checkStory(f, text, known, (p) => existsSync(join(dirname(f), p)));
  for (const p of problems) console.error(`${p.file}:${p.line}:${p.column}: ${p.message}`);
  bad += problems.length;
  const words = wordCount(text);
  console.log(`${problems.length ? '✗' : '✓'} ${basename(f)}: ${words} words${words < 250 || words > 600 ? ' (guideline: 250–600)' : ''}`);
}
process.exit(bad ? 1 : 0);
