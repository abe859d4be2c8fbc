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
  // Shiki colours code with style attributes, which the CSP forbids; stories have no code.
  markdown: { syntaxHighlight: false },
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
  vite: { resolve: { alias: { '~stats': statsDir } } },
});
