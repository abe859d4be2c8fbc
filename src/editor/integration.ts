// The story editor's Astro integration, loaded only when EDITOR_MODE is set (astro.config.mjs),
// next to @astrojs/react and @keystatic/astro. It adds:
// - the save-time story check (middleware.ts, around Keystatic's /api/keystatic/update);
// - `virtual:ntm-editor-options`: what authors pick from, built from the generated statistics;
// - no request to another host: Keystatic's UI links a Google Fonts stylesheet, replaced by an
//   empty one (the editor then uses the system's sans-serif font);
// - Keystatic's buttons and menus in Vietnamese (l10n-vi.ts);
// - the editor's browser dependencies pre-bundled at start, so the first page load hydrates;
// - trailing slashes optional (Keystatic's routes have none).
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { isKeystaticUi, translateKeystatic } from './l10n-vi.ts';
import { editorOptions, type EditorStats } from './options.ts';

const OPTIONS_ID = 'virtual:ntm-editor-options';
export const GOOGLE_FONTS =
  'https://fonts.googleapis.com/css2?family=Inter:wght@400;500;600;700&display=swap';
/** An empty stylesheet in place of Google's. */
export const NO_FONTS = 'data:text/css,';

/** The stories folder relative to the project root; Keystatic only writes inside the project. */
export function editorStoriesDir(
  root: string,
  dir = process.env['STORIES_DIR'] ?? 'content/stories',
): string {
  const rel = relative(root, resolve(root, dir)).split(sep).join('/');
  if (rel === '' || rel.startsWith('..'))
    throw new Error(
      `STORIES_DIR=${dir}: the editor can only write inside the project folder (${root})`,
    );
  return rel;
}

export function withoutGoogleFonts(code: string): string {
  return code.includes(GOOGLE_FONTS) ? code.replaceAll(GOOGLE_FONTS, NO_FONTS) : code;
}

// Applied to Keystatic's modules both when served and when pre-bundled (optimizeDeps).
const keystaticTransform = {
  name: 'ntm:editor-keystatic-ui',
  transform(code: string, id: string) {
    if (!id.includes('keystatic') && !isKeystaticUi(id)) return null;
    const fontless = withoutGoogleFonts(code);
    const out = isKeystaticUi(id) ? translateKeystatic(fontless) : fontless;
    return out === code ? null : { code: out, map: null };
  },
};

export interface EditorIntegrationOptions {
  /** The project whose stories and statistics the editor uses (default: Astro's root). */
  projectRoot?: string;
  /** The dev server's save check writing into the project; the desk has its own route. */
  middleware?: boolean;
}

export function editor(o: EditorIntegrationOptions = {}): AstroIntegration {
  return {
    name: 'ntm:editor',
    hooks: {
      'astro:config:setup': ({ addMiddleware, updateConfig, config }) => {
        const root = o.projectRoot ?? config.root.pathname.replace(/\/$/, '');
        const storiesDir = editorStoriesDir(root);
        const statsDir = resolve(root, process.env['STATS_DIR'] ?? 'src/generated/stats');
        const read = <T>(name: string): T =>
          JSON.parse(readFileSync(join(statsDir, `${name}.json`), 'utf8')) as T;
        if (o.middleware !== false)
          addMiddleware({ entrypoint: new URL('./middleware.ts', import.meta.url), order: 'pre' });
        updateConfig({
          // Keystatic calls /api/keystatic/update without a trailing slash; the site's own pages
          // keep theirs.
          trailingSlash: 'ignore',
          vite: {
            plugins: [
              {
                name: 'ntm:editor-options',
                resolveId: (id: string) => (id === OPTIONS_ID ? `\0${OPTIONS_ID}` : null),
                load(id: string) {
                  if (id !== `\0${OPTIONS_ID}`) return null;
                  const stats: EditorStats = {
                    units: read('units'),
                    reference: read('reference'),
                    counts: read('counts'),
                  };
                  return `export default ${JSON.stringify(editorOptions(stats, storiesDir))};`;
                },
              },
              keystaticTransform,
            ],
            optimizeDeps: {
              // Pre-bundled once at start rather than discovered on the first visit, when the
              // reload that follows left the editor unhydrated (research note, pitfall 4).
              include: [
                'react',
                'react-dom',
                'react-dom/client',
                'react/jsx-runtime',
                'react/jsx-dev-runtime',
                '@keystatic/core',
                '@keystatic/core/ui',
                '@keystatic/astro/ui',
                '@keystatic/core/content-components',
              ],
              rolldownOptions: { plugins: [keystaticTransform] },
            },
          },
        });
      },
    },
  };
}
