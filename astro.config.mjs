// Static site; data logic lives in scripts/ and src/lib/, not here.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { resolve } from 'node:path';

// Pages read the generated statistics through this alias, so a build can point at
// another output (STATS_DIR), e.g. a synthetic dataset in a test.
const statsDir = resolve(process.env.STATS_DIR ?? 'src/generated/stats');

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://ntm-tphcm.example',
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: { resolve: { alias: { '~stats': statsDir } } },
});
