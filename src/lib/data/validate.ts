// Parsed CSV tables → a typed, checked Dataset plus every problem found.
// Pure: no file access, so tests can feed it fixtures directly.
import { hasMarkup, type Column, type Columns } from '../schema/columns.ts';
import {
  NO_DATA_TOPICS, STANDARDS, TABLES, isOtherScope, type Dataset, type Standard, type TableName, type TableSpec,
} from '../schema/tables.ts';
import { type CsvTable } from './csv.ts';
import type { Diagnostic } from './diagnostics.ts';
import { REQUIRES, levelOfStandard } from '../stats/standards.ts';

/** A parsed cell as text for a message: cells hold strings, numbers, booleans or nothing. */
const cellText = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : v == null ? '' : JSON.stringify(v);

/** Old HCMC (before the 2025 merger), with a small margin. */
export const HCMC_BOUNDS = { minLat: 10.3, maxLat: 11.2, minLon: 106.3, maxLon: 107.1 } as const;

interface Located<T> {
  value: T;
  line: number;
  cells: Record<string, { line: number; column: number }>;
}



function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}

export function closest(word: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const dist = editDistance(word, c);
    if (dist < bestD) {
      bestD = dist;
      best = c;
    }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}

function checkTable<C extends Columns>(
  spec: TableSpec<C>,
  csv: CsvTable,
  diags: Diagnostic[],
): Located<Record<string, unknown>>[] {
  const file = csv.file;
  const expected = Object.keys(spec.columns);
  if (csv.header.length === 0) return [];
  const headerNames = csv.header.map((h) => h.raw.trim());
  const missing = expected.filter((c) => !headerNames.includes(c));
  const seen = new Set<string>();
  csv.header.forEach((h, i) => {
    const name = headerNames[i]!;
    if (seen.has(name)) {
      diags.push({ severity: 'error', file, line: h.line, column: h.column, message: `header "${name}" appears twice`, fix: 'remove the duplicate column' });
    }
    seen.add(name);
    if (!expected.includes(name)) {
      const guess = closest(name, missing);
      diags.push({
        severity: 'error', file, line: h.line, column: h.column,
        message: `unknown column "${name}"`,
        fix: guess ? `did you mean "${guess}"? rename the header` : `remove it; the columns of ${spec.file} are: ${expected.join(', ')}`,
      });
    }
  });
  for (const m of missing) {
    const misspelt = headerNames.some((n) => !expected.includes(n) && closest(n, [m]) === m);
    if (!misspelt) {
      diags.push({ severity: 'error', file, line: 1, column: 1, message: `missing column "${m}"`, fix: `add a "${m}" column (${spec.columns[m]!.doc})` });
    }
  }
  if (csv.rows.length === 0) {
    diags.push({ severity: 'error', file, line: 1, column: 1, message: 'file has a header but no data rows', fix: 'add the data rows, or restore the file from git' });
    return [];
  }
  const index = new Map(headerNames.map((n, i) => [n, i]));
  const out: Located<Record<string, unknown>>[] = [];
  for (const cells of csv.rows) {
    const line = cells[0]!.line;
    if (cells.length !== csv.header.length) {
      diags.push({
        severity: 'error', file, line, column: 1,
        message: `row has ${cells.length} fields but the header has ${csv.header.length}`,
        fix: 'check for a missing or extra comma; quote any text that contains a comma',
      });
      continue;
    }
    const value: Record<string, unknown> = {};
    const positions: Record<string, { line: number; column: number }> = {};
    let rowOk = true;
    for (const name of expected) {
      const col = spec.columns[name] as Column<unknown>;
      const i = index.get(name);
      if (i === undefined) {
        rowOk = false;
        continue;
      }
      const cell = cells[i]!;
      positions[name] = { line: cell.line, column: cell.column };
      let raw = cell.raw;
      if (raw !== raw.trim()) {
        diags.push({ severity: 'warning', file, line: cell.line, column: cell.column, message: `${name}: stray spaces around "${raw.trim()}" were removed`, fix: 'delete the leading/trailing spaces' });
        raw = raw.trim();
      }
      const nfc = raw.normalize('NFC');
      if (nfc !== raw) {
        diags.push({ severity: 'warning', file, line: cell.line, column: cell.column, message: `${name}: text was in decomposed Unicode (NFD) and was normalised to NFC`, fix: 'save the file with precomposed (NFC) Vietnamese characters' });
        raw = nfc;
      }
      if (hasMarkup(raw)) {
        diags.push({ severity: 'warning', file, line: cell.line, column: cell.column, message: `${name}: contains HTML/script markup; it is kept as plain text and never rendered`, fix: 'remove the markup unless the source really contains it' });
      }
      const parsed = col.parse(raw);
      if (parsed.ok) value[name] = parsed.value;
      else {
        rowOk = false;
        diags.push({ severity: 'error', file, line: cell.line, column: cell.column, message: `${name}: ${parsed.problem}`, fix: parsed.fix });
      }
    }
    if (rowOk) out.push({ value, line, cells: positions });
  }
  for (const key of spec.unique) {
    const first = new Map<unknown, number>();
    for (const r of out) {
      const v = r.value[key];
      const prev = first.get(v);
      const pos = r.cells[key]!;
      if (prev !== undefined) {
        diags.push({ severity: 'error', file, line: pos.line, column: pos.column, message: `duplicate ${key} "${String(v)}" (first on line ${prev})`, fix: `give each row its own ${key}` });
      } else first.set(v, pos.line);
    }
  }
  return out;
}

