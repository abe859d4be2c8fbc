// data:export and data:import through real .xlsx files: the workbook's parts, the round
// trip of the bundled data, and one committed workbook per thing staff really do
// (tests/fixtures/xlsx/, written by tests/fixtures/xlsx/generate.ts).
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as XLSX from '@e965/xlsx';
import { TABLES, type TableName } from '../../src/lib/schema/tables.ts';
import { columnDocVi } from '../../src/lib/schema/docs-vi.ts';
import {
  exportCell,
  importCell,
  isoToSerial,
  serialToIso,
} from '../../src/lib/spreadsheet/cells.ts';
import { tableChanges } from '../../src/lib/spreadsheet/changes.ts';
import { sheetXml } from '../../src/lib/spreadsheet/ooxml.ts';
import { sheetCell } from '../../src/lib/spreadsheet/xlsx-types.ts';
import { exportWorkbook, importWorkbook } from '../../scripts/lib/workbook.ts';
import { FIXTURES, MINIMAL, snapshot, tempDir } from '../helpers/fixtures.ts';

const BUNDLED = join(import.meta.dirname, '..', '..', 'data');
const XLSX_FIXTURES = join(FIXTURES, 'xlsx');
const TABLE_NAMES = Object.keys(TABLES) as TableName[];

function copyOf(dir: string): string {
  const d = join(tempDir('ntm-xlsx-'), 'data');
  cpSync(dir, d, { recursive: true });
  return d;
}

function exported(dir: string): { file: string; bytes: Buffer; book: XLSX.WorkBook } {
  const file = join(tempDir('ntm-xlsx-'), 'du-lieu.xlsx');
  exportWorkbook(dir, file);
  const bytes = readFileSync(file);
  return { file, bytes, book: XLSX.read(bytes, { type: 'buffer', cellNF: true }) };
}

describe('data:export writes a workbook staff can edit', () => {
  const { bytes, book } = exported(BUNDLED);

  it('is byte-identical between runs', () => {
    assert.ok(exported(BUNDLED).bytes.equals(bytes));
  });

  it('has the Vietnamese guide first, then one sheet per table named after it', () => {
    assert.deepEqual(book.SheetNames, ['Hướng dẫn', ...TABLE_NAMES]);
    assert.ok(book.SheetNames.every((n) => n.length <= 31));
    const guide = XLSX.utils.sheet_to_csv(book.Sheets['Hướng dẫn']!);
    assert.match(guide, /KHÔNG đổi tên trang tính/);
    assert.match(guide, /npm run data:import/);
  });

  it("puts each column's documentation, in Vietnamese, in a note on its header cell", () => {
    const a1 = sheetCell(book.Sheets['units']!, 'A1')!;
    assert.equal(a1.v, 'code');
    assert.equal(a1.c![0]!.t.split('\n')[1], columnDocVi('units', 'code'));
    assert.doesNotMatch(a1.c![0]!.t, /GSO code before 1 July 2025/);
    assert.match(
      sheetCell(book.Sheets['units']!, 'D1')!.c![0]!.t,
      /Giá trị được phép:\n• city: Thành phố trực thuộc trung ương/,
    );
  });

  it('writes numbers and full dates as typed cells, and partial dates and codes as text', () => {
    const units = book.Sheets['units']!;
    const lat = XLSX.utils
      .sheet_to_json<Record<string, unknown>>(units)
      .find((r) => r['code'] === '27538')!['lat'];
    assert.equal(typeof lat, 'number');
    assert.equal(sheetCell(units, 'A2')!.t, 's'); // the GSO code 79 stays text
    const sources = book.Sheets['sources']!;
    const published = XLSX.utils.sheet_to_json<Record<string, unknown>>(sources, { raw: false });
    const rowOf = (v: string) => published.findIndex((r) => r['published_on'] === v) + 2;
    const full = sheetCell(sources, `H${rowOf('2025-03-01')}`)!;
    assert.deepEqual([full.t, full.z, full.v], ['n', 'yyyy-mm-dd', 45717]);
    const year = sheetCell(sources, `H${rowOf('2024')}`)!;
    assert.deepEqual([year.t, year.v], ['s', '2024']);
  });

  it('freezes the header row and gives enum columns a drop-down list', () => {
    const units = sheetXml(bytes, TABLE_NAMES.indexOf('units') + 1);
    assert.match(
      units,
      /<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/,
    );
    assert.match(
      units,
      /<dataValidation type="list" allowBlank="0" showErrorMessage="1"[^>]* sqref="D2:D1048576"><formula1>"city,district,commune,town"<\/formula1>/,
    );
    // dataValidations must come before ignoredErrors and legacyDrawing (CT_Worksheet order).
    assert.ok(units.indexOf('<dataValidations') > units.indexOf('</sheetData>'));
    assert.ok(units.indexOf('<dataValidations') < units.indexOf('<ignoredErrors'));
    for (let i = 1; i <= TABLE_NAMES.length; i++)
      assert.match(sheetXml(bytes, i), /state="frozen"/);
    assert.doesNotMatch(sheetXml(bytes, TABLE_NAMES.indexOf('hex_layout') + 1), /dataValidation/);
    // Optional enums allow a blank cell: targets.standing is empty on most rows.
    const targets = sheetXml(bytes, TABLE_NAMES.indexOf('targets') + 1);
    assert.match(
      targets,
      /<dataValidation type="list" allowBlank="0"[^>]* sqref="D2:D1048576"><formula1>"main,step,context"<\/formula1>/,
    );
    assert.match(
      targets,
      /<dataValidation type="list" allowBlank="1"[^>]* sqref="N2:N1048576"><formula1>"contradicted"<\/formula1>/,
    );
  });
});

