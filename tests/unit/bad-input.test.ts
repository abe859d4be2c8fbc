// One fixture per bad-input case (tests/fixtures/bad/<case>/ laid over tests/fixtures/minimal).
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatDiagnostic } from '../../src/lib/data/diagnostics.ts';
import { runPipeline } from '../../scripts/lib/pipeline.ts';
import { datasetWithCase, snapshot, tempDir } from '../helpers/fixtures.ts';

interface Case {
  name: string;
  /** Expected formatted message: file:line:column: what — fix. */
  expect: RegExp;
  /** Warnings pass the normal build and fail only with --strict. */
  warningOnly?: boolean;
}

const CASES: Case[] = [
  { name: 'missing-header', expect: /units\.csv:1:1: missing column "slug" — add a "slug" column/ },
  { name: 'extra-header', expect: /sources\.csv:1:\d+: unknown column "comment" — remove it/ },
  {
    name: 'misspelt-header',
    expect: /recognitions\.csv:1:\d+: unknown column "sorce_id" — did you mean "source_id"\?/,
  },
  { name: 'header-only', expect: /figures\.csv:1:1: file has a header but no data rows/ },
  { name: 'empty-file', expect: /targets\.csv: file is empty/ },
  {
    name: 'bom',
    expect: /sources\.csv:1:1: warning: file starts with a UTF-8 byte-order mark/,
    warningOnly: true,
  },
  {
    name: 'crlf',
    expect: /sources\.csv:1:1: warning: file uses Windows \(CRLF\) line endings/,
    warningOnly: true,
  },
  {
    name: 'bad-number',
    expect:
      /figures\.csv:4:\d+: value: "1\.234,5" is not a number — write numbers in CSV with a dot/,
  },
  {
    name: 'vn-date',
    expect:
      /figures\.csv:4:\d+: as_of: "28\/11\/2026" looks like a Vietnamese day\/month\/year date — write dates in ISO form, here 2026-11-28/,
  },
  {
    name: 'bad-enum',
    expect:
      /units\.csv:8:\d+: kind: "phuong" is not an allowed value — use one of: city, district, commune, town/,
  },
  { name: 'unknown-unit', expect: /recognitions\.csv:4:\d+: unit_code: unknown unit code "27999"/ },
  {
    name: 'unknown-source',
    expect: /figures\.csv:4:\d+: source_id: unknown source id "src-x" — did you mean "src-a"\?/,
  },
  {
    name: 'unknown-criteria-set',
    expect: /recognitions\.csv:2:\d+: criteria_set_id: unknown criteria set id "cs-999"/,
  },
  {
    name: 'unknown-commune-code-crosswalk',
    expect: /crosswalk\.csv:8:1: old_code: unknown unit code "27589"/,
  },
  { name: 'duplicate-id', expect: /sources\.csv:4:1: duplicate id "src-a" \(first on line 2\)/ },
  {
    name: 'duplicate-slug',
    expect: /units\.csv:9:\d+: duplicate slug "tan-hiep" \(first on line 8\)/,
  },
  {
    name: 'nfd',
    expect:
      /units\.csv:9:\d+: warning: name: text was in decomposed Unicode \(NFD\) and was normalised to NFC/,
    warningOnly: true,
  },
  {
    name: 'stray-spaces',
    expect: /sources\.csv:2:\d+: warning: publisher: stray spaces around "Báo A" were removed/,
    warningOnly: true,
  },
  {
    name: 'coords-outside',
    expect: /units\.csv:8:\d+: coordinates 21\.02776, 105\.83416 lie outside Ho Chi Minh City/,
  },
  {
    name: 'count-over-denominator',
    expect: /figures\.csv:2:\d+: count 3 is larger than its denominator 2/,
  },
  {
    name: 'share-outside',
    expect: /figures\.csv:6:\d+: share 79\.3 is outside 0–1 — store shares as fractions/,
  },
  {
    name: 'higher-before-lower',
    expect:
      /recognitions\.csv:5:\d+: "ntm-nc-2016" dated 2014, before the "ntm" it requires \(2016, line 4\)/,
  },
  {
    name: 'markup',
    expect:
      /sources\.csv:2:\d+: warning: title: contains HTML\/script markup; it is kept as plain text/,
    warningOnly: true,
  },
  { name: 'unclosed-quote', expect: /units\.csv:5:1: CSV syntax: Quoted field unterminated/ },
  {
    name: 'hex-missing-unit',
    expect: /units\.csv:10:1: Xã Trung Chánh \(27586\) has no tile in hex_layout\.csv — add a row/,
  },
  {
    name: 'hex-shared-tile',
    expect:
      /hex_layout\.csv:6:\d+: Xã Đông Thạnh is on the same tile \(col 2, row 2\) as Xã Tân Hiệp \(line 5\)/,
  },
  {
    name: 'wrong-field-count',
    expect: /sources\.csv:3:1: row has 12 fields but the header has 11/,
  },
  {
    name: 'note-en-alone',
    expect:
      /sources\.csv:2:\d+: "note_en" translates an empty "note" — fill "note" first, or empty "note_en"/,
  },
];

