// The dataset's tables as published downloads: CSV for machines (UTF-8 without BOM: a BOM
// becomes part of the first header name in strict readers such as Frictionless), JSON, data
// dictionaries and Frictionless field schemas; Excel users get the .xlsx workbook. Pure: the
// pipeline writes the bytes, the pages describe them, from the same table specs.
import Papa from 'papaparse';
import type { Column, PartialDate } from '../schema/columns.ts';
import { TABLES, type Dataset, type TableName, type TableSpec } from '../schema/tables.ts';

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
/** A table's spec with its columns widened, for code that handles every table alike. */
export const specOf = (name: TableName): TableSpec => TABLES[name] as unknown as TableSpec;

type Cell = string | number | PartialDate | null;

const isPartialDate = (v: unknown): v is PartialDate =>
  typeof v === 'object' && v !== null && 'iso' in v;

/** A typed cell back to its CSV text: numbers with a dot, dates as ISO, empty for null. */
export function cellText(v: Cell): string {
  if (v === null) return '';
  if (isPartialDate(v)) return v.iso;
  return String(v);
}

/** A typed cell as JSON: numbers stay numbers, dates are ISO strings, null stays null. */
export function cellJson(v: Cell): string | number | null {
  if (v === null) return null;
  if (isPartialDate(v)) return v.iso;
  return v;
}

export function tableRows(data: Dataset, name: TableName): Record<string, Cell>[] {
  const t = data[name];
  return Array.isArray(t) ? t : [t];
}

/** RFC 4180 CSV, UTF-8 without BOM, CRLF line ends, columns in the schema's order. */
export function tableCsv(spec: TableSpec, rows: Record<string, Cell>[]): string {
  const fields = Object.keys(spec.columns);
  const body = Papa.unparse(
    { fields, data: rows.map((r) => fields.map((f) => cellText(r[f] ?? null))) },
    { newline: '\r\n', quotes: false },
  );
  return `${body}\r\n`;
}

export function rowsJson(
  spec: TableSpec,
  rows: Record<string, Cell>[],
): Record<string, string | number | null>[] {
  const fields = Object.keys(spec.columns);
  return rows.map((r) => Object.fromEntries(fields.map((f) => [f, cellJson(r[f] ?? null)])));
}

type JsonType = 'string' | 'number' | 'integer';

export function jsonType(c: Column<unknown>): JsonType {
  if (c.typeLabel.startsWith('integer') || c.typeLabel.startsWith('year')) return 'integer';
  if (c.typeLabel.startsWith('number')) return 'number';
  return 'string';
}

/** Frictionless Table Schema field: https://specs.frictionlessdata.io/table-schema/ */
export function frictionlessFields(spec: TableSpec) {
  return Object.entries(spec.columns).map(([name, c]) => {
    const t = jsonType(c);
    const type = c.typeLabel.startsWith('date (YYYY-MM-DD)')
      ? 'date'
      : c.typeLabel.startsWith('URL')
        ? 'string'
        : t;
    const constraints: Record<string, unknown> = {};
    if (c.required) constraints['required'] = true;
    if (c.values) constraints['enum'] = Object.keys(c.values);
    if (spec.unique.includes(name)) constraints['unique'] = true;
    return {
      name,
      type,
      ...(c.typeLabel.startsWith('URL') ? { format: 'uri' } : {}),
      description: c.values
        ? `${c.doc} ${Object.entries(c.values)
            .map(([k, v]) => `${k}: ${v}`)
            .join('; ')}`
        : c.doc,
      ...(Object.keys(constraints).length ? { constraints } : {}),
    };
  });
}

/** JSON Schema (draft 2020-12) of one row, as the API and the JSON downloads carry it. */
export function rowJsonSchema(spec: TableSpec): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [name, c] of Object.entries(spec.columns)) {
    const t = jsonType(c);
    const base: Record<string, unknown> = { description: c.doc };
    if (c.values) base['enum'] = [...Object.keys(c.values), ...(c.required ? [] : [null])];
    base['type'] = c.required ? t : [t, 'null'];
    properties[name] = base;
  }
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.keys(spec.columns),
    properties,
  };
}

/** The data dictionary of a table as CSV: one row per column. */
export function dictionaryCsv(spec: TableSpec): string {
  const data = Object.entries(spec.columns).map(([name, c]) => [
    name,
    c.typeLabel,
    c.required ? 'có' : 'không',
    c.doc,
    c.values
      ? Object.entries(c.values)
          .map(([k, v]) => `${k} = ${v}`)
          .join('; ')
      : '',
  ]);
  return `${Papa.unparse({ fields: ['cot', 'kieu', 'bat_buoc', 'y_nghia', 'gia_tri_cho_phep'], data }, { newline: '\r\n' })}\r\n`;
}
