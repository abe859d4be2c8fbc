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
import changelogJson from '~stats/release/changelog.json';
import filesJson from '~stats/release/files.json';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReleaseEntry } from './release/changelog.ts';
import type { ReleaseFile } from './release/package.ts';
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

/** The release's downloads (written by the pipeline into the statistics folder). */
export const releaseFiles = filesJson as unknown as (Omit<ReleaseFile, 'text'> & { bytes: number })[];
export const releaseLog = (changelogJson as unknown as { releases: ReleaseEntry[] }).releases;

// Same folder the `~stats` alias points at (astro.config.mjs); read as bytes so downloads
// are served exactly as hashed in datapackage.json.
const statsDir = resolve(process.env['STATS_DIR'] ?? 'src/generated/stats');
export function releaseBytes(name: string): Buffer {
  return readFileSync(join(statsDir, 'release', name));
}

/** A table's rows as published in its JSON download (CSV column names, typed values). */
export function releaseRows<Row>(table: string): Row[] {
  return (JSON.parse(releaseBytes(`${table}.json`).toString('utf8')) as { rows: Row[] }).rows;
}
