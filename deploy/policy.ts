// How the built site is served, declared once: security headers, the embed exception, cache
// rules and precompression. deploy/render.ts turns this into the nginx config, the Caddyfile,
// the _headers file (Netlify, Cloudflare Pages) and the CloudFront policies; `npm run
// deploy:configs` writes them from a build, because the CSP must carry the hashes of the
// inline scripts Astro put in that build. Pure: no I/O.

/** Pages meant to be framed by newsrooms (the embeddable fact cards), in each edition. */
export const EMBED_PREFIXES = ['/nhung/', '/en/embed/'] as const;
export const EMBED_PREFIX = EMBED_PREFIXES[0];
export const isEmbedPath = (path: string): boolean => EMBED_PREFIXES.some((p) => path.startsWith(p));

/** The English edition's prefix: a missing page under it gets the English 404 page (Astro writes it as a folder page). */
export const EN_PREFIX = '/en/';
export const EN_404 = '/en/404/index.html';

/** Headers on every response, whatever the file. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

/** Only over HTTPS (browsers ignore it over HTTP, and a test server has no certificate). */
export const HSTS = { name: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' } as const;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/**
 * Files whose name changes with their content, so a cache may keep them for a year. Checked
 * against a real build by tests/integration/serving.test.ts: Astro's _astro/ bundle, and
 * Pagefind's fragments, index and filter chunks and its metadata file (pagefind.vi_<hash>.pf_meta).
 * Everything else (HTML, feeds, the API, downloads, share images, Pagefind's pagefind*.js/css,
 * pagefind-entry.json and wasm.<lang>.pagefind) revalidates.
 */
export const IMMUTABLE_PATHS: { prefix: string; suffix?: string; example: RegExp }[] = [
  { prefix: '/_astro/', example: /^\/_astro\/.+\.[\w-]{8,}\.\w+$/ },
  { prefix: '/pagefind/fragment/', example: /^\/pagefind\/fragment\/\w+_[0-9a-f]{7,}\.pf_fragment$/ },
  { prefix: '/pagefind/index/', example: /^\/pagefind\/index\/\w+_[0-9a-f]{7,}\.pf_index$/ },
  { prefix: '/pagefind/filter/', example: /^\/pagefind\/filter\/\w+_[0-9a-f]{7,}\.pf_filter$/ },
  { prefix: '/pagefind/', suffix: '.pf_meta', example: /^\/pagefind\/pagefind\.\w+_[0-9a-f]{7,}\.pf_meta$/ },
];

export function isImmutable(path: string): boolean {
  return IMMUTABLE_PATHS.some((r) => path.startsWith(r.prefix) && (r.suffix === undefined ? !path.slice(r.prefix.length).includes('/') : path.endsWith(r.suffix) && !path.slice(r.prefix.length).includes('/')));
}

export const cacheControl = (path: string): string => (isImmutable(path) ? IMMUTABLE : REVALIDATE);

/** Text files that get .br and .gz next to them. Pagefind's .pf_* and .pagefind files are gzip already. */
export const PRECOMPRESS_EXTENSIONS = ['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.csv', '.txt', '.webmanifest'] as const;
/** Smaller files are sent as they are: a compressed copy would save less than a packet. */
export const PRECOMPRESS_MIN_BYTES = 256;

/**
 * The Content-Security-Policy header for a build: the build's own meta policy (the same
 * directives on every page, script hashes merged over all pages) plus what only a header can
 * say: who may frame the page. Embeds may be framed by anyone; nothing else changes for them.
 */
export function cspHeader(metaPolicies: string[], embed: boolean): string {
  if (metaPolicies.length === 0) throw new Error('no Content-Security-Policy <meta> found in the build');
  const directives = new Map<string, string[]>();
  for (const policy of metaPolicies) {
    for (const part of policy.split(';').map((p) => p.trim()).filter(Boolean)) {
      const [name, ...values] = part.split(/\s+/);
      const list = directives.get(name!) ?? [];
      for (const v of values) if (!list.includes(v)) list.push(v);
      directives.set(name!, list);
    }
  }
  if (directives.has('frame-ancestors')) throw new Error('the meta CSP names frame-ancestors, which browsers ignore in <meta>; it belongs to the header only');
  directives.set('frame-ancestors', embed ? ['*'] : ["'none'"]);
  return [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

export interface ServingPolicy {
  /** Every header for a path except Cache-Control and HSTS. */
  headers: (embed: boolean) => Record<string, string>;
}

export function servingPolicy(metaPolicies: string[]): ServingPolicy {
  const csp = { page: cspHeader(metaPolicies, false), embed: cspHeader(metaPolicies, true) };
  return {
    headers: (embed) => ({
      // No X-Frame-Options: frame-ancestors replaces it in every current browser, and one
      // header per rule is what _headers hosts can override for the embeds.
      'Content-Security-Policy': embed ? csp.embed : csp.page,
      ...SECURITY_HEADERS,
    }),
  };
}
