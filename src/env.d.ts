/// <reference types="astro/client" />
// Generated statistics are imported through the `~stats` alias (astro.config.mjs) and typed
// in src/lib/site-data.ts, so that a build can point at another output folder.
declare module '~stats/*.json' {
  const value: unknown;
  export default value;
}

// tsc sees .astro components only through this shape; `astro check` types them fully.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
