// Tiny helpers for SVG strings rendered at build time.
export function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Fixed precision keeps the markup small and byte-stable across builds. */
export const px = (x: number): string => (Math.round(x * 10) / 10).toString();
