// What a story may cite, read from the generated statistics: commune and district codes,
// source ids, and the ids a <Stat> can show. Shared by the content collection, check:stories,
// the editor's save check and data:import's check of the stories against new data.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { KnownIds } from './check-story.ts';

export const defaultStatsDir = (): string =>
  resolve(process.env['STATS_DIR'] ?? 'src/generated/stats');

export function readKnownIds(statsDir: string = defaultStatsDir()): KnownIds {
  if (!existsSync(join(statsDir, 'units.json')))
    throw new Error(`${statsDir} has no statistics yet — run npm run data:build first`);
  const read = <T>(name: string): T =>
    JSON.parse(readFileSync(join(statsDir, `${name}.json`), 'utf8')) as T;
  const units = read<{ code: string; kind: string; districtCode: string | null }[]>('units');
  const reference = read<{ sources: { id: string }[]; figures: { id: string }[] }>('reference');
  const counts = read<{ points: { id: string }[] }[]>('counts');
  return {
    communes: new Map(
      units
        .filter((u) => u.kind === 'commune' || u.kind === 'town')
        .map((u) => [u.code, u.districtCode ?? '']),
    ),
    districts: new Set(units.filter((u) => u.kind === 'district').map((u) => u.code)),
    sources: new Set(reference.sources.map((s) => s.id)),
    statIds: new Set([
      ...reference.figures.map((f) => f.id),
      ...counts.flatMap((c) => c.points.map((p) => p.id)),
    ]),
  };
}
