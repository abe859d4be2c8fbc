// The data desk's downloads: byte-exact tables, checksums, dictionaries, and the release
// changelog computed by comparing releases.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { readWorkbook } from '../../src/lib/spreadsheet/import.ts';
import { sheetCell } from '../../src/lib/spreadsheet/xlsx-types.ts';
import { WORKBOOK_NAME } from '../../src/lib/release/package.ts';
import { runPipeline } from '../../scripts/lib/pipeline.ts';
import { TABLES } from '../../src/lib/schema/tables.ts';

const tmp = mkdtempSync(join(tmpdir(), 'ntm-release-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const parse = (text: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('downloads of the bundled data', () => {
  const out = join(tmp, 'stats');
  assert.ok(runPipeline({ dataDir: 'data', outDir: out }).ok);
  const rel = (f: string) => readFileSync(join(out, 'release', f));

  it('every table CSV is UTF-8 without BOM (a BOM becomes part of the first header in strict readers), uses CRLF and matches data/ row for row', () => {
    for (const t of Object.values(TABLES)) {
      const bytes = rel(t.file);
      assert.notDeepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], t.file);
      assert.ok(bytes.toString('utf8').startsWith(`${Object.keys(t.columns)[0]},`), t.file);
      assert.match(bytes.toString('utf8'), /\r\n/);
      assert.deepEqual(
        parse(bytes.toString('utf8')),
        parse(readFileSync(join('data', t.file), 'utf8')),
        t.file,
      );
    }
  });

  it('every table JSON has the same rows, typed (numbers as numbers, empty as null)', () => {
    const units = JSON.parse(rel('units.json').toString('utf8')) as {
      rows: Record<string, unknown>[];
    };
    const csv = Papa.parse<Record<string, string>>(readFileSync('data/units.csv', 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    assert.equal(units.rows.length, csv.length);
    const tth = units.rows.find((r) => r['code'] === '27556')!;
    assert.equal(typeof tth['lat'], 'number');
    assert.equal(units.rows.find((r) => r['kind'] === 'city')!['parent_code'], null);
  });

  it('datapackage.json lists every download for machines with its true size and SHA-256 (the Excel workbook is outside it)', () => {
    const pkg = JSON.parse(rel('datapackage.json').toString('utf8')) as {
      resources: {
        path: string;
        bytes: number;
        hash: string;
        schema?: { fields: { name: string }[] };
      }[];
    };
    const files = readdirSync(join(out, 'release'))
      .filter((f) => f !== 'datapackage.json' && f !== 'files.json' && f !== WORKBOOK_NAME)
      .sort();
    assert.deepEqual(pkg.resources.map((r) => r.path).sort(), files);
    for (const r of pkg.resources) {
      const bytes = rel(r.path);
      assert.equal(r.bytes, bytes.length, r.path);
      assert.equal(r.hash, `sha256:${createHash('sha256').update(bytes).digest('hex')}`, r.path);
    }
    const units = pkg.resources.find((r) => r.path === 'units.csv')!;
    assert.deepEqual(
      units.schema!.fields.map((f) => f.name),
      Object.keys(TABLES.units.columns),
    );
  });

  it('the Excel workbook opens in a spreadsheet library: an introduction, every table with typed cells equal to its CSV cell for cell, and a dictionary', () => {
    const bytes = rel(WORKBOOK_NAME);
    const book = XLSX.read(bytes, { type: 'buffer', cellNF: true, cellDates: false });
    assert.deepEqual(book.SheetNames, ['Giới thiệu', ...Object.keys(TABLES), 'Từ điển']);
    assert.match(
      XLSX.utils.sheet_to_csv(book.Sheets['Giới thiệu']!),
      /Ô trống nghĩa là chưa có số liệu công bố, không phải 0/,
    );
    // Through the import's own reader: every table sheet gives back its CSV, cell for cell.
    const read = readWorkbook(bytes);
    for (const [name, t] of Object.entries(TABLES)) {
      assert.deepEqual(
        parse(read.tables[name as keyof typeof TABLES]!.csv),
        parse(rel(t.file).toString('utf8')),
        name,
      );
    }
    const units = book.Sheets['units']!;
    const header = XLSX.utils.sheet_to_json<string[]>(units, { header: 1 })[0]!;
    const lat = XLSX.utils.encode_col(header.indexOf('lat'));
    const row =
      XLSX.utils
        .sheet_to_json<Record<string, unknown>>(units)
        .findIndex((r) => r['code'] === '27556') + 2;
    assert.equal(sheetCell(units, `${lat}${row}`)!.t, 'n');
    assert.equal(sheetCell(units, `A${row}`)!.t, 's'); // the GSO code stays text
    const recs = book.Sheets['recognitions']!;
    const cols = XLSX.utils.sheet_to_json<string[]>(recs, { header: 1 })[0]!;
    const decided = Object.entries(recs).filter(
      ([k]) =>
        !k.startsWith('!') &&
        XLSX.utils.decode_cell(k).c === cols.indexOf('decided_on') &&
        XLSX.utils.decode_cell(k).r > 0,
    ) as [string, XLSX.CellObject][];
    assert.ok(
      decided.length > 0 && decided.every(([, c]) => c.t === 'n' && /y/.test(String(c.z))),
      'full dates are date cells',
    );
    const dict = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets['Từ điển']!);
    assert.equal(
      dict.length,
      Object.values(TABLES).reduce((n, t) => n + Object.keys(t.columns).length, 0),
    );
    // Outside the data package, listed with its own size and SHA-256 on the data page.
    const listed = (
      JSON.parse(rel('files.json').toString('utf8')) as {
        name: string;
        bytes: number;
        sha256?: string;
      }[]
    ).find((f) => f.name === WORKBOOK_NAME)!;
    assert.equal(listed.bytes, bytes.length);
    assert.equal(listed.sha256, createHash('sha256').update(bytes).digest('hex'));
  });

  it('each dictionary has one row per column of its table', () => {
    for (const [name, t] of Object.entries(TABLES)) {
      const rows = parse(rel(`${name}.dictionary.csv`).toString('utf8'));
      assert.deepEqual(
        rows.slice(1).map((r) => r[0]),
        Object.keys(t.columns),
        name,
      );
    }
  });

  it('the first archived release lists every row as added; the next names what changed since', () => {
    const log = JSON.parse(rel('changelog.json').toString('utf8')) as {
      releases: {
        release: string;
        previous: string | null;
        statusChanges: { code: string; before: string; after: string }[];
        tables: { table: string; added: string[] }[];
      }[];
    };
    const first = log.releases.at(-1)!;
    assert.equal(first.previous, null);
    assert.equal(
      first.tables.find((t) => t.table === 'figures')!.added.length,
      Papa.parse(readFileSync(`data/releases/${first.release}/figures.csv`, 'utf8'), {
        header: true,
        skipEmptyLines: true,
      }).data.length,
    );
    assert.deepEqual(first.statusChanges, []);
    // 2026-12-06: Long Hòa and Lý Nhơn dated by the 8/2015 report, as Bình Chánh's communes are.
    const dec = log.releases.find((r) => r.release === '2026-12-06')!;
    assert.equal(dec.previous, '2026-11-28');
    assert.deepEqual(
      dec.statusChanges.map((c) => [c.code, c.before, c.after]),
      [
        ['27679', 'đạt (chậm nhất 2016-09)', 'đạt (chậm nhất 2015-08)'],
        ['27682', 'đạt (chậm nhất 2016-09)', 'đạt (chậm nhất 2015-08)'],
      ],
    );
  });
});

