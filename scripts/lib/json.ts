// Deterministic JSON: the statistics build every object with a fixed key order and sorts
// every list, so plain serialisation is stable. Non-finite numbers are refused.
export function stableJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'number' && !Number.isFinite(v))
        throw new Error(`non-finite number in output: ${v}`);
      return v;
    }) + '\n'
  );
}
