// How the built site is served, declared once: security headers, the embed exception, cache
// rules and precompression. deploy/render.ts turns this into the nginx config, the Caddyfile,
// the _headers file (Netlify, Cloudflare Pages) and the CloudFront policies; `npm run
// deploy:configs` writes them. Nothing here depends on a build, so one config serves every
// release the desk switches in (the CSP hashes stay in each page's <meta>). Pure: no I/O.

/** Pages meant to be framed by newsrooms (the embeddable fact cards), in each edition. */
export const EMBED_PREFIXES = ['/nhung/', '/en/embed/'] as const;
export const EMBED_PREFIX = EMBED_PREFIXES[0];
export const isEmbedPath = (path: string): boolean =>
  EMBED_PREFIXES.some((p) => path.startsWith(p));

/** The English edition's prefix: a missing page under it gets the English 404 page (Astro writes it as a folder page). */
export const EN_PREFIX = '/en/';
export const EN_404 = '/en/404/index.html';

/**
 * The live folder the shipped nginx and Caddy configs serve: a symlink to
 * /srv/ntm-tphcm/releases/<time>/, switched by renaming a new symlink over it (docs/serving.md).
 */
export const LIVE_ROOT = '/srv/ntm-tphcm/current';

/** Headers on every response, whatever the file. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

/** Only over HTTPS (browsers ignore it over HTTP, and a test server has no certificate). */
export const HSTS = {
  name: 'Strict-Transport-Security',
  value: 'max-age=63072000; includeSubDomains',
} as const;

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
  {
    prefix: '/pagefind/fragment/',
    example: /^\/pagefind\/fragment\/\w+_[0-9a-f]{7,}\.pf_fragment$/,
  },
  { prefix: '/pagefind/index/', example: /^\/pagefind\/index\/\w+_[0-9a-f]{7,}\.pf_index$/ },
  { prefix: '/pagefind/filter/', example: /^\/pagefind\/filter\/\w+_[0-9a-f]{7,}\.pf_filter$/ },
  {
    prefix: '/pagefind/',
    suffix: '.pf_meta',
    example: /^\/pagefind\/pagefind\.\w+_[0-9a-f]{7,}\.pf_meta$/,
  },
];

export function isImmutable(path: string): boolean {
  return IMMUTABLE_PATHS.some(
    (r) =>
      path.startsWith(r.prefix) &&
      (r.suffix === undefined
        ? !path.slice(r.prefix.length).includes('/')
        : path.endsWith(r.suffix) && !path.slice(r.prefix.length).includes('/')),
  );
}

export const cacheControl = (path: string): string => (isImmutable(path) ? IMMUTABLE : REVALIDATE);

/** Text files that get .br and .gz next to them. Pagefind's .pf_* and .pagefind files are gzip already. */
export const PRECOMPRESS_EXTENSIONS = [
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.svg',
  '.xml',
  '.csv',
  '.txt',
  '.webmanifest',
] as const;
/** Smaller files are sent as they are: a compressed copy would save less than a packet. */
export const PRECOMPRESS_MIN_BYTES = 256;

/**
 * The CSP directives of every page's <meta> that carry no hash (astro.config.mjs, security.csp):
 * the same in every release, so the header repeats them.
 */
export const CSP_FIXED: [string, ...string[]][] = [
  ['default-src', "'none'"],
  ['img-src', "'self'", 'data:'],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['object-src', "'none'"],
];

/**
 * The Content-Security-Policy header, the same for every release, so a server config never goes
 * stale when the desk switches `current` to a new build. Browsers enforce the header and the
 * page's <meta> both: a script or style loads only if each policy allows it. The hashes of
 * Astro's inline scripts and styles change with every build, so they live in the meta alone,
 * and the header must let inline code through for the meta to decide: hence 'unsafe-inline' in
 * the header's script-src and style-src (honoured because the header has no hash or nonce).
 * The meta lists hashes and no 'unsafe-inline', so an inline script it does not list is still
 * blocked (tests/e2e/served.spec.ts injects one). The header keeps narrowing the rest: same
 * origin only, no eval but WebAssembly, no plugins, no <base>, and documents without a meta
 * (SVG, a worker's script) keep default-src 'none'; dropping script-src from the header instead
 * would let them load scripts from anywhere. What only a header can say: who may frame the page
 * (browsers ignore frame-ancestors in a meta); embeds may be framed by anyone.
 */
