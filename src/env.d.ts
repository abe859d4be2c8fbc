/// <reference types="astro/client" />
// tsc sees .astro components only through this shape; `astro check` types them fully.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

declare namespace App {
  interface Locals {
    /** Sources already cited on the page being rendered (SourceRefs.astro): a repeat is not indexed again. */
    citedSources?: Set<string>;
  }
}
