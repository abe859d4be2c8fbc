// The data package read by two independent clients, as a researcher would: the Frictionless
// reference library for JavaScript (datapackage 1.1.10) and DuckDB. Both must read every
// published table with the descriptor's types, with zero errors; DuckDB's aggregates must
// equal the statistics. A lenient reader alone (DuckDB strips a BOM) would hide problems.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { Package } from 'datapackage';
import Papa from 'papaparse';
import { runPipeline } from '../../scripts/lib/pipeline.ts';
import { tempDir } from '../helpers/fixtures.ts';

interface Field {
  name: string;
  type: string;
}
interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  encoding?: string;
  profile?: string;
  schema?: { fields: Field[] };
}

const out = tempDir('ntm-datapackage-');
let release: string;
let descriptor: { profile: string; resources: Resource[] };
const dataRows = (table: string) =>
  Papa.parse<string[]>(readFileSync(join('data', `${table}.csv`), 'utf8'), { skipEmptyLines: true })
    .data.length - 1;
/** The data table a CSV publishes (units.csv → units), or null for dictionaries and statistics. */
const tableOf = (path: string): string | null =>
  /^[a-z_]+\.csv$/.test(path) ? path.replace(/\.csv$/, '') : null;

before(() => {
  const r = runPipeline({ dataDir: 'data', outDir: out, strict: true });
  assert.ok(r.ok, r.diagnostics.map((d) => d.message).join('\n'));
  release = join(out, 'release');
  descriptor = JSON.parse(
    readFileSync(join(release, 'datapackage.json'), 'utf8'),
  ) as typeof descriptor;
});

describe('the published data package', () => {
  it('declares UTF-8 CSV without BOM, and every file matches its size and SHA-256', () => {
    const csv = descriptor.resources.filter((r) => r.path.endsWith('.csv'));
    assert.equal(csv.length, 22);
    for (const r of descriptor.resources) {
      const bytes = readFileSync(join(release, r.path));
      assert.equal(r.encoding, 'utf-8', r.path);
      assert.notDeepEqual(
        [...bytes.subarray(0, 3)],
        [0xef, 0xbb, 0xbf],
        `${r.path} starts with a BOM`,
      );
      assert.equal(bytes.length, r.bytes, r.path);
      assert.equal(r.hash, `sha256:${createHash('sha256').update(bytes).digest('hex')}`, r.path);
    }
    for (const r of csv) assert.equal(r.profile, 'tabular-data-resource', r.path);
    // Codes are strings: a reader must never turn 27556 into a number.
    const units = descriptor.resources.find((r) => r.path === 'units.csv')!;
    assert.equal(units.schema!.fields.find((f) => f.name === 'code')!.type, 'string');
  });

  it('the Frictionless reference library finds it valid and reads every tabular resource, cast and with foreign keys, with 0 errors', async () => {
    const pkg = await Package.load(join(release, 'datapackage.json'), { basePath: release });
    assert.deepEqual(
      pkg.errors.map((e) => e.message),
      [],
    );
    assert.equal(pkg.valid, true);
    let read = 0;
    for (const r of pkg.resources.filter((x) => x.tabular)) {
      const rows = (await r.read({ cast: true, relations: true })) as unknown[][];
      const table = tableOf(r.descriptor.path);
      if (table) assert.equal(rows.length, dataRows(table), `${table}: rows`);
      read++;
    }
    assert.equal(read, 22);
    // The cast is real: a GSO code stays the string "27556", a coordinate is a number.
    const units = (await pkg.getResource('units-csv').read({ keyed: true, cast: true })) as Record<
      string,
      unknown
    >[];
    const tth = units.find((u) => u['code'] === '27556')!;
    assert.equal(typeof tth['lat'], 'number');
    // A future code with leading zeros keeps them.
    assert.equal(pkg.getResource('units-csv').schema.getField('code').castValue('00001'), '00001');
  });

  it("DuckDB reads every CSV with the descriptor's types, and its aggregates equal the statistics", async () => {
    const con = await (await DuckDBInstance.create(':memory:')).connect();
    const duck: Record<string, string> = {
      string: 'VARCHAR',
      integer: 'BIGINT',
      number: 'DOUBLE',
      date: 'DATE',
    };
    const rows = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjectsJS();
    for (const r of descriptor.resources.filter((x) => x.schema)) {
      const columns = `{${r.schema!.fields.map((f) => `'${f.name}': '${duck[f.type] ?? 'VARCHAR'}'`).join(', ')}}`;
      await con.run(
        `CREATE TABLE "${r.name}" AS SELECT * FROM read_csv('${join(release, r.path)}', header = true, columns = ${columns}, auto_detect = false)`,
      );
      const [n] = await rows(`SELECT count(*) AS n FROM "${r.name}"`);
      const table = tableOf(r.path);
      if (table) assert.equal(Number(n!['n']), dataRows(table), r.path);
    }
    const units = JSON.parse(readFileSync(join(out, 'units.json'), 'utf8')) as {
      code: string;
      kind: string;
      districtCode: string | null;
      inProgramme: boolean;
    }[];
    const [inProgramme] = await rows(
      `SELECT count(*) AS n FROM "units-csv" WHERE kind = 'commune' AND in_programme = 'yes'`,
    );
    assert.equal(
      Number(inProgramme!['n']),
      units.filter((u) => u.kind === 'commune' && u.inProgramme).length,
    );
    assert.equal(Number(inProgramme!['n']), 56);
    const perDistrict = await rows(
      `SELECT parent_code AS d, count(*) AS n FROM "units-csv" WHERE kind IN ('commune', 'town') GROUP BY parent_code ORDER BY parent_code`,
    );
    const expected = Object.entries(
      Object.groupBy(
        units.filter((u) => u.kind === 'commune' || u.kind === 'town'),
        (u) => u.districtCode!,
      ),
    )
      .map(([d, us]) => ({ d, n: us!.length }))
      .sort((a, b) => a.d.localeCompare(b.d));
    assert.deepEqual(
      perDistrict.map((r) => ({ d: r['d'], n: Number(r['n']) })),
      expected,
    );
    const [code] = await rows(`SELECT code FROM "units-csv" WHERE code = '27556'`);
    assert.equal(code!['code'], '27556');
    const perStandard = await rows(
      `SELECT standard AS s, count(*) AS n FROM "recognitions-csv" GROUP BY standard ORDER BY standard`,
    );
    const recognitions = Papa.parse<Record<string, string>>(
      readFileSync('data/recognitions.csv', 'utf8'),
      { header: true, skipEmptyLines: true },
    ).data;
    const byStandard = Object.entries(Object.groupBy(recognitions, (r) => r['standard']!))
      .map(([s, rs]) => ({ s, n: rs!.length }))
      .sort((a, b) => a.s.localeCompare(b.s));
    assert.deepEqual(
      perStandard.map((r) => ({ s: r['s'], n: Number(r['n']) })),
      byStandard,
    );
  });
});
