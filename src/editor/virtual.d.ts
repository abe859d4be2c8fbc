// Modules the editor's Vite plugins provide (src/editor/integration.ts, @keystatic/astro).
declare module 'virtual:ntm-editor-options' {
  const options: import('./options.ts').EditorOptions;
  export default options;
}
declare module 'virtual:keystatic-config' {
  const config: import('@keystatic/core').Config;
  export default config;
}
