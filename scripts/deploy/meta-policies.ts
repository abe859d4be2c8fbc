// The distinct Content-Security-Policy <meta> policies of a build's pages (Astro writes one
// per page, with the hashes of that page's inline scripts and styles).
import { readFileSync } from 'node:fs';
import { filesUnder } from '../lib/files.ts';

export function metaPolicies(dir: string): string[] {
  const out = new Set<string>();
  for (const p of filesUnder(dir).filter((f) => f.endsWith('.html'))) {
    const m = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(
      readFileSync(p, 'utf8'),
    );
    if (m) out.add(m[1]!.replaceAll('&#39;', "'"));
  }
  return [...out].sort();
}
