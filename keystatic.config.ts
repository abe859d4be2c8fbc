// The story editor (`npm run editor`, Keystatic in local mode). @keystatic/astro reads this file
// from the project root; the form is generated from the site's own declarations in
// src/editor/fields.ts, and the lists to pick from come from the generated statistics.
import { collection, config } from '@keystatic/core';
import options from 'virtual:ntm-editor-options';
import { CONTENT_FIELD, storyEntrySchema } from './src/editor/fields.ts';

export default config({
  storage: { kind: 'local' },
  ui: { brand: { name: 'NTM TP.HCM · Soạn bài' } },
  collections: {
    stories: collection({
      label: 'Bài mô hình điển hình',
      slugField: 'title',
      path: `${options.storiesDir}/*`,
      format: { contentField: CONTENT_FIELD },
      entryLayout: 'content',
      columns: ['title', 'published', 'draft'],
      // Drafts show in the dev server the editor runs on, so the preview is the page as published.
      previewUrl: '/mo-hinh/{slug}/',
      schema: storyEntrySchema(options),
    }),
  },
});
