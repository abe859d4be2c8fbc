// The staff desk: its own Astro build with the Node adapter (`npm run desk`), separate from the
// public site, which stays a static build with no adapter. It serves only its routes and its own
// built assets, never a file of the source tree (the dev server does, by design).
import node from '@astrojs/node';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { editor } from '../src/editor/integration.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
const projectRoot = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

/** Keystatic's editor page, with its config from the project; its API is ours (src/pages/api/keystatic). */
const keystaticUi = {
  name: 'ntm:desk-keystatic',
  hooks: {
    'astro:config:setup': ({ injectRoute, updateConfig }) => {
      updateConfig({
        vite: {
          plugins: [
            {
              name: 'ntm:keystatic-config',
              resolveId: (id) =>
                id === 'virtual:keystatic-config' ? `${projectRoot}/keystatic.config.ts` : null,
            },
          ],
        },
      });
      injectRoute({
        entrypoint: '@keystatic/astro/internal/keystatic-astro-page.astro',
        pattern: '/keystatic/[...params]',
        prerender: false,
      });
    },
  },
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  trailingSlash: 'ignore',
  integrations: [react(), keystaticUi, editor({ projectRoot, middleware: false })],
  devToolbar: { enabled: false },
  // Off: behind an HTTPS proxy Astro sees http://<host> and refuses every form post. The
  // middleware checks Origin against DESK_URL on every unsafe request, and a CSRF token.
  security: { checkOrigin: false },
  server: { host: '127.0.0.1', port: 4330 },
});
