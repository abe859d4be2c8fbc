// `npm run deploy:configs [-- dist]`: the serving configs in deploy/ from a build (its CSP
// hashes) and deploy/policy.ts. `--dist-only` (the last step of `npm run build`) writes just
// dist/_headers, for Netlify and Cloudflare Pages; `--check` fails when a file in deploy/
// differs from what the build gives (npm test runs it), so the shipped configs never go stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { servingPolicy } from '../../deploy/policy.ts';
import { caddyfile, cloudfrontPolicy, headersFile, nginxConfig } from '../../deploy/render.ts';
import { PLACEHOLDER_WARNING, siteUrl, usesPlaceholder } from '../../src/lib/site-url.ts';
import { metaPolicies } from './meta-policies.ts';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
const mode = args.includes('--check') ? 'check' : args.includes('--dist-only') ? 'dist-only' : 'write';

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`✗ ${dist}/ has no build — run npm run build first`);
  process.exit(2);
}
const policy = servingPolicy(metaPolicies(dist));
const host = new URL(siteUrl()).host;
// Netlify sets NETLIFY=true in its builds; any other build gets Cloudflare Pages' variant.
const forHost = process.env['NETLIFY'] === 'true' ? 'netlify' : 'cloudflare';
writeFileSync(join(dist, '_headers'), headersFile(policy, forHost));
if (mode === 'dist-only') {
  console.log(`✓ ${dist}/_headers (${forHost === 'netlify' ? 'Netlify' : 'Cloudflare Pages'})`);
  // The last line of `npm run build`, where a deployer looks.
  if (usesPlaceholder()) console.warn(PLACEHOLDER_WARNING);
  process.exit(0);
}
const files: Record<string, string> = {
  'deploy/nginx/ntm-tphcm.conf': nginxConfig(policy, {
    root: '/srv/ntm-tphcm/dist', serverName: host,
    https: { certificate: `/etc/letsencrypt/live/${host}/fullchain.pem`, key: `/etc/letsencrypt/live/${host}/privkey.pem` },
  }),
  'deploy/caddy/Caddyfile': caddyfile(policy, { root: '/srv/ntm-tphcm/dist', address: host }),
  'deploy/netlify/_headers': headersFile(policy, 'netlify'),
  'deploy/cloudflare-pages/_headers': headersFile(policy, 'cloudflare'),
  'deploy/cloudfront/response-headers-pages.json': cloudfrontPolicy(policy, false),
  'deploy/cloudfront/response-headers-embeds.json': cloudfrontPolicy(policy, true),
};
const stale = Object.entries(files).filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([p]) => p);
if (mode === 'check') {
  if (stale.length) {
    console.error(`✗ out of date with the build: ${stale.join(', ')} — run npm run deploy:configs and commit the result`);
    process.exit(1);
  }
  console.log(`✓ deploy/ matches the build (${Object.keys(files).length} files)`);
} else {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  console.log(`✓ wrote ${Object.keys(files).join(', ')}${stale.length ? ` (${stale.length} changed)` : ' (unchanged)'}`);
}
