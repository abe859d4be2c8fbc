// Deterministic JSON: sorted object keys, compact, trailing newline.
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`non-finite number in output: ${value}`);
  return value;
}

export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) + '\n';
}
