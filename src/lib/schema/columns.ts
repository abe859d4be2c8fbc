// Column types for the CSV tables. Each parser turns one raw cell into a typed
// value or a problem with a fix. Shared by the build script, the pages and the docs.

/** number: a number cell; date: a date cell; partial-date: a date cell when the day is known, else text. */
export type CellKind = 'number' | 'date' | 'partial-date';

export type CellResult<T> = { ok: true; value: T } | { ok: false; problem: string; fix: string };

export interface Column<T> {
  /** Human-readable type, used in data/README.md. */
  readonly typeLabel: string;
  /** What the column means. */
  readonly doc: string;
  /** Allowed values, for enums (value → meaning). */
  readonly values?: Readonly<Record<string, string>>;
  /** Table this column refers to, for cross-table checks. */
  readonly ref?: string;
  readonly required: boolean;
  /** How a spreadsheet cell holds it (default text): numbers and full dates become typed cells. */
  readonly cell?: CellKind;
  parse(raw: string): CellResult<T>;
}

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = <T>(problem: string, fix: string): CellResult<T> => ({ ok: false, problem, fix });

function make<T>(
  typeLabel: string,
  doc: string,
  parse: (raw: string) => CellResult<T>,
  extra: Partial<Column<T>> = {},
): Column<T> {
  return { typeLabel, doc, required: true, parse, ...extra };
}

/** Makes a column optional: an empty cell becomes null. */
export function optional<T>(c: Column<T>): Column<T | null> {
  return {
    ...c,
    required: false,
    parse: (raw) => (raw === '' ? ok(null) : c.parse(raw)),
  };
}

function requireValue<T>(raw: string, parse: (raw: string) => CellResult<T>): CellResult<T> {
  if (raw === '') return bad('empty cell in a required column', 'fill in a value');
  return parse(raw);
}

const MARKUP = /<\s*\/?\s*[a-zA-Z!][^>]*>|javascript:/;

export function text(doc: string, opts: { max?: number } = {}): Column<string> {
  const max = opts.max ?? 2000;
  return make('text', doc, (raw) =>
    requireValue(raw, (v) =>
      v.length > max ? bad(`text longer than ${max} characters`, 'shorten it') : ok(v),
    ),
  );
}

/** Markup is never rendered, but a tag in a data cell is almost always a paste error. */
export function hasMarkup(raw: string): boolean {
  return MARKUP.test(raw);
}

export function id(doc: string): Column<string> {
  return make('id (a–z, 0–9, -)', doc, (raw) =>
    requireValue(raw, (v) =>
      /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v)
        ? ok(v)
        : bad(
            `"${v}" is not a valid id`,
            'use lower-case ASCII letters, digits and single hyphens, e.g. "ccptnt-2015-08"',
          ),
    ),
  );
}

export function code(doc: string): Column<string> {
  return make('code (digits)', doc, (raw) =>
    requireValue(raw, (v) =>
      /^\d{2,6}$/.test(v)
        ? ok(v)
        : bad(`"${v}" is not a GSO code`, 'use the 2–5 digit GSO code, e.g. 27556'),
    ),
  );
}

export function ref(table: string, doc: string): Column<string> {
  return {
    ...make(`reference → ${table}`, doc, (raw) => requireValue(raw, (v) => ok(v))),
    ref: table,
  };
}

export function enumOf<V extends string>(values: Record<V, string>, doc: string): Column<V> {
  const keys = Object.keys(values) as V[];
  return make(
    'one of',
    doc,
    (raw) =>
      requireValue(raw, (v) =>
        (keys as string[]).includes(v)
          ? ok(v as V)
          : bad(`"${v}" is not an allowed value`, `use one of: ${keys.join(', ')}`),
      ),
    { values },
  );
}

const NUMBER = /^-?\d+(\.\d+)?$/;