export function cspHeader(embed: boolean): string {
  const directives: [string, ...string[]][] = [
    ...CSP_FIXED,
    ['script-src', "'self'", "'wasm-unsafe-eval'", "'unsafe-inline'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['frame-ancestors', embed ? '*' : "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

export type Csp = Map<string, string[]>;

export function parseCsp(text: string): Csp {
  const out: Csp = new Map();
  for (const part of text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    // The first occurrence of a directive wins, as in browsers.
    if (!out.has(name!.toLowerCase())) out.set(name!.toLowerCase(), values);
  }
  return out;
}

/** Fetch directives and what each falls back to when a policy does not name it (CSP 3). */
const FALLBACK: Record<string, string[]> = {
  'script-src': ['default-src'],
  'script-src-elem': ['script-src', 'default-src'],
  'script-src-attr': ['script-src', 'default-src'],
  'style-src': ['default-src'],
  'style-src-elem': ['style-src', 'default-src'],
  'style-src-attr': ['style-src', 'default-src'],
  'img-src': ['default-src'],
  'font-src': ['default-src'],
  'connect-src': ['default-src'],
  'media-src': ['default-src'],
  'object-src': ['default-src'],
  'manifest-src': ['default-src'],
  'child-src': ['default-src'],
  'frame-src': ['child-src', 'default-src'],
  'worker-src': ['child-src', 'script-src', 'default-src'],
};

function effective(csp: Csp, name: string): string[] | undefined {
  for (const n of [name, ...(FALLBACK[name] ?? [])]) if (csp.has(n)) return csp.get(n);
  return undefined;
}

const isHashOrNonce = (s: string) => /^'(sha(256|384|512)|nonce)-/i.test(s);

/**
 * What a page's meta policy allows and the header would block (both are enforced, so the
 * header must allow at least as much): [] when the header lets the meta decide everything.
 */
export function headerBlocks(meta: string, header: string): string[] {
  const m = parseCsp(meta);
  const h = parseCsp(header);
  const problems: string[] = [];
  if (m.has('frame-ancestors'))
    problems.push(
      'the meta names frame-ancestors, which browsers ignore in <meta>; it belongs to the header only',
    );
  // The -elem/-attr variants only where a policy names them: otherwise they repeat script-src/style-src.
  const names = new Set([
    ...Object.keys(FALLBACK).filter((n) => !/-(elem|attr)$/.test(n)),
    ...m.keys(),
    ...h.keys(),
  ]);
  for (const name of names) {
    if (name === 'default-src' || name === 'frame-ancestors') continue;
    const hv = effective(h, name);
    if (hv === undefined) continue;
    const mv = effective(m, name);
    if (mv === undefined) {
      if (name in FALLBACK)
        problems.push(`${name}: the header restricts it, the meta leaves it open`);
      continue;
    }
    // A hash or nonce in a policy turns its 'unsafe-inline' off.
    const inline =
      hv.includes("'unsafe-inline'") && !hv.some(isHashOrNonce) && !hv.includes("'strict-dynamic'");
    for (const v of mv) {
      if (v === "'none'" || hv.includes(v)) continue;
      if (isHashOrNonce(v) && inline) continue;
      problems.push(`${name}: the meta allows ${v}, the header does not`);
    }
  }
  return problems;
}

export interface ServingPolicy {
  /** Every header for a path except Cache-Control and HSTS. */
  headers: (embed: boolean) => Record<string, string>;
}

export function servingPolicy(): ServingPolicy {
  const csp = { page: cspHeader(false), embed: cspHeader(true) };
  return {
    headers: (embed) => ({
      // No X-Frame-Options: frame-ancestors replaces it in every current browser, and one
      // header per rule is what _headers hosts can override for the embeds.
      'Content-Security-Policy': embed ? csp.embed : csp.page,
      ...SECURITY_HEADERS,
    }),
  };
}