describe('changelog between two releases', () => {
  it('names added, removed and changed rows and each unit whose status changed', () => {
    const data = join(tmp, 'data');
    cpSync('data', data, { recursive: true });
    const r = spawnSync('npx', ['tsx', 'scripts/release-data.ts', '2026-12-31'], {
      env: { ...process.env, DATA_DIR: data },
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    // In the new release: Tân Thông Hội's NTM recognition gets a year, one figure is withdrawn, one added.
    const recPath = join(data, 'recognitions.csv');
    const rec = readFileSync(recPath, 'utf8').split('\n');
    const i = rec.findIndex((l) => l.startsWith('r-27556-ntm'));
    assert.ok(i > 0);
    const cells = Papa.parse<string[]>(rec[i]!).data[0]!;
    cells[4] = '2014';
    cells[5] = '';
    rec[i] = Papa.unparse([cells]);
    writeFileSync(recPath, rec.join('\n'));
    const figPath = join(data, 'figures.csv');
    const figs = readFileSync(figPath, 'utf8').trimEnd().split('\n');
    const removed = figs.splice(1, 1)[0]!.split(',')[0]!;
    figs.push(
      'f-79-test-added,79,units-reached,ntm,56,56,count,exact,2025-06,ccptnt-2015-08-ket-qua,,,',
    );
    writeFileSync(figPath, `${figs.join('\n')}\n`);
    const out = join(tmp, 'stats2');
    const res = runPipeline({ dataDir: data, outDir: out });
    assert.ok(res.ok, res.diagnostics.map((d) => d.message).join('\n'));
    const log = JSON.parse(readFileSync(join(out, 'release', 'changelog.json'), 'utf8')) as {
      releases: {
        release: string;
        previous: string | null;
        tables: {
          table: string;
          added: string[];
          removed: string[];
          changed: { key: string; fields: string[] }[];
        }[];
        statusChanges: { code: string; standard: string; before: string; after: string }[];
      }[];
    };
    const current = Papa.parse<Record<string, string>>(readFileSync('data/dataset.csv', 'utf8'), {
      header: true,
    }).data[0]!['release']!;
    assert.deepEqual(
      log.releases.slice(0, 2).map((x) => [x.release, x.previous]),
      [
        ['2026-12-31', current],
        [current, log.releases[2]?.release ?? null],
      ],
    );
    const latest = log.releases[0]!;
    const figures = latest.tables.find((t) => t.table === 'figures')!;
    assert.deepEqual([figures.added, figures.removed], [['f-79-test-added'], [removed]]);
    const recognitions = latest.tables.find((t) => t.table === 'recognitions')!;
    assert.deepEqual(
      recognitions.changed.map((c) => c.fields),
      [['year', 'as_of']],
    );
    assert.deepEqual(latest.tables.find((t) => t.table === 'dataset')!.changed, [
      { key: 'dataset', fields: ['release'] },
    ]);
    const tth = latest.statusChanges.filter((c) => c.code === '27556');
    assert.equal(tth.length, 1);
    assert.equal(tth[0]!.standard, 'ntm');
    assert.match(tth[0]!.before, /chậm nhất 2015-08/);
    assert.equal(tth[0]!.after, 'đạt (năm 2014)');
  });

  it('data:release refuses a date that is not after the current release', () => {
    const data = join(tmp, 'data-old');
    cpSync('data', data, { recursive: true });
    const r = spawnSync('npx', ['tsx', 'scripts/release-data.ts', '2020-01-01'], {
      env: { ...process.env, DATA_DIR: data },
      encoding: 'utf8',
    });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /must come after the current one/);
  });
});
