// Content collections. Stories are validated against the generated statistics (STATS_DIR),
// so `npm run data:build` must run first (npm run build/dev do).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { storySchema, type KnownData } from './lib/schema/story.ts';
import { storiesDir } from './lib/stories/stories-dir.ts';

const statsDir = resolve(process.env['STATS_DIR'] ?? 'src/generated/stats');
const read = <T,>(name: string): T => JSON.parse(readFileSync(join(statsDir, `${name}.json`), 'utf8')) as T;
const units = read<{ code: string; kind: string; districtCode: string | null }[]>('units');
const reference = read<{ sources: { id: string }[] }>('reference');
const synthetic = read<{ synthetic: boolean }>('meta').synthetic;
const known: KnownData = {
  communes: new Map(units.filter((u) => u.kind === 'commune' || u.kind === 'town').map((u) => [u.code, u.districtCode ?? ''])),
  districts: new Set(units.filter((u) => u.kind === 'district').map((u) => u.code)),
  sources: new Set(reference.sources.map((s) => s.id)),
};

const stories = defineCollection({
  // Real stories cite real communes and sources, so a synthetic dataset gets its own
  // sample story; STORIES_DIR points at any other folder (tests, previews).
  loader: glob({ pattern: '*.mdx', base: storiesDir(synthetic) }),
  schema: ({ image }) => storySchema(known, image),
});

export const collections = { stories };
