// The unit-name list, fetched once per page when search is first used (about 2 KB compressed).
import { prepareUnits, type UnitList } from '../lib/search/units.ts';

let loading: Promise<ReturnType<typeof prepareUnits>> | null = null;

export function loadUnits(): Promise<ReturnType<typeof prepareUnits>> {
  loading ??= fetch('/tim-kiem/don-vi.json')
    .then((r) => (r.ok ? (r.json() as Promise<UnitList>) : { version: 1 as const, units: [] }))
    .then(prepareUnits)
    // Without the list, search still works through Pagefind.
    .catch(() => []);
  return loading;
}
