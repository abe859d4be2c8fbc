/// <reference types="astro/client" />
// tsc sees .astro components only through this shape; `astro check` types them fully.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
