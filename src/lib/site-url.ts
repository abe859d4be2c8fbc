// The site's public address: absolute links in the feed, sitemap, robots.txt, share tags,
// canonical links, the data package and the serving configs. Set SITE_URL for a real
// deployment; without it everything points at a placeholder, and the build says so.
export const PLACEHOLDER_SITE_URL = 'https://ntm-tphcm.example';

export function siteUrl(): string {
  const v = process.env['SITE_URL'];
  if (v === undefined || v === '') return PLACEHOLDER_SITE_URL;
  const url = new URL(v); // throws on a malformed address, naming it
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL=${v}: use an https:// address`);
  return url.origin;
}

export const usesPlaceholder = (): boolean => siteUrl() === PLACEHOLDER_SITE_URL;

/** The banner a production build prints when SITE_URL is not set. */
export const PLACEHOLDER_WARNING = [
  '⚠ ──────────────────────────────────────────────────────────────────────────────',
  `⚠ SITE_URL is not set: the feed, sitemap, robots.txt, share cards, canonical links and the`,
  `⚠ data package of this build point at ${PLACEHOLDER_SITE_URL}, not at the real site.`,
  '⚠ Fine for a local preview; for a deployment build with SITE_URL=https://<address> npm run build',
  '⚠ ──────────────────────────────────────────────────────────────────────────────',
].join('\n');
