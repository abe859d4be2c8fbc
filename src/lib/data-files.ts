// The site's files that are not pages: the JSON API (/api/v1/), each figure as CSV
// (/so-lieu/<id>.csv) and the release's downloads (/so-lieu/tai-ve/). They were Astro
// endpoints; src/integrations/data-files.ts now writes them as plain files after the build
// (and serves them in `astro dev`): as routes, each of these files (half the build's files)
// cost a page's route, Request and Response. Same bytes as the endpoints wrote.
import Papa from 'papaparse';
import {
  API_BASE,
  API_VERSION,
  ENDPOINTS,
  TABLE_ENDPOINTS,
  apiSchemas,
  envelope,
  progressRows,
  unitSteps,
  type Json,
} from './api.ts';
import { factCard, figure } from './facts.ts';
import { groupBy } from './group.ts';
import { latestHighest } from './pages.ts';
import {
  meta,
  progress,
  reference,
  releaseBytes,
  releaseFiles,
  releaseRows,
  source,
  unit,
  units,
} from './site-data.ts';

export interface DataFile {
  /** URL path, from the site's root: /api/v1/units.json. */
  path: string;
  /** Content-Type, as the endpoints sent it (used by the dev server). */
  type: string;
  /** Made on demand, so a 10,000-commune site never holds all its files at once. */
  body: () => string | Uint8Array;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Row = Record<string, Json>;
const rows = (table: string) => releaseRows<Row>(table);

/** /api/v1/index.json: what the API offers and the schema of each file. */
function apiIndex(): DataFile {
  return {
    path: `${API_BASE}/index.json`,
    type: JSON_TYPE,
    body: () => {
      const endpoints = Object.fromEntries(
        ENDPOINTS.map((e) => [
          e.key,
          {
            path: e.path,
            schema: `${API_BASE}/schemas/${e.schema}.json`,
            description: e.description,
          },
        ]),
      );
      const body = {
        api_version: API_VERSION,
        release: meta.release,
        synthetic: meta.synthetic,
        licence: meta.licence,
        endpoints,
      };
      return `${JSON.stringify(body, null, 1)}\n`;
    },
  };
}

/** /api/v1/schemas/<name>.json: the JSON Schema (2020-12) each API file validates against. */
function apiSchemaFiles(): DataFile[] {
  const schemas = apiSchemas();
  return Object.keys(schemas).map((name) => ({
    path: `${API_BASE}/schemas/${name}.json`,
    type: 'application/schema+json; charset=utf-8',
    body: () => `${JSON.stringify(schemas[name], null, 1)}\n`,
  }));
}

/** /api/v1/<table>.json and /api/v1/progress.json: whole tables in an envelope. */
function apiTables(): DataFile[] {
  return [...TABLE_ENDPOINTS, 'progress'].map((name) => ({
    path: `${API_BASE}/${name}.json`,
    type: JSON_TYPE,
    body: () => {
      const data = name === 'progress' ? progressRows(progress) : releaseRows<Json>(name);
      return `${JSON.stringify(envelope(meta, data, { count: data.length }))}\n`;
    },
  }));
}

/** /api/v1/units/<code>.json: one unit with its standards, recognitions, figures and the
 * unit(s) it became in 2025. */
function apiUnits(): DataFile[] {
  // Rows grouped once: a 10,000-commune site has 10,000 of these files.
  let by: Record<'units' | 'recognitions' | 'figures' | 'crosswalk', Map<Json, Row[]>> | null =
    null;
  const byColumn = (table: string, column: string) => groupBy(rows(table), (r) => r[column]!);
  return units.map(({ code }) => ({
    path: `${API_BASE}/units/${code}.json`,
    type: JSON_TYPE,
    body: () => {
      by ??= {
        units: byColumn('units', 'code'),
        recognitions: byColumn('recognitions', 'unit_code'),
        figures: byColumn('figures', 'scope'),
        crosswalk: byColumn('crosswalk', 'old_code'),
      };
      const u = unit(code);
      const data = {
        unit: by.units.get(code)![0]!,
        highest_standard: latestHighest(u),
        steps: unitSteps(u),
        recognitions: by.recognitions.get(code) ?? [],
        figures: by.figures.get(code) ?? [],
        became: by.crosswalk.get(code) ?? [],
      };
      return `${JSON.stringify(envelope(meta, data))}\n`;
    },
  }));
}

/** /api/v1/figures/<id>.json: one published figure with its source and citations. */
function apiFigures(site: URL): DataFile[] {
  let by: { figures: Map<Json, Row>; sources: Map<Json, Row> } | null = null;
  return reference.figures.map(({ id }) => ({
    path: `${API_BASE}/figures/${id}.json`,
    type: JSON_TYPE,
    body: () => {
      by ??= {
        figures: new Map(rows('figures').map((r) => [r['id']!, r])),
        sources: new Map(rows('sources').map((r) => [r['id']!, r])),
      };
      const f = figure(id);
      const card = factCard(f, site);
      const data = {
        figure: by.figures.get(f.id)!,
        source: by.sources.get(f.sourceId)!,
        permalink: card.permalink,
        citation: { sentence: card.sentence, apa: card.apa, bibtex: card.bibtex },
      };
      return `${JSON.stringify(envelope(meta, data))}\n`;
    },
  }));
}

/** /so-lieu/<figure-id>.csv: one figure as a one-row CSV with the figures table's columns,
 * plus the source's title and URL so the file stands alone. */
function figureCsvs(): DataFile[] {
  return reference.figures.map(({ id }) => ({
    path: `/so-lieu/${id}.csv`,
    type: CSV_TYPE,
    body: () => {
      const f = figure(id);
      const s = source(f.sourceId);
      const row = {
        id: f.id,
        scope: f.scope,
        metric: f.metric,
        standard: f.standard ?? '',
        value: f.value,
        denominator: f.denominator ?? '',
        unit: f.unit,
        qualifier: f.qualifier,
        as_of: f.asOf,
        source_id: f.sourceId,
        source_title: s.title,
        source_url: s.url ?? '',
        decision_number: s.decisionNumber ?? '',
        quote: f.quote ?? '',
        note: f.note ?? '',
      };
      return `${Papa.unparse([row], { newline: '\r\n' })}\r\n`;
    },
  }));
}

/** /so-lieu/tai-ve/<file>: the release's downloads, byte for byte as the pipeline wrote and
 * hashed them (datapackage.json lists each file's SHA-256). */
function downloads(): DataFile[] {
  return [...releaseFiles.map((f) => f.name), 'datapackage.json'].map((name) => ({
    path: `/so-lieu/tai-ve/${name}`,
    type: name.endsWith('.csv') ? CSV_TYPE : name.endsWith('.xlsx') ? XLSX_TYPE : JSON_TYPE,
    body: () => new Uint8Array(releaseBytes(name)),
  }));
}

/** Every file that is not a page, for a site at this address. */
export function dataFiles(site: URL): DataFile[] {
  return [
    apiIndex(),
    ...apiSchemaFiles(),
    ...apiTables(),
    ...apiUnits(),
    ...apiFigures(site),
    ...figureCsvs(),
    ...downloads(),
  ];
}
