// A target stated as a count keeps the source's numbers, and its share must be count /
// denominator; a statement marked contradicted needs the statements that settle its goal
// (tests/fixtures/bad/target-value-not-count/, tests/fixtures/bad/target-contradicted-alone/).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { datasetWithCase } from '../helpers/fixtures.ts';
import { buildProblems, workbookProblems } from '../helpers/problems.ts';

/** A bad-input case with one line of its targets.csv rewritten. */
function edited(name: string, from: string, to: string): string {
  const dir = datasetWithCase(name);
  const file = join(dir, 'targets.csv');
  const text = readFileSync(file, 'utf8');
  assert.ok(text.includes(from));
  writeFileSync(file, text.replace(from, to));
  return dir;
}

describe('a target stated as a count ("ít nhất 2/20 xã")', () => {
  it('fails at its value cell when value is not count / denominator, naming the value to write', () => {
    const dir = datasetWithCase('target-value-not-count');
    assert.deepEqual(buildProblems(dir), [
      'targets.csv:6:62: value 0.2 is not 2/20 — write 0.1 (count / denominator, 4 decimals)',
    ]);
    assert.deepEqual(workbookProblems(dir), [
      'du-lieu.xlsx › targets!G6: tỷ lệ (value) 0,2 không bằng 2/20 — nhập 0,1 (count / denominator, làm tròn 4 chữ số thập phân)',
    ]);
  });

  it('passes when value is count / denominator, and with a count alone ("6 xã": no total, no value)', () => {
    assert.deepEqual(
      buildProblems(edited('target-value-not-count', ',0.2,2,20,', ',0.1,2,20,')),
      [],
    );
    assert.deepEqual(buildProblems(edited('target-value-not-count', ',0.2,2,20,', ',,6,,')), []);
  });

  const OTHER: { what: string; edit: [string, string]; build: string; workbook: string }[] = [
    {
      what: 'neither a value nor a count',
      edit: [',0.2,2,20,', ',,,,'],
      build:
        'targets.csv:6:62: a target needs a value or a count — fill value (a share, 0–1), or count when the source states a number of units',
      workbook:
        'du-lieu.xlsx › targets!G6: mục tiêu cần có tỷ lệ (value) hoặc số đơn vị (count) — điền value (tỷ lệ, 0–1), hoặc count khi nguồn nêu số đơn vị',
    },
    {
      what: 'a denominator without a count',
      edit: [',0.2,2,20,', ',0.2,,20,'],
      build:
        'targets.csv:6:66: a denominator without a count — fill count ("2/20 xã" → 2), or empty denominator',
      workbook:
        'du-lieu.xlsx › targets!H6: có mẫu số (denominator) nhưng thiếu số đơn vị (count) — điền count (“2/20 xã” → 2), hoặc để trống denominator',
    },
    {
      what: 'a value next to a count without its total',
      edit: [',0.2,2,20,', ',0.2,2,,'],
      build:
        'targets.csv:6:62: a count without its total cannot be a share — empty value, or fill denominator with the total the source states',
      workbook:
        'du-lieu.xlsx › targets!G6: có số đơn vị (count) mà không có tổng số (denominator) thì không tính được tỷ lệ (value) — để trống value, hoặc điền denominator là tổng số nguồn nêu',
    },
  ];
  for (const c of OTHER) {
    it(`${c.what} fails at its cell, in Vietnamese in the workbook`, () => {
      const dir = edited('target-value-not-count', ...c.edit);
      assert.deepEqual(buildProblems(dir), [c.build]);
      assert.deepEqual(workbookProblems(dir), [c.workbook]);
    });
  }
});

describe('a national target', () => {
  it('cannot be a main target', () => {
    const dir = edited('target-value-not-count', 'national,context,VN', 'national,main,VN');
    const file = join(dir, 'targets.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace(',0.2,2,20,', ',0.1,2,20,'));
    assert.deepEqual(buildProblems(dir), [
      'targets.csv:5:26: only a city target can be a main target — use tier "context" for a national target',
    ]);
    assert.deepEqual(workbookProblems(dir), [
      'du-lieu.xlsx › targets!D5: chỉ mục tiêu của thành phố (level city) mới là mục tiêu chính (tier main) — dùng tier “context” cho mục tiêu cả nước',
    ]);
  });
});

describe('a statement marked contradicted', () => {
  it('fails when no other statement shares its goal', () => {
    const dir = datasetWithCase('target-contradicted-alone');
    assert.deepEqual(buildProblems(dir), [
      'targets.csv:5:99: nothing contradicts this statement: goal "vn-ntm" has no other statement — empty standing, or add the statements that settle the goal',
    ]);
    assert.deepEqual(workbookProblems(dir), [
      'du-lieu.xlsx › targets!N5: không có gì mâu thuẫn với hàng này: goal “vn-ntm” không có hàng nào khác — để trống standing, hoặc thêm các hàng cùng goal cho thấy mục tiêu đúng là gì',
    ]);
  });

  it('passes when another statement of its goal settles it', () => {
    const dir = edited('target-contradicted-alone', 'src-a,contradicted,', 'src-a,,');
    const file = join(dir, 'targets.csv');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'src-c,,mâu thuẫn với t-km-a',
        'src-c,contradicted,mâu thuẫn với t-km-a',
      ),
    );
    assert.deepEqual(buildProblems(dir), []);
  });
});