describe('round trip', () => {
  for (const [name, dir] of [
    ['the bundled data', BUNDLED],
    ['the minimal fixture', MINIMAL],
  ] as const) {
    it(`export then import with no edits leaves ${name} byte-identical`, () => {
      const data = copyOf(dir);
      const before = snapshot(data);
      const { file } = exported(data);
      const r = importWorkbook(file, data);
      assert.deepEqual(r.messages, []);
      assert.equal(r.ok, true);
      assert.deepEqual(snapshot(data), before);
      assert.ok(
        r.changes.every(
          (c) => c.added.length + c.removed.length + c.changed.length === 0 && !c.reformatted,
        ),
      );
    });
  }

  it('an edit in Excel comes back as that change only, reported by primary key', () => {
    const data = copyOf(MINIMAL);
    const { bytes } = exported(data);
    const book = XLSX.read(bytes, { type: 'buffer', cellNF: true, cellStyles: true });
    book.Sheets['units']!['C3'] = { t: 's', v: 'Củ Chi (đã sửa)' };
    XLSX.utils.sheet_add_aoa(
      book.Sheets['sources']!,
      [
        [
          'src-new',
          'news',
          'Bài mới',
          'Báo B',
          'https://example.org/b',
          '',
          '',
          '2026-11',
          'vi',
          '',
        ],
      ],
      { origin: -1 },
    );
    const file = join(tempDir('ntm-xlsx-'), 'sua.xlsx');
    writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array);
    const r = importWorkbook(file, data);
    assert.equal(r.ok, true, r.messages.join('\n'));
    const units = r.changes.find((c) => c.table === 'units')!;
    assert.deepEqual(units.changed, [{ key: '783', columns: ['short_name'] }]);
    assert.deepEqual(r.changes.find((c) => c.table === 'sources')!.added, ['src-new']);
    assert.match(
      readFileSync(join(data, 'units.csv'), 'utf8'),
      /\n783,Huyện Củ Chi,Củ Chi \(đã sửa\),district,/,
    );
    assert.match(
      readFileSync(join(data, 'sources.csv'), 'utf8'),
      /\nsrc-new,news,Bài mới,Báo B,https:\/\/example\.org\/b,,,2026-11,vi,,\n$/,
    );
  });
});