/** An output folder holding a previous build, to check it survives. */
function previousOutput(): { dir: string; before: Record<string, string> } {
  const dir = join(tempDir(), 'stats');
  mkdirSync(dir);
  writeFileSync(join(dir, 'meta.json'), '{"previous":true}\n');
  return { dir, before: snapshot(dir) };
}

describe('bad input fails with file:line:column and keeps the previous output', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const data = datasetWithCase(c.name);
      const out = previousOutput();
      const lines: string[] = [];
      const result = runPipeline({
        dataDir: data,
        outDir: out.dir,
        strict: c.warningOnly === true,
        log: (l) => lines.push(l),
      });
      const messages = result.diagnostics.map(formatDiagnostic);
      assert.ok(
        messages.some((m) => c.expect.test(m)),
        `expected ${c.expect} in:\n${messages.join('\n')}`,
      );
      assert.equal(result.ok, false, 'the build must fail');
      assert.deepEqual(snapshot(out.dir), out.before, 'previous output must be untouched');
      assert.match(lines.at(-1) ?? '', /left untouched/);
    });
  }
});

describe('warnings alone do not stop a normal build', () => {
  for (const c of CASES.filter((x) => x.warningOnly)) {
    it(`${c.name} builds without --strict`, () => {
      const result = runPipeline({
        dataDir: datasetWithCase(c.name),
        outDir: join(tempDir(), 'stats'),
      });
      assert.equal(result.ok, true, result.diagnostics.map(formatDiagnostic).join('\n'));
      assert.ok(result.diagnostics.every((d) => d.severity === 'warning'));
    });
  }

  it('normalises NFD text to NFC in the output', () => {
    const result = runPipeline({
      dataDir: datasetWithCase('nfd'),
      outDir: join(tempDir(), 'stats'),
    });
    const unit = result.stats!.units.find((u) => u.code === '27568')!;
    assert.equal(unit.name, 'Xã Đông Thạnh'.normalize('NFC'));
    assert.equal(unit.name, unit.name.normalize('NFC'));
  });

  it('keeps markup as literal text, never as parsed HTML', () => {
    const result = runPipeline({
      dataDir: datasetWithCase('markup'),
      outDir: join(tempDir(), 'stats'),
    });
    const src = result.stats!.reference.sources.find((s) => s.id === 'src-a')!;
    assert.equal(src.title, 'Bài báo A <script>alert(1)</script>');
  });
});

describe('CSV files saved by Excel in another format give one message naming the file and how to re-save it', () => {
  const SAVE_AS =
    'File → Save As → "CSV UTF-8 (Comma delimited) (*.csv)" (Vietnamese Excel: "CSV UTF-8 (Phân tách bằng dấu phẩy) (*.csv)")';
  const EXCEL_CASES: { name: string; message: string }[] = [
    {
      name: 'utf16',
      message: `units.csv: file is UTF-16 (little-endian, Excel's "Unicode Text"), not UTF-8 — open it in Excel and save it again with ${SAVE_AS}`,
    },
    {
      name: 'windows-1258',
      message: `units.csv:2:6: file is not UTF-8 (byte 0xE0 here): it was saved in a legacy encoding such as Windows-1258 (Excel's plain "CSV (Comma delimited)") — open it in Excel and save it again with ${SAVE_AS}`,
    },
    {
      name: 'semicolon',
      message:
        'units.csv:1:5: columns are separated by semicolons (;), not commas: Excel uses ";" under Vietnamese regional settings — ' +
        'set the list separator to "," (Windows: Settings → Time & language → Region → Additional settings → List separator), ' +
        `then save it again from Excel with ${SAVE_AS}; or edit the tables in Excel through npm run data:export / npm run data:import, which need no CSV`,
    },
  ];
  for (const c of EXCEL_CASES) {
    it(c.name, () => {
      const data = datasetWithCase(c.name);
      const out = previousOutput();
      const lines: string[] = [];
      const result = runPipeline({ dataDir: data, outDir: out.dir, log: (l) => lines.push(l) });
      const messages = result.diagnostics
        .map(formatDiagnostic)
        .map((m) => m.replace(/^[^/]+\//, ''));
      assert.deepEqual(messages, [c.message]);
      assert.equal(result.ok, false);
      assert.deepEqual(snapshot(out.dir), out.before, 'previous output must be untouched');
      assert.match(lines.at(-1) ?? '', /left untouched/);
    });
  }
});
