// The generated statistics, typed, for the pages. Run `npm run data:build` first.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { groupBy } from './group.ts';
import type { ReleaseEntry } from './release/changelog.ts';
import type { ListedFile } from './release/package.ts';
import type { Stats } from './stats/types.ts';
import {
  isUnitStandard,
  type NoDataTopic,
  type Standard,
  type TargetStandard,
} from './schema/tables.ts';

// The folder `npm run data:build` writes (STATS_DIR for another dataset, e.g. a synthetic one).
// Read at build time rather than imported: bundling 50 MB of JSON (10,000 communes) into the
// prerender chunk cost Vite time and kept the source text in memory next to the objects.
const statsDir = resolve(process.env['STATS_DIR'] ?? 'src/generated/stats');
const read = <T>(name: string): T => {
  const file = join(statsDir, name);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}. Run \`npm run data:build\` first.`, {
      cause: err,
    });
  }
};
export const meta = read<Stats['meta']>('meta.json');
export const units = read<Stats['units']>('units.json');
export const counts = read<Stats['counts']>('counts.json');
export const progress = read<Stats['progress']>('progress.json');
export const series = read<Stats['series']>('series.json');
export const consistency = read<Stats['consistency']>('consistency.json');
export const summaries = read<Stats['summaries']>('summaries.json');
export const reference = read<Stats['reference']>('reference.json');

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
/** The unit with this code, or undefined. */
export const findUnit = (code: string | null) => (code === null ? undefined : unitByCode.get(code));

// Indexes built once: with 10,000 communes, a scan of every unit from every page made the
// build grow with the square of the dataset.
/** Communes and towns, in data order. */
export const localUnits = units.filter((u) => u.kind === 'commune' || u.kind === 'town');
const localsByDistrict = groupBy(localUnits, (u) => u.districtCode ?? '');
/** Communes and towns of one district (all of them when no district is given). */
export const localUnitsIn = (districtCode?: string) =>
  districtCode === undefined ? localUnits : (localsByDistrict.get(districtCode) ?? []);

const figuresByScope = groupBy(reference.figures, (f) => f.scope);
/** Published figures about one scope (a unit code, or VN), in data order. */
export const figuresOfScope = (scope: string) => figuresByScope.get(scope) ?? [];
const figureById = new Map(reference.figures.map((f) => [f.id, f]));
export const findFigure = (id: string) => figureById.get(id);
const targetById = new Map(reference.targets.map((t) => [t.id, t]));
/** A target's row as published (wording, note, source). */
export function findTarget(id: string) {
  const t = targetById.get(id);
  if (!t) throw new Error(`unknown target ${id}`);
  return t;
}
const recognitionById = new Map(reference.recognitions.map((r) => [r.id, r]));
export const findRecognition = (id: string) => recognitionById.get(id);

/** Natural Earth outline of the city (public domain), GeoJSON MultiPolygon feature. */
export const outline = read<{
  type: 'Feature';
  properties: Record<string, string>;
  geometry: { type: 'MultiPolygon'; coordinates: [number, number][][][] };
}>('outline.json');

/** The release's downloads (written by the pipeline into the statistics folder). */
export const releaseFiles = read<ListedFile[]>('release/files.json');
export const releaseLog = read<{ releases: ReleaseEntry[] }>('release/changelog.json').releases;

// Read as bytes so downloads are served exactly as hashed in datapackage.json.
export function releaseBytes(name: string): Buffer {
  return readFileSync(join(statsDir, 'release', name));
}

/** A table's rows as published in its JSON download (CSV column names, typed values). */
export function releaseRows<Row>(table: string): Row[] {
  return (JSON.parse(releaseBytes(`${table}.json`).toString('utf8')) as { rows: Row[] }).rows;
}

// Open questions: every "Chưa có số liệu công bố" links to the entry that explains it.
const questionByTopic = new Map(
  reference.openQuestions.flatMap((q) => q.topics.map((t) => [t, q] as const)),
);
/** The open question answering a topic (the data build guarantees one per topic). */
export function openQuestion(topic: NoDataTopic) {
  const q = questionByTopic.get(topic);
  if (!q)
    throw new Error(`no open question answers the topic "${topic}": add it to open_questions.csv`);
  return q;
}
/** Where "no published data" about a unit's status on a standard is explained. */
export const statusTopic = (s: Standard): NoDataTopic => `status-${s}`;
/** Where "no published data" on a target's progress is explained. */
export function targetTopic(p: { standard: TargetStandard; deadline: string | null }): NoDataTopic {
  if (isUnitStandard(p.standard)) return statusTopic(p.standard);
  return p.deadline !== null && p.deadline >= '2026' ? 'after-2025' : 'plan-targets';
}