export function number(
  doc: string,
  opts: { min?: number; max?: number; integer?: boolean } = {},
): Column<number> {
  const label = opts.integer ? 'integer' : 'number';
  return make(
    label + rangeLabel(opts),
    doc,
    (raw) =>
      requireValue(raw, (v) => {
        if (!NUMBER.test(v)) {
          const hint =
            /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(v) || /^\d+,\d+$/.test(v)
              ? 'write numbers in CSV with a dot as decimal separator and no thousands separator, e.g. 1234.5 (not 1.234,5)'
              : 'write a plain number such as 42 or 63.2';
          return bad(`"${v}" is not a number`, hint);
        }
        const n = Number(v);
        if (opts.integer && !Number.isInteger(n))
          return bad(`"${v}" is not a whole number`, 'use an integer');
        if (opts.min !== undefined && n < opts.min)
          return bad(`${v} is below the minimum ${opts.min}`, `use a value ≥ ${opts.min}`);
        if (opts.max !== undefined && n > opts.max)
          return bad(`${v} is above the maximum ${opts.max}`, `use a value ≤ ${opts.max}`);
        return ok(n);
      }),
    { cell: 'number' },
  );
}

function rangeLabel(o: { min?: number; max?: number }): string {
  if (o.min !== undefined && o.max !== undefined) return ` (${o.min}–${o.max})`;
  if (o.min !== undefined) return ` (≥ ${o.min})`;
  return '';
}

/** A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD. */
export interface PartialDate {
  readonly iso: string;
  readonly precision: 'year' | 'month' | 'day';
}

function dateProblem(v: string): CellResult<never> {
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  if (vn) {
    const iso = `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}`;
    return bad(
      `"${v}" looks like a Vietnamese day/month/year date`,
      `write dates in ISO form, here ${iso}`,
    );
  }
  return bad(
    `"${v}" is not a date`,
    'write an ISO date: YYYY-MM-DD (or YYYY-MM / YYYY where the source is less precise)',
  );
}

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function partialDate(doc: string): Column<PartialDate> {
  return make(
    'date (YYYY, YYYY-MM or YYYY-MM-DD)',
    doc,
    (raw) =>
      requireValue(raw, (v) => {
        const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
        if (!m) return dateProblem(v);
        const y = Number(m[1]);
        if (y < 1900 || y > 2100)
          return bad(`year ${y} is out of range`, 'use a year between 1900 and 2100');
        if (m[2] === undefined) return ok({ iso: v, precision: 'year' as const });
        const mo = Number(m[2]);
        if (mo < 1 || mo > 12)
          return bad(`month ${m[2]} does not exist`, 'use a month from 01 to 12');
        if (m[3] === undefined) return ok({ iso: v, precision: 'month' as const });
        if (!validDay(y, mo, Number(m[3])))
          return bad(`${v} is not a real calendar day`, 'check the day of the month');
        return ok({ iso: v, precision: 'day' as const });
      }),
    { cell: 'partial-date' },
  );
}

export function isoDate(doc: string): Column<string> {
  return make(
    'date (YYYY-MM-DD)',
    doc,
    (raw) =>
      requireValue(raw, (v) => {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
        if (!m) return dateProblem(v);
        return validDay(Number(m[1]), Number(m[2]), Number(m[3]))
          ? ok(v)
          : bad(`${v} is not a real calendar day`, 'check the day of the month');
      }),
    { cell: 'date' },
  );
}

export function year(doc: string): Column<number> {
  return make(
    'year (YYYY)',
    doc,
    (raw) =>
      requireValue(raw, (v) => {
        if (!/^\d{4}$/.test(v))
          return bad(`"${v}" is not a year`, 'write a four-digit year such as 2015');
        const y = Number(v);
        return y >= 1900 && y <= 2100
          ? ok(y)
          : bad(`year ${y} is out of range`, 'use a year between 1900 and 2100');
      }),
    { cell: 'number' },
  );
}

export function url(doc: string): Column<string> {
  return make('URL (http/https)', doc, (raw) =>
    requireValue(raw, (v) => {
      try {
        const u = new URL(v);
        if (u.protocol === 'http:' || u.protocol === 'https:') return ok(v);
      } catch {
        /* fall through */
      }
      return bad(
        `"${v}" is not a web address`,
        'write a full address starting with https:// or http://',
      );
    }),
  );
}

export function slug(doc: string): Column<string> {
  return make('slug (a–z, 0–9, -)', doc, (raw) =>
    requireValue(raw, (v) =>
      /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v)
        ? ok(v)
        : bad(
            `"${v}" is not an ASCII slug`,
            'use lower-case letters without diacritics, digits and hyphens, e.g. tan-thong-hoi',
          ),
    ),
  );
}

export type ColumnValue<C> = C extends Column<infer T> ? T : never;
export type Columns = Record<string, Column<unknown>>;
export type RowOf<C extends Columns> = { -readonly [K in keyof C]: ColumnValue<C[K]> };
