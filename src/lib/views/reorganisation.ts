// The 1 July 2025 crosswalk, new unit → the old units it took in: shared by /sap-xep-2025/,
// /giai-doan-2026-2030/ and their English twins.
import { localUnits } from '../site-data.ts';
import type { UnitOut } from '../stats/types.ts';

export interface NewUnit {
  name: string;
  code: string | null;
  kind: string;
  sourceId: string;
  parts: { unit: UnitOut; coverage: string }[];
}

/** New units in Vietnamese alphabetical order, each with the old units (whole or part) it took in. */
export function newUnits(): NewUnit[] {
  // Grouped by the new unit's code (or name, for wards without a code here).
  const byNew = new Map<string, NewUnit>();
  for (const u of localUnits) {
    for (const b of u.becameUnits) {
      const key = b.code ?? b.name;
      const entry = byNew.get(key) ?? {
        name: b.name,
        code: b.code,
        kind: b.kind,
        sourceId: b.sourceId,
        parts: [],
      };
      entry.parts.push({ unit: u, coverage: b.coverage });
      byNew.set(key, entry);
    }
  }
  return [...byNew.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** The sources of the crosswalk. */
export const crosswalkSources = (): string[] => [
  ...new Set(localUnits.flatMap((u) => u.becameUnits.map((b) => b.sourceId))),
];

/** A new unit's row on the crosswalk page: moi-<code>, or its name as a slug for wards without one. */
export const newUnitAnchor = (b: { code: string | null; name: string }): string =>
  `moi-${b.code ?? b.name.replace(/\s+/g, '-').toLowerCase()}`;