export interface ValidationResult {
  dataset: Dataset | null;
  diagnostics: Diagnostic[];
}

/** Validates all tables. `tables` maps each table name to its parsed CSV (or null if the file is missing). */
export function validateDataset(tables: Record<TableName, CsvTable | null>, dir = 'data'): ValidationResult {
  const diags: Diagnostic[] = [];
  const located = {} as Record<TableName, Located<Record<string, unknown>>[]>;
  for (const name of Object.keys(TABLES) as TableName[]) {
    const spec = TABLES[name] as unknown as TableSpec;
    const csv = tables[name];
    if (!csv) {
      diags.push({ severity: 'error', file: `${dir}/${spec.file}`, line: 0, column: 0, message: 'file is missing', fix: `create ${spec.file} with the columns listed in data/README.md` });
      located[name] = [];
      continue;
    }
    located[name] = checkTable(spec, csv, diags);
  }
  const file = (t: TableName) => tables[t]?.file ?? `${dir}/${TABLES[t].file}`;
  const err = (t: TableName, r: Located<unknown>, col: string, message: string, fix: string) => {
    const p = r.cells[col] ?? { line: r.line, column: 1 };
    diags.push({ severity: 'error', file: file(t), line: p.line, column: p.column, message, fix });
  };
  const warn = (t: TableName, r: Located<unknown>, col: string, message: string, fix: string) => {
    const p = r.cells[col] ?? { line: r.line, column: 1 };
    diags.push({ severity: 'warning', file: file(t), line: p.line, column: p.column, message, fix });
  };

  // Reference checks.
  // Keys come from the raw cells, so that one bad row elsewhere in it does not
  // also make every reference to it fail.
  const rawKeys = (t: TableName, col: string): Set<string> => {
    const csv = tables[t];
    const i = csv?.header.findIndex((h) => h.raw.trim() === col) ?? -1;
    if (!csv || i < 0) return new Set();
    return new Set(csv.rows.map((cells) => cells[i]?.raw.trim().normalize('NFC') ?? '').filter(Boolean));
  };
  const keys: Record<string, Set<string>> = {
    sources: rawKeys('sources', 'id'),
    units: rawKeys('units', 'code'),
    criteria_sets: rawKeys('criteria_sets', 'id'),
  };
  for (const name of Object.keys(TABLES) as TableName[]) {
    const cols = TABLES[name].columns as Columns;
    for (const [colName, col] of Object.entries(cols)) {
      if (!col.ref) continue;
      // A table whose CSV syntax is broken has unreliable keys: report the syntax error only.
      if (tables[col.ref as TableName]?.broken) continue;
      const known = keys[col.ref]!;
      for (const r of located[name]) {
        const v = r.value[colName];
        if (v === null || v === undefined || known.has(v as string)) continue;
        const guess = closest(v as string, known);
        err(name, r, colName, `${colName}: unknown ${col.ref === 'units' ? 'unit code' : col.ref === 'sources' ? 'source id' : 'criteria set id'} "${cellText(v)}"`,
          guess ? `did you mean "${guess}"?` : `add it to ${TABLES[col.ref as TableName].file} first, or correct the reference`);
      }
    }
  }

  // Sources need something a reader can find.
  for (const r of located.sources) {
    const unknownUrl = r.value['url_status'] === 'unknown';
    if (r.value['url'] === null && r.value['decision_number'] === null && !unknownUrl) {
      err('sources', r, 'url', 'source has neither a URL nor a decision number', 'add the URL where it is published, or the decision number; if neither is known, set url_status to "unknown" and say in note how the text reached us');
    }
    if (unknownUrl && r.value['url'] !== null) err('sources', r, 'url_status', 'url_status is "unknown" but the source has a URL', 'empty url_status');
    if (unknownUrl && r.value['note'] === null) err('sources', r, 'note', 'a source whose address is not known needs a note', 'say in note how the text reached us and what is not known about it');
  }

  // Units: hierarchy, slugs, coordinates, programme status.
  const unitByCode = new Map(located.units.map((r) => [r.value['code'] as string, r]));
  const slugSeen = new Map<string, number>();
  for (const r of located.units) {
    const u = r.value;
    const kind = u['kind'] as string;
    const parent = u['parent_code'] as string | null;
    const parentKind = parent ? (unitByCode.get(parent)?.value['kind'] as string | undefined) : undefined;
    const wantParent = kind === 'city' ? null : kind === 'district' ? 'city' : 'district';
    if (wantParent === null && parent !== null) err('units', r, 'parent_code', 'the city has no parent', 'leave parent_code empty');
    if (wantParent !== null && parent === null) err('units', r, 'parent_code', `a ${kind} needs a parent ${wantParent}`, `fill in the code of its ${wantParent}`);
    if (wantParent !== null && parentKind !== undefined && parentKind !== wantParent) {
      err('units', r, 'parent_code', `parent of a ${kind} must be a ${wantParent}, not a ${parentKind}`, 'correct parent_code');
    }
    const namespace = kind === 'district' ? 'huyen' : kind === 'city' ? 'city' : 'xa';
    const slugKey = `${namespace}/${String(u['slug'])}`;
    const prev = slugSeen.get(slugKey);
    if (prev !== undefined) err('units', r, 'slug', `duplicate slug "${String(u['slug'])}" (first on line ${prev})`, 'make the slug unique, e.g. add the district: "tan-phu-cu-chi"');
    else slugSeen.set(slugKey, r.line);
    const lat = u['lat'] as number | null;
    const lon = u['lon'] as number | null;
    if ((lat === null) !== (lon === null)) err('units', r, lat === null ? 'lat' : 'lon', 'only one of lat/lon is filled', 'fill both or neither');
    if (lat !== null && lon !== null) {
      if (lat < HCMC_BOUNDS.minLat || lat > HCMC_BOUNDS.maxLat || lon < HCMC_BOUNDS.minLon || lon > HCMC_BOUNDS.maxLon) {
        err('units', r, 'lat', `coordinates ${lat}, ${lon} lie outside Ho Chi Minh City`,
          `check the point; HCMC lies within latitude ${HCMC_BOUNDS.minLat}–${HCMC_BOUNDS.maxLat} and longitude ${HCMC_BOUNDS.minLon}–${HCMC_BOUNDS.maxLon} (lat and lon swapped?)`);
      }
      if (u['coord_quality'] === null) err('units', r, 'coord_quality', 'coordinates without a quality mark', 'set coord_quality to "approximate"');
      if (u['coord_source_id'] === null) err('units', r, 'coord_source_id', 'coordinates without a source', 'fill coord_source_id with the id of the source they come from');
    }
    if (u['in_programme'] === 'no' && u['not_in_programme_reason'] === null) {
      err('units', r, 'not_in_programme_reason', 'a unit outside the programme needs the reason', 'write why, as the source states it');
    }
  }

  // Recognitions: placeable in time, right level, ladder order.
  for (const r of located.recognitions) {
    const v = r.value;
    const std = v['standard'] as Standard;
    const unit = unitByCode.get(v['unit_code'] as string)?.value;
    if (unit) {
      const level = levelOfStandard(std);
      const kind = unit['kind'] as string;
      const okLevel = level === 'commune' ? kind === 'commune' || kind === 'town' : level === 'district' ? kind === 'district' : kind === 'city';
      if (!okLevel) err('recognitions', r, 'standard', `standard "${std}" does not apply to a ${kind}`, `use a ${kind}-level standard, or correct unit_code`);
    }
    if (v['event'] === 'not-yet' && v['as_of'] === null) err('recognitions', r, 'as_of', '"not-yet" needs the date it was still not reached', 'fill as_of');
    if (v['event'] !== 'not-yet' && v['year'] === null && v['as_of'] === null && v['decided_on'] === null) {
      err('recognitions', r, 'year', 'cannot place this in time: no year, as_of or decided_on', 'fill the year of the standard, or the date by which it had happened');
    }
  }
  const knownYear = (v: Record<string, unknown>): number | null =>
    (v['year'] as number | null) ?? (v['decided_on'] ? Number(cellText(v['decided_on']).slice(0, 4)) : null);
  const recsByUnit = new Map<string, Located<Record<string, unknown>>[]>();
  for (const r of located.recognitions) {
    const list = recsByUnit.get(r.value['unit_code'] as string) ?? [];
    list.push(r);
    recsByUnit.set(r.value['unit_code'] as string, list);
  }
  for (const r of located.recognitions) {
    const v = r.value;
    if (v['event'] === 'not-yet') continue;
    const y = knownYear(v);
    if (y === null) continue;
    for (const lower of REQUIRES[v['standard'] as Standard]) {
      for (const o of recsByUnit.get(v['unit_code'] as string) ?? []) {
        const w = o.value;
        if (w['standard'] !== lower || w['event'] === 'not-yet') continue;
        const oy = knownYear(w);
        if (oy !== null && oy > y) {
          err('recognitions', r, 'year', `"${String(v['standard'])}" dated ${y}, before the "${lower}" it requires (${oy}, line ${o.line})`,
            'check both years: a unit reaches the lower standard first');
        }
      }
    }
  }

  // Figures: denominators, shares, scopes.
  for (const r of located.figures) {
    const v = r.value;
    const value = v['value'] as number;
    const den = v['denominator'] as number | null;
    if (v['unit'] === 'share' && (value < 0 || value > 1)) err('figures', r, 'value', `share ${value} is outside 0–1`, 'store shares as fractions: 79,3% → 0.793');
    if (den !== null && value > den) err('figures', r, 'value', `count ${value} is larger than its denominator ${den}`, 'check both numbers against the source');
    if (!isOtherScope(v['scope'] as string) && !keys['units']!.has(v['scope'] as string)) err('figures', r, 'scope', `unknown scope "${String(v['scope'])}"`, 'use a unit code from units.csv, VN for the whole country, or VN-HN for Hà Nội');
    // A source may not name the criteria set ("56/56 xã nâng cao"); then the note must say so.
    if (v['metric'] === 'units-reached' && v['standard'] === null && v['note'] === null) {
      err('figures', r, 'standard', 'a count of units reaching a standard must say which standard', `fill standard (${Object.keys(STANDARDS).join(', ')}), or explain in note why the source does not allow it`);
    }
  }
  for (const r of located.targets) {
    const v = r.value;
    const s = v['scope'] as string;
    if (!isOtherScope(s) && !keys['units']!.has(s)) err('targets', r, 'scope', `unknown scope "${s}"`, 'use a unit code from units.csv, or VN');
    const count = v['count'] as number | null;
    const den = v['denominator'] as number | null;
    if (v['value'] === null && count === null) err('targets', r, 'value', 'a target needs a value or a count', 'fill value (a share, 0–1), or count when the source states a number of units');
    if (den !== null && count === null) err('targets', r, 'count', 'a denominator without a count', 'fill count ("2/20 xã" → 2), or empty denominator');
    if (count !== null && den === null && v['value'] !== null) err('targets', r, 'value', 'a count without its total cannot be a share', 'empty value, or fill denominator with the total the source states');
    if (count !== null && den !== null) {
      if (count > den) err('targets', r, 'count', `count ${count} is larger than its denominator ${den}`, 'check both numbers against the source');
      else if (v['value'] === null || Math.abs((v['value'] as number) - count / den) > 0.00005) {
        err('targets', r, 'value', `value ${String(v['value'])} is not ${count}/${den}`, `write ${Math.round((count / den) * 10000) / 10000} (count / denominator, 4 decimals)`);
      }
    }
    if (v['tier'] === 'main' && v['level'] !== 'city') err('targets', r, 'tier', 'only a city target can be a main target', 'use tier "context" for a national target');
  }
  // A contradicted statement needs the statements that settle it.
  for (const r of located.targets) {
    if (r.value['standing'] !== 'contradicted') continue;
    const others = located.targets.filter((o) => o !== r && o.value['goal'] === r.value['goal'] && o.value['standing'] === null);
    if (others.length === 0) err('targets', r, 'standing', `nothing contradicts this statement: goal "${String(r.value['goal'])}" has no other statement`, 'empty standing, or add the statements that settle the goal');
  }
  for (const r of located.criteria_sets) {
    const list = cellText(r.value['standards']).split('|').map((s) => s.trim()).filter(Boolean);
    for (const s of list) if (!(s in STANDARDS)) err('criteria_sets', r, 'standards', `unknown standard "${s}"`, `use: ${Object.keys(STANDARDS).join(', ')}`);
  }

  // Open questions: every topic the site can call unknown has exactly one entry to link to.
  const topicOwner = new Map<string, Located<Record<string, unknown>>>();
  for (const r of located.open_questions) {
    const list = cellText(r.value['topics']).split('|').map((s) => s.trim()).filter(Boolean);
    for (const t of list) {
      if (!(t in NO_DATA_TOPICS)) err('open_questions', r, 'topics', `unknown topic "${t}"`, `use: ${Object.keys(NO_DATA_TOPICS).join(', ')}`);
      const prev = topicOwner.get(t);
      if (prev) err('open_questions', r, 'topics', `topic "${t}" is already answered by "${String(prev.value['id'])}" (line ${prev.line})`, 'give each topic to one question only');
      else topicOwner.set(t, r);
    }
    if ((r.value['nearest'] === null) !== (r.value['nearest_source_id'] === null)) {
      err('open_questions', r, r.value['nearest'] === null ? 'nearest' : 'nearest_source_id', 'the nearest published fact and its source go together', 'fill both, or neither when nothing near is published');
    }
  }
  // An English text translates its Vietnamese one: never English alone.
  const OPTIONAL_WITH_ENGLISH: Partial<Record<TableName, string[]>> = {
    open_questions: ['nearest', 'note'], sources: ['note'], figures: ['note'], targets: ['note'], criteria_sets: ['note'],
  };
  for (const [table, cols] of Object.entries(OPTIONAL_WITH_ENGLISH) as [TableName, string[]][]) {
    for (const r of located[table]) {
      for (const col of cols) {
        if (r.value[col] === null && r.value[`${col}_en`] !== null) err(table, r, `${col}_en`, `"${col}_en" translates an empty "${col}"`, `fill "${col}" first, or empty "${col}_en"`);
      }
    }
  }
  if (tables.open_questions && !tables.open_questions.broken) {
    const missing = Object.keys(NO_DATA_TOPICS).filter((t) => !topicOwner.has(t));
    if (missing.length > 0) {
      diags.push({ severity: 'error', file: file('open_questions'), line: 1, column: 1, message: `no open question answers the topic${missing.length > 1 ? 's' : ''} ${missing.map((t) => `"${t}"`).join(', ')}`, fix: 'add the topic to the "topics" of the question that explains it, so that every "Chưa có số liệu công bố" links to an entry' });
    }
  }

  // Crosswalk: every commune and town should say what it became.
  const mapped = new Set(located.crosswalk.map((r) => r.value['old_code'] as string));
  for (const r of located.crosswalk) {
    const kind = unitByCode.get(r.value['old_code'] as string)?.value['kind'];
    if (kind !== undefined && kind !== 'commune' && kind !== 'town') err('crosswalk', r, 'old_code', `only communes and towns are in the crosswalk, not a ${cellText(kind)}`, 'remove the row');
  }
  if (located.crosswalk.length > 0) {
    for (const r of located.units) {
      const kind = r.value['kind'];
      if ((kind === 'commune' || kind === 'town') && !mapped.has(r.value['code'] as string)) {
        warn('units', r, 'code', `${String(r.value['name'])} has no row in crosswalk.csv`, 'add what it became on 1 July 2025');
      }
    }
  }

  // Hex layout: one tile per commune or town, never two on one cell.
  const cell = new Map<string, Located<Record<string, unknown>>>();
  const placed = new Set<string>();
  for (const r of located.hex_layout) {
    const code = r.value['code'] as string;
    const u = unitByCode.get(code)?.value;
    if (u && u['kind'] !== 'commune' && u['kind'] !== 'town') err('hex_layout', r, 'code', `${String(u['name'])} is a ${String(u['kind'])}; only communes and towns get a tile`, 'remove the row');
    placed.add(code);
    const key = `${String(r.value['col'])},${String(r.value['row'])}`;
    const other = cell.get(key);
    if (other) {
      err('hex_layout', r, 'col', `${cellText(u?.['name'] ?? code)} is on the same tile (col ${String(r.value['col'])}, row ${String(r.value['row'])}) as ${cellText(unitByCode.get(other.value['code'] as string)?.value['name'] ?? other.value['code'])} (line ${other.line})`,
        'move one of them to a free tile');
    } else cell.set(key, r);
  }
  if (tables.hex_layout && !tables.hex_layout.broken) {
    for (const r of located.units) {
      const kind = r.value['kind'];
      if ((kind === 'commune' || kind === 'town') && !placed.has(r.value['code'] as string)) {
        err('units', r, 'code', `${String(r.value['name'])} (${String(r.value['code'])}) has no tile in hex_layout.csv`, 'add a row "code,col,row" for it on a free tile near its district');
      }
    }
  }

  const datasetRows = located.dataset;
  if (datasetRows.length > 1) err('dataset', datasetRows[1]!, 'title', 'dataset.csv must have exactly one row', 'keep only the row for this release');

  if (diags.some((d) => d.severity === 'error') || datasetRows.length === 0) return { dataset: null, diagnostics: diags };
  const pick = <T>(t: TableName) => located[t].map((r) => r.value as unknown as T);
  const dataset: Dataset = {
    dataset: datasetRows[0]!.value as unknown as Dataset['dataset'],
    sources: pick('sources'),
    units: pick('units'),
    recognitions: pick('recognitions'),
    figures: pick('figures'),
    targets: pick('targets'),
    criteria_sets: pick('criteria_sets'),
    crosswalk: pick('crosswalk'),
    hex_layout: pick('hex_layout'),
    open_questions: pick('open_questions'),
  };
  return { dataset, diagnostics: diags };
}


