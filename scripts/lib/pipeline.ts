// The data pipeline with its I/O: read data/*.csv → validate → compute → write JSON.
// Output is replaced only when everything succeeded, so bad input never clobbers it.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeCsv, parseCsv, semicolonProblem, type CsvTable } from '../../src/lib/data/csv.ts';
import {
  formatDiagnostic,
  sortDiagnostics,
  type Diagnostic,
} from '../../src/lib/data/diagnostics.ts';
import { validateDataset } from '../../src/lib/data/validate.ts';
import { TABLES, type Dataset, type TableName } from '../../src/lib/schema/tables.ts';
import { changelog, type ReleaseInput } from '../../src/lib/release/changelog.ts';
import { dataPackage, releaseFiles } from '../../src/lib/release/package.ts';
import { siteUrl } from '../../src/lib/site-url.ts';
import { buildWorkbook } from '../../src/lib/spreadsheet/export.ts';
import { WORKBOOK_NAME } from '../../src/lib/release/package.ts';
import { computeStats } from '../../src/lib/stats/compute.ts';
import type { Stats } from '../../src/lib/stats/types.ts';
import { stableJson } from './json.ts';

export interface PipelineOptions {
  dataDir: string;
  outDir: string;
  /** Treat warnings as errors. */
  strict?: boolean;
  log?: (line: string) => void;
}

export interface PipelineResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  stats: Stats | null;
  rows: number;
}

export const STATS_FILES = [
  'meta',
  'units',
  'counts',
  'progress',
  'series',
  'consistency',
  'summaries',
  'reference',
] as const;

export function readDataset(dataDir: string): {
  dataset: Dataset | null;
  diagnostics: Diagnostic[];
  rows: number;
} {
  const diagnostics: Diagnostic[] = [];
  const tables = {} as Record<TableName, CsvTable | null>;
  let rows = 0;
  const shown = basename(resolve(dataDir));
  // A file in the wrong encoding or with the wrong separator is reported alone: its
  // rows would be garbage, and every reference to them would fail as well.
  const unreadable: Diagnostic[] = [];
  for (const name of Object.keys(TABLES) as TableName[]) {
    const path = join(dataDir, TABLES[name].file);
    if (!existsSync(path)) {
      tables[name] = null;
      continue;
    }
    const file = `${shown}/${TABLES[name].file}`;
    const decoded = decodeCsv(file, readFileSync(path));
    const problem = decoded.problem ?? semicolonProblem(file, decoded.text);
    if (problem) {
      unreadable.push(problem);
      continue;
    }
    const parsed = parseCsv(file, decoded.text!);
    diagnostics.push(...parsed.diagnostics);
    tables[name] = parsed.table;
    rows += parsed.table.rows.length;
  }
  if (unreadable.length > 0) return { dataset: null, diagnostics: unreadable, rows };
  const result = validateDataset(tables, shown);
  return { dataset: result.dataset, diagnostics: [...diagnostics, ...result.diagnostics], rows };
}

/** Writes every file into a fresh folder, then swaps it in place of the old one. */
export function writeAtomically(outDir: string, files: Record<string, string | Uint8Array>): void {
  const parent = dirname(resolve(outDir));
  mkdirSync(parent, { recursive: true });
  const tmp = `${resolve(outDir)}.tmp-${process.pid}`;
  const old = `${resolve(outDir)}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(tmp, name)), { recursive: true });
    writeFileSync(join(tmp, name), content);
  }
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
}

export function runPipeline(opts: PipelineOptions): PipelineResult {
  const log = opts.log ?? (() => {});
  const { dataset, diagnostics, rows } = readDataset(opts.dataDir);
  const sorted = sortDiagnostics(diagnostics);
  const failing = sorted.filter(
    (d) => d.severity === 'error' || (opts.strict && d.severity === 'warning'),
  );
  for (const d of sorted) log(formatDiagnostic(d));
  if (failing.length > 0 || dataset === null) {
    log(
      `✗ ${failing.length} problem(s) in ${opts.dataDir}; the previous output in ${opts.outDir} was left untouched.`,
    );
    return { ok: false, diagnostics: sorted, stats: null, rows };
  }
  const stats = computeStats(dataset);
  const files: Record<string, string | Uint8Array> = {};
  for (const key of STATS_FILES) files[`${key}.json`] = stableJson(stats[key]);
  // Earlier releases, archived by `npm run data:release`, give the computed changelog.
  const archives: ReleaseInput[] = [];
  const releasesDir = join(opts.dataDir, 'releases');
  for (const name of existsSync(releasesDir) ? readdirSync(releasesDir).sort() : []) {
    const old = readDataset(join(releasesDir, name));
    const broken = old.diagnostics.filter((d) => d.severity === 'error');
    if (old.dataset === null || broken.length > 0) {
      for (const d of broken) log(formatDiagnostic(d));
      log(
        `✗ archived release ${join(releasesDir, name)} does not validate; fix or remove it. The previous output in ${opts.outDir} was left untouched.`,
      );
      return { ok: false, diagnostics: sortDiagnostics([...sorted, ...broken]), stats: null, rows };
    }
    if (old.dataset.dataset.release === dataset.dataset.release) continue; // the current release itself
    archives.push({
      release: old.dataset.dataset.release,
      data: old.dataset,
      units: computeStats(old.dataset).units,
    });
  }
  const log_ = changelog([
    ...archives,
    { release: dataset.dataset.release, data: dataset, units: stats.units },
  ]);
  const downloads = releaseFiles(dataset, stats, log_);
  for (const f of downloads) files[`release/${f.name}`] = f.text;
  // Same default as astro.config.mjs: the public address permalinks and the data package use.
  files['release/datapackage.json'] = dataPackage(stats, downloads, siteUrl());
  // For Excel users: the same tables as one workbook, typed cells and a dictionary sheet.
  // Outside the data package, which describes the files machines read.
  const tableCsvs = Object.fromEntries(
    downloads.filter((f) => f.kind === 'table').map((f) => [f.group, f.text]),
  ) as Parameters<typeof buildWorkbook>[0];
  const workbook = buildWorkbook(tableCsvs, {
    for: 'readers',
    licence: stats.meta.licence,
    siteUrl: siteUrl(),
  }).bytes;
  files[`release/${WORKBOOK_NAME}`] = workbook;
  files['release/files.json'] = stableJson([
    ...downloads.map((f) => ({
      name: f.name,
      title: f.title,
      format: f.format,
      group: f.group,
      kind: f.kind,
      bytes: Buffer.byteLength(f.text, 'utf8'),
    })),
    {
      name: WORKBOOK_NAME,
      title: 'Sổ Excel: mọi bảng dữ liệu, ô số và ô ngày có kiểu, kèm từ điển dữ liệu',
      format: 'xlsx',
      group: 'workbook',
      kind: 'workbook',
      bytes: workbook.length,
      sha256: createHash('sha256').update(workbook).digest('hex'),
    },
  ]);
  // The city outline (Natural Earth) travels with the statistics; a dataset folder without
  // geo/ (e.g. a synthetic one) uses the bundled outline.
  const own = join(opts.dataDir, 'geo', 'hcmc-outline.json');
  const bundled = join(
    dirname(fileURLToPath(import.meta.url)),
    '..',
    '..',
    'data',
    'geo',
    'hcmc-outline.json',
  );
  files['outline.json'] = readFileSync(existsSync(own) ? own : bundled, 'utf8');
  writeAtomically(opts.outDir, files);
  return { ok: true, diagnostics: sorted, stats, rows };
}
