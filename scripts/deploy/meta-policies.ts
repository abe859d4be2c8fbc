// The distinct Content-Security-Policy <meta> policies of a build's pages (Astro writes one
// per page, with the hashes of that page's inline scripts and styles).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function metaPolicies(dir: string): string[] {
  const out = new Set<string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) {
        const m = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readFileSync(p, 'utf8'));
        if (m) out.add(m[1]!.replaceAll('&#39;', "'"));
      }
    }
  };
  walk(dir);
  return [...out].sort();
}