describe('data:import checks the stories against the new data', () => {
  // f-783-ntm-2015-08 is shown by a <Stat> in the published story bap-giong-thai-my (and three others, left out here).
  function withoutFigure(): { data: string; file: string; before: ReturnType<typeof snapshot> } {
    const data = copyOf(BUNDLED);
    const before = snapshot(data);
    const book = XLSX.read(exported(data).bytes, {
      type: 'buffer',
      cellNF: true,
      cellStyles: true,
    });
    const sheet = book.Sheets['figures']!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true });
    const at = rows.findIndex((r) => r[0] === 'f-783-ntm-2015-08');
    assert.ok(at > 0);
    book.Sheets['figures'] = XLSX.utils.aoa_to_sheet(rows.filter((_, i) => i !== at));
    const file = join(tempDir('ntm-xlsx-'), 'bo-so-lieu.xlsx');
    writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array);
    return { data, file, before };
  }
  function storiesCopy(draft: boolean): string {
    const dir = tempDir('ntm-xlsx-stories-');
    cpSync('content/stories/bap-giong-thai-my.mdx', join(dir, 'bap-giong-thai-my.mdx'));
    if (draft) {
      const p = join(dir, 'bap-giong-thai-my.mdx');
      writeFileSync(p, readFileSync(p, 'utf8').replace('tags: [', 'draft: true\ntags: ['));
    }
    return dir;
  }

  it('removing a figure a published story shows stops the import, names the story and line, and writes nothing', () => {
    const { data, file, before } = withoutFigure();
    const stories = storiesCopy(false);
    const r = importWorkbook(file, data, { storiesDir: stories });
    assert.equal(r.ok, false);
    const line =
      readFileSync(join(stories, 'bap-giong-thai-my.mdx'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('<Stat id="f-783-ntm-2015-08"')) + 1;
    assert.deepEqual(r.messages, [
      `bo-so-lieu.xlsx › bài ${join(stories, 'bap-giong-thai-my.mdx')}:${line}: Số liệu (Stat) "f-783-ntm-2015-08" không có trong dữ liệu; chọn lại trong danh sách. — bài đã đăng dùng giá trị mà bảng tính đã xóa hoặc đổi; giữ lại giá trị đó trong bảng tính, hoặc nhờ người biên tập sửa bài trước rồi nhập lại.`,
    ]);
    assert.deepEqual(snapshot(data), before);
  });

  it('the same removal with that story a draft imports, with a notice for the draft', () => {
    const { data, file } = withoutFigure();
    const r = importWorkbook(file, data, { storiesDir: storiesCopy(true) });
    assert.equal(r.ok, true, r.messages.join('\n'));
    assert.equal(r.messages.length, 1);
    assert.match(
      r.messages[0]!,
      /bap-giong-thai-my\.mdx:\d+: lưu ý: bản nháp này sẽ cần sửa: Số liệu \(Stat\) "f-783-ntm-2015-08"/,
    );
    assert.deepEqual(r.changes.find((c) => c.table === 'figures')!.removed, ['f-783-ntm-2015-08']);
  });
});

interface Case {
  file: string;
  ok: boolean;
  messages: string[];
  /** Table → a line the written CSV must contain (only for cases that import). */
  writes?: [TableName, string];
}

