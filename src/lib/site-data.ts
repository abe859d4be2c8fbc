// The generated statistics, typed, for the pages. Run `npm run data:build` first.
import consistencyJson from '~stats/consistency.json';
import countsJson from '~stats/counts.json';
import metaJson from '~stats/meta.json';
import progressJson from '~stats/progress.json';
import referenceJson from '~stats/reference.json';
import seriesJson from '~stats/series.json';
import summariesJson from '~stats/summaries.json';
import unitsJson from '~stats/units.json';
import outlineJson from '~stats/outline.json';
import type { Stats } from './stats/types.ts';

export const meta = metaJson as Stats['meta'];
export const units = unitsJson as unknown as Stats['units'];
export const counts = countsJson as unknown as Stats['counts'];
export const progress = progressJson as unknown as Stats['progress'];
export const series = seriesJson as unknown as Stats['series'];
export const consistency = consistencyJson as unknown as Stats['consistency'];
export const summaries = summariesJson as unknown as Stats['summaries'];
export const reference = referenceJson as unknown as Stats['reference'];

const sourceById = new Map(reference.sources.map((s) => [s.id, s]));
export function source(id: string) {
  const s = sourceById.get(id);
  if (!s) throw new Error(`unknown source ${id}`);
  return s;
}

const unitByCode = new Map(units.map((u) => [u.code, u]));
export function unit(code: string) {
  const u = unitByCode.get(code);
  if (!u) throw new Error(`unknown unit ${code}`);
  return u;
}

/** Natural Earth outline of the city (public domain), GeoJSON MultiPolygon feature. */
export const outline = outlineJson as { type: 'Feature'; properties: Record<string, string>; geometry: { type: 'MultiPolygon'; coordinates: [number, number][][][] } };
