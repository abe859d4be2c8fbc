// `npm run deploy:configs`: the serving configs in deploy/ from deploy/policy.ts. They hold no
// per-build value (the CSP hashes stay in each page's <meta>), so one config serves every
// release the desk switches `current` to. `--dist-only` (the last step of `npm run build`)
// writes just <dist>/_headers, for Netlify and Cloudflare Pages; `--check` fails when a file in
// deploy/ differs from what the policy gives (npm test runs it), so the shipped configs never
// go stale. Where a build exists (always with --dist-only), its meta policies are also checked
// against the header: the header must not block anything a page's meta allows.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LIVE_ROOT, cspHeader, headerBlocks, servingPolicy } from '../../deploy/policy.ts';
import { caddyfile, cloudfrontPolicy, headersFile, nginxConfig } from '../../deploy/render.ts';
import { PLACEHOLDER_WARNING, siteUrl, usesPlaceholder } from '../../src/lib/site-url.ts';
import { metaPolicies } from './meta-policies.ts';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
const mode = args.includes('--check')
  ? 'check'
  : args.includes('--dist-only')
    ? 'dist-only'
    : 'write';
const built = existsSync(join(dist, 'index.html'));

if (mode === 'dist-only' && !built) {
  console.error(`✗ ${dist}/ has no build — run npm run build first`);
  process.exit(2);
}
const policy = servingPolicy();
if (built) {
  const metas = metaPolicies(dist);
  if (metas.length === 0) {
    console.error(`✗ ${dist}/ has no Content-Security-Policy <meta>`);
    process.exit(1);
  }
  const blocked = [
    ...new Set(
      metas.flatMap((m) => [false, true].flatMap((embed) => headerBlocks(m, cspHeader(embed)))),
    ),
  ];
  if (blocked.length) {
    console.error(
      `✗ the header CSP (deploy/policy.ts) would block what ${dist}/'s pages allow:\n  ${blocked.join('\n  ')}`,
    );
    process.exit(1);
  }
}
const host = new URL(siteUrl()).host;
if (built) {
  // Netlify sets NETLIFY=true in its builds; any other build gets Cloudflare Pages' variant.
  const forHost = process.env['NETLIFY'] === 'true' ? 'netlify' : 'cloudflare';
  if (mode !== 'check') writeFileSync(join(dist, '_headers'), headersFile(policy, forHost));
  if (mode === 'dist-only') {
    console.log(`✓ ${dist}/_headers (${forHost === 'netlify' ? 'Netlify' : 'Cloudflare Pages'})`);
    // The last line of `npm run build`, where a deployer looks.
    if (usesPlaceholder()) console.warn(PLACEHOLDER_WARNING);
    process.exit(0);
  }
}
const files: Record<string, string> = {
  'deploy/nginx/ntm-tphcm.conf': nginxConfig(policy, {
    root: LIVE_ROOT,
    serverName: host,
    https: {
      certificate: `/etc/letsencrypt/live/${host}/fullchain.pem`,
      key: `/etc/letsencrypt/live/${host}/privkey.pem`,
    },
  }),
  'deploy/caddy/Caddyfile': caddyfile(policy, { root: LIVE_ROOT, address: host }),
  'deploy/netlify/_headers': headersFile(policy, 'netlify'),
  'deploy/cloudflare-pages/_headers': headersFile(policy, 'cloudflare'),
  'deploy/cloudfront/response-headers-pages.json': cloudfrontPolicy(policy, false),
  'deploy/cloudfront/response-headers-embeds.json': cloudfrontPolicy(policy, true),
};
const stale = Object.entries(files)
  .filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text)
  .map(([p]) => p);
const checked = built ? `, and ${dist}/'s meta policies pass the header` : '';
if (mode === 'check') {
  if (stale.length) {
    console.error(
      `✗ out of date with deploy/policy.ts: ${stale.join(', ')} — run npm run deploy:configs and commit the result`,
    );
    process.exit(1);
  }
  console.log(`✓ deploy/ matches the policy (${Object.keys(files).length} files)${checked}`);
} else {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  console.log(
    `✓ wrote ${Object.keys(files).join(', ')}${stale.length ? ` (${stale.length} changed)` : ' (unchanged)'}${checked}`,
  );
}