const CASES: Case[] = [
  {
    file: 'date-text',
    ok: true,
    messages: [
      'date-text.xlsx › recognitions!H8: lưu ý: ngày “31/03/2021” gõ dạng chữ (ngày/tháng/năm) đã được đọc thành 2021-03-31 — không cần làm gì; lần sau có thể gõ thẳng dạng năm-tháng-ngày',
    ],
  },
  {
    file: 'date-text-ambiguous',
    ok: false,
    messages: [
      'date-text-ambiguous.xlsx › recognitions!H8: ngày “03/04/2021” gõ dạng chữ không rõ nghĩa: ngày 3 tháng 4 hay ngày 4 tháng 3 — gõ theo dạng năm-tháng-ngày: 2021-04-03 nếu là ngày 3 tháng 4, 2021-03-04 nếu là ngày 4 tháng 3',
    ],
  },
  {
    file: 'number-text',
    ok: true,
    messages: [
      'number-text.xlsx › figures!E4: lưu ý: số “1.234,5” gõ dạng chữ theo cách viết Việt Nam đã được đọc thành 1234.5 — không cần làm gì; lần sau nên nhập ô dạng số',
    ],
    writes: [
      'figures',
      'f-784-income-2020,784,income-per-capita,,1234.5,,million-vnd-per-person-year,exact,2020,src-a,"63,7 triệu",,',
    ],
  },
  {
    file: 'number-text-ambiguous',
    ok: false,
    messages: [
      'number-text-ambiguous.xlsx › figures!E4: số “1.234” gõ dạng chữ không rõ nghĩa: có thể là 1234 (dấu chấm ngăn hàng nghìn) hoặc 1,234 (dấu chấm thập phân) — nhập lại thành ô dạng số, hoặc gõ 1234 nếu là số nguyên; số thập phân dùng dấu phẩy khi gõ dạng chữ, ví dụ 1,234',
    ],
  },
  {
    file: 'formula',
    ok: true,
    messages: [
      'formula.xlsx › figures!E2: lưu ý: ô có công thức =F2; đã lấy kết quả Excel đã tính: 2 — không cần làm gì; nếu công thức tham chiếu ô khác, hãy kiểm tra kết quả',
    ],
  },
  {
    file: 'formula-no-value',
    ok: false,
    messages: [
      'formula-no-value.xlsx › figures!E2: ô có công thức =F2*1 nhưng tệp không lưu kết quả đã tính — mở tệp bằng Excel để Excel tính lại rồi lưu, hoặc gõ thẳng giá trị thay cho công thức',
    ],
  },
  {
    file: 'merged-cells',
    ok: false,
    messages: [
      'merged-cells.xlsx › units!I3:I4: ô bị gộp (Merge): chỉ ô đầu giữ giá trị, các ô còn lại sẽ thành trống — bỏ gộp ô (Home → Merge & Center → Unmerge Cells) rồi điền giá trị vào từng ô',
    ],
  },
  {
    file: 'hidden-row-and-column',
    ok: true,
    messages: [
      'hidden-row-and-column.xlsx › units!L:L: lưu ý: cột L (“coord_quality”) đang bị ẩn; dữ liệu của nó vẫn được nhập — bỏ ẩn cột (Unhide) để kiểm tra',
      'hidden-row-and-column.xlsx › units!5:5: lưu ý: hàng 5 đang bị ẩn; dữ liệu của nó vẫn được nhập — bỏ ẩn hàng (Unhide) để kiểm tra; nếu không muốn nhập hàng này, hãy xoá hẳn hàng',
    ],
    writes: [
      'units',
      '27496,Thị trấn Củ Chi,Củ Chi,town,783,thi-tran-cu-chi,no,"Thị trấn, không thuộc chương trình",none,10.97528,106.49222,approximate,src-c,src-c,src-c',
    ],
  },
  { file: 'trailing-empty-rows', ok: true, messages: [] },
  {
    file: 'extra-sheet',
    ok: true,
    messages: [
      'extra-sheet.xlsx › Ghi chú: lưu ý: trang “Ghi chú” không phải một bảng dữ liệu, đã bỏ qua — không cần làm gì; dữ liệu trong trang này không được nhập',
    ],
  },
  {
    file: 'reordered-columns',
    ok: true,
    messages: [
      'reordered-columns.xlsx › units!1:1: lưu ý: các cột không theo thứ tự gốc; đã nhận theo tên cột — không cần làm gì; tệp CSV vẫn ghi các cột theo thứ tự chuẩn',
    ],
  },
  {
    file: 'renamed-column',
    ok: false,
    messages: [
      'renamed-column.xlsx › recognitions!J1: “sorce_id” không phải tên cột của bảng recognitions — đổi lại tên cột thành “source_id”; các cột của bảng recognitions là: id, unit_code, standard, event, year, as_of, decision_number, decided_on, criteria_set_id, source_id, note (không đổi tên cột; cột tự thêm thì xoá đi)',
    ],
  },
  {
    file: 'missing-column',
    ok: false,
    messages: [
      'missing-column.xlsx › units!1:1: thiếu cột “slug” — thêm cột “slug” vào hàng tiêu đề (ASCII slug for its page URL, unique.); các cột của bảng units là: code, name, short_name, kind, parent_code, slug, in_programme, not_in_programme_reason, pilot, lat, lon, coord_quality, coord_source_id, source_id, note_source_id',
    ],
  },
  {
    file: 'renamed-sheet',
    ok: false,
    messages: [
      'renamed-sheet.xlsx: thiếu trang “units” (units.csv) — khôi phục trang “units” với đúng tên đó; không đổi tên trang tính',
      'renamed-sheet.xlsx › Units: trang “Units” không phải tên một bảng; có phải trang “units” bị đổi tên? — đổi tên trang lại thành “units” (các trang cần có: dataset, sources, units, recognitions, figures, targets, criteria_sets, crosswalk, hex_layout, open_questions)',
    ],
  },
  {
    file: 'nfd-text',
    ok: true,
    messages: [
      'nfd-text.xlsx › units!B5: lưu ý: chữ ở dạng Unicode tổ hợp (NFD, thường do dán từ nơi khác) đã được chuyển sang dạng dựng sẵn (NFC) — không cần làm gì',
    ],
  },
  {
    file: 'duplicate-key',
    ok: false,
    messages: [
      'duplicate-key.xlsx › recognitions!9:9: lưu ý: hàng 9 trống, đã bỏ qua — không cần làm gì; có thể xoá hàng trống',
      'duplicate-key.xlsx › recognitions!A10: id “r-27538-ntm” bị trùng (đã có ở hàng 2) — mỗi hàng cần một id riêng',
    ],
  },
  {
    file: 'bad-enum',
    ok: false,
    messages: [
      'bad-enum.xlsx › units!D8: cột kind: “phuong” không có trong danh sách giá trị được phép — chọn một trong: city, district, commune, town',
    ],
  },
];

