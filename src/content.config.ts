// Content collections. Stories are validated against the generated statistics (STATS_DIR),
// so `npm run data:build` must run first (npm run build/dev do).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { storySchema } from './lib/schema/story.ts';
import { defaultStatsDir, readKnownIds } from './lib/stories/known-ids.ts';
import { draftTolerant } from './lib/stories/draft-tolerant-loader.ts';
import { storiesDir } from './lib/stories/stories-dir.ts';

const known = readKnownIds();
const synthetic = (
  JSON.parse(readFileSync(join(defaultStatsDir(), 'meta.json'), 'utf8')) as { synthetic: boolean }
).synthetic;

const stories = defineCollection({
  // Real stories cite real communes and sources, so a synthetic dataset gets its own
  // sample story; STORIES_DIR points at any other folder (tests, previews). A draft that
  // fails the schema is left out with a warning rather than stopping the build.
  loader: draftTolerant(
    glob({ pattern: '*.mdx', base: storiesDir(synthetic) }),
    storiesDir(synthetic),
  ),
  schema: ({ image }) => storySchema(known, image),
});

export const collections = { stories };
