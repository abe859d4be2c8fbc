// Static site; data logic lives in scripts/ and src/lib/, not here.
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { dataFiles } from './src/integrations/data-files.ts';
import { storyGuard } from './src/integrations/story-guard.ts';
import { PLACEHOLDER_WARNING, siteUrl, usesPlaceholder } from './src/lib/site-url.ts';

// Pages read the generated statistics from STATS_DIR (default src/generated/stats) at build
// time: see src/lib/site-data.ts.

// No build or dev session reports to Astro's telemetry: the site is built offline, and staff
// machines should not talk to third parties.
process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';

// The story editor (`npm run editor`) exists only in a dev server started with EDITOR_MODE:
// without it nothing of React, Keystatic or the editor is even loaded, so `npm run build`
// writes exactly the site, with no editor route and no server adapter.
async function editorIntegrations() {
  if (!process.env['EDITOR_MODE']) return [];
  const [{ default: react }, { default: keystatic }, { editor }] = await Promise.all([
    import('@astrojs/react'),
    import('@keystatic/astro'),
    import('./src/editor/integration.ts'),
  ]);
  return [react(), keystatic(), editor()];
}

const WATCH_IGNORED = [
  'dist',
  'tests/output',
  'bench-output',
  'desk-state',
  'desk/dist',
  'test-results',
  // npm run build's fresh and parked builds beside dist/ (scripts/build/swap.ts)
  '.dist.next-*',
  '.dist.prev-*',
].map((dir) => `${fileURLToPath(new URL(`./${dir}`, import.meta.url))}/**`);

export default defineConfig({
  site: siteUrl(),
  // The staff desk builds with its own cache (ASTRO_CACHE_DIR), so its builds and a manual
  // `npm run build` never share the content layer's store.
  ...(process.env['ASTRO_CACHE_DIR'] ? { cacheDir: process.env['ASTRO_CACHE_DIR'] } : {}),
  output: 'static',
  trailingSlash: 'always',
  // Two editions: Vietnamese at the root, English under /en/ (src/i18n/). Astro.currentLocale
  // tells components which one they render in.
  i18n: { locales: ['vi', 'en'], defaultLocale: 'vi', routing: { prefixDefaultLocale: false } },
  // The guard first: stories are checked before the MDX compiler sees them.
  integrations: [
    storyGuard(),
    mdx(),
    ...(await editorIntegrations()),
    // The JSON API, figure CSVs and downloads: plain files, not routes (src/lib/data-files.ts).
    dataFiles(),
    {
      name: 'ntm:site-url',
      hooks: {
        'astro:build:done': ({ logger }) => {
          if (usesPlaceholder()) logger.warn(`\n${PLACEHOLDER_WARNING}`);
        },
      },
    },
  ],
  // Pages render while earlier ones are written: one at a time, the build sat idle for 40 % of
  // its time (10,000 communes: 168 s → 66 s with 64; output is the same, see the rebuild check).
  build: { format: 'directory', concurrency: 64 },
  devToolbar: { enabled: false },
  // HTML whitespace rules, not Astro 7's default 'jsx' mode: that drops the newline between text
  // and an inline element ("Theo huyện:<a>", "Năm2025"), which readers and screen readers see.
  compressHTML: true,
  // Shiki colours code with style attributes, which the CSP forbids; stories have no code.
  markdown: { syntaxHighlight: false },
  vite: {
    // Outputs are not sources: a desk publish or a test build writes thousands of pages under
    // these, and a dev server watching them (the story editor, or a test) reloads for each one
    // and took over 3 minutes to answer while a desk test published beside it.
    server: { watch: { ignored: WATCH_IGNORED } },
    build: {
      rolldownOptions: {
        // Astro's own MDX marker trips a Rolldown warning once per story (withastro/astro#18087,
        // open); harmless, and eleven lines of it would hide real warnings.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject'))
            return;
          handler(level, log);
        },
      },
    },
  },
  // A Content-Security-Policy <meta> on every page: nothing from other origins, no inline
  // handlers; Astro adds the hashes of its own inline scripts and styles. Pagefind's search
  // index is WebAssembly ('wasm-unsafe-eval') run in a same-origin worker.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