describe('data:import names the cell of every problem, and writes nothing on any error', () => {
  for (const c of CASES) {
    it(`${c.file}: ${c.ok ? 'imports with its notices' : 'fails and leaves data/ untouched'}`, () => {
      const data = copyOf(MINIMAL);
      const before = snapshot(data);
      const r = importWorkbook(join(XLSX_FIXTURES, `${c.file}.xlsx`), data);
      assert.deepEqual(r.messages, c.messages);
      assert.equal(r.ok, c.ok);
      const after = snapshot(data);
      if (!c.ok || !c.writes) {
        assert.deepEqual(
          after,
          before,
          c.ok ? 'an import without real edits changes no byte' : 'data/ must be untouched',
        );
        return;
      }
      const [table, line] = c.writes;
      assert.ok(after[TABLES[table].file]!.split('\n').includes(line), after[TABLES[table].file]);
      assert.ok(after[TABLES[table].file]!.normalize('NFC') === after[TABLES[table].file]);
      for (const t of TABLE_NAMES)
        if (t !== table) assert.equal(after[TABLES[t].file], before[TABLES[t].file], t);
    });
  }

  it('every fixture workbook has a case here, and the committed file is what generate.ts writes', async () => {
    const { CASES: generated, caseBytes } = await import('../fixtures/xlsx/generate.ts');
    assert.deepEqual(Object.keys(generated).sort(), CASES.map((c) => c.file).sort());
    for (const c of CASES)
      assert.ok(
        Buffer.from(caseBytes(c.file)).equals(readFileSync(join(XLSX_FIXTURES, `${c.file}.xlsx`))),
        `${c.file}.xlsx is stale: run npx tsx tests/fixtures/xlsx/generate.ts`,
      );
  });

  it('an unreadable file is one message naming it', () => {
    const data = copyOf(MINIMAL);
    const file = join(tempDir('ntm-xlsx-'), 'hong.xlsx');
    cpSync(join(MINIMAL, 'units.csv'), file);
    const r = importWorkbook(file, data);
    assert.equal(r.ok, false);
    assert.equal(r.messages.length, 1);
    assert.equal(
      r.messages[0],
      'hong.xlsx: không đọc được tệp như một sổ Excel (không phải tệp .xlsx) — mở tệp bằng Excel và lưu dạng "Excel Workbook (*.xlsx)" (Excel tiếng Việt: "Sổ làm việc Excel (*.xlsx)")',
    );
  });
});

describe('cells', () => {
  it('converts between ISO days and Excel serials, 1900 and 1904 systems', () => {
    assert.equal(isoToSerial('2025-03-01'), 45717);
    assert.equal(serialToIso(45717), '2025-03-01');
    assert.equal(serialToIso(45717 - 1462, true), '2025-03-01');
    assert.equal(isoToSerial('2015-08'), null);
    assert.equal(isoToSerial('1900-02-01'), null);
  });

  it("keeps a number whose text is not JavaScript's shortest form as text, so it comes back unchanged", () => {
    assert.deepEqual(exportCell('63.20', 'number'), { t: 's', v: '63.20', z: '@' });
    assert.deepEqual(exportCell('0.793', 'number'), { t: 'n', v: 0.793 });
  });

  it('reads a date typed by staff with the precision of its format', () => {
    assert.equal(
      importCell({ t: 'n', v: 42217, z: 'mmm-yy' }, 'partial-date', false).raw,
      '2015-08',
    );
    assert.equal(
      importCell({ t: 'n', v: 42217, z: 'd/m/yyyy' }, 'partial-date', false).raw,
      '2015-08-01',
    );
    assert.equal(
      importCell({ t: 'n', v: 42217, z: 'd/m/yyyy' }, 'number', false).notes[0]!.severity,
      'error',
    );
  });

  it('reads month/year text and day/month/year text where the day is over 12', () => {
    assert.equal(importCell({ t: 's', v: '8/2015' }, 'partial-date', false).raw, '2015-08');
    assert.equal(importCell({ t: 's', v: '15.3.2023' }, 'date', false).raw, '2023-03-15');
    assert.equal(importCell({ t: 's', v: '05/05/2023' }, 'date', false).raw, '2023-05-05');
    assert.equal(importCell({ t: 's', v: '1.234.567' }, 'number', false).raw, '1234567');
  });

  it('reports changes without a key as whole rows', () => {
    const c = tableChanges('crosswalk', 'old_code,new_code\n1,2\n', 'old_code,new_code\n1,3\n');
    assert.equal(c.added.length, 1);
    assert.equal(c.removed.length, 1);
  });
});
