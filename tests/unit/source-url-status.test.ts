// A source needs a URL or a decision number, unless url_status says its address is not known;
// then note must say how the text reached us (tests/fixtures/bad/source-without-url/).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readDataset } from '../../scripts/lib/pipeline.ts';
import { computeStats } from '../../src/lib/stats/compute.ts';
import { datasetWithCase } from '../helpers/fixtures.ts';
import { buildProblems, workbookProblems } from '../helpers/problems.ts';

const ROW = 'src-d,news,Bài báo D,Báo D,,,,2020,vi,';

/** The case with its source row replaced. */
function withRow(row: string): string {
  const dir = datasetWithCase('source-without-url');
  const file = join(dir, 'sources.csv');
  writeFileSync(file, readFileSync(file, 'utf8').replace(ROW, row));
  return dir;
}

describe('a source with neither a URL nor a decision number', () => {
  it('fails at its url cell, with the way out in the fix, in English for the build and in Vietnamese for the workbook', () => {
    const dir = datasetWithCase('source-without-url');
    assert.deepEqual(buildProblems(dir), [
      'sources.csv:5:28: source has neither a URL nor a decision number — add the URL where it is published, or the decision number; if neither is known, set url_status to "unknown" and say in note how the text reached us',
    ]);
    assert.deepEqual(workbookProblems(dir), [
      'du-lieu.xlsx › sources!E5: nguồn không có cả địa chỉ web (url) lẫn số văn bản (decision_number) — điền địa chỉ web của nguồn, hoặc số văn bản; nếu không biết cả hai, đặt url_status là “unknown” và ghi trong note văn bản có được bằng cách nào',
    ]);
  });

  it('passes with url_status "unknown" and a note, and the statistics mark it as known by title only', () => {
    const dir = withRow(
      'src-d,news,Bài báo D,Báo D,,unknown,,2020,vi,Bản chụp bài báo do Sở C gửi; không rõ số báo và địa chỉ.',
    );
    const { dataset, diagnostics } = readDataset(dir);
    assert.deepEqual(diagnostics, []);
    const src = computeStats(dataset!).reference.sources.find((s) => s.id === 'src-d')!;
    assert.deepEqual([src.url, src.decisionNumber, src.urlUnknown], [null, null, true]);
  });

  it('fails with url_status "unknown" but no note', () => {
    const dir = withRow('src-d,news,Bài báo D,Báo D,,unknown,,2020,vi,');
    assert.deepEqual(buildProblems(dir), [
      'sources.csv:5:46: a source whose address is not known needs a note — say in note how the text reached us and what is not known about it',
    ]);
    assert.deepEqual(workbookProblems(dir), [
      'du-lieu.xlsx › sources!J5: nguồn không rõ địa chỉ (url_status “unknown”) cần có ghi chú (note) — ghi trong note văn bản có được bằng cách nào và điều gì về nó chưa rõ',
    ]);
  });

  it('fails with url_status "unknown" next to a URL', () => {
    const dir = withRow(
      'src-d,news,Bài báo D,Báo D,https://example.org/d,unknown,,2020,vi,Bản lưu.',
    );
    assert.deepEqual(buildProblems(dir), [
      'sources.csv:5:50: url_status is "unknown" but the source has a URL — empty url_status',
    ]);
    assert.deepEqual(workbookProblems(dir), [
      'du-lieu.xlsx › sources!F5: url_status là “unknown” nhưng nguồn lại có địa chỉ web (url) — để trống url_status',
    ]);
  });
});
