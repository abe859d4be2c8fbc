// Every topic the site can call "Chưa có số liệu công bố" is answered by exactly one row of
// open_questions.csv (tests/fixtures/bad/open-question-*/ laid over tests/fixtures/minimal).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NO_DATA_TOPICS } from '../../src/lib/schema/tables.ts';
import { MINIMAL, datasetWithCase } from '../helpers/fixtures.ts';
import { buildProblems, workbookProblems } from '../helpers/problems.ts';

const TOPICS = Object.keys(NO_DATA_TOPICS).join(', ');

const CASES: { name: string; what: string; build: string; workbook: string }[] = [
  {
    name: 'open-question-unknown-topic',
    what: 'an unknown topic fails, listing the topics',
    build: `open_questions.csv:2:13: unknown topic "after-2030" — use: ${TOPICS}`,
    workbook: `du-lieu.xlsx › open_questions!B2: chủ đề “after-2030” không có trong danh sách — dùng: ${TOPICS}`,
  },
  {
    name: 'open-question-topic-twice',
    what: 'a topic answered twice fails on the second question, naming the first',
    build:
      'open_questions.csv:3:9: topic "status-ntm-km-2021" is already answered by "xa-kieu-mau" (line 2) — give each topic to one question only',
    workbook:
      'du-lieu.xlsx › open_questions!B3: chủ đề “status-ntm-km-2021” đã do câu hỏi “xa-kieu-mau” trả lời (hàng 2) — mỗi chủ đề chỉ ghi ở một câu hỏi',
  },
  {
    name: 'open-question-topic-unanswered',
    what: 'a topic no question answers fails, naming it',
    build:
      'open_questions.csv:1:1: no open question answers the topic "after-2025" — add the topic to the "topics" of the question that explains it, so that every "Chưa có số liệu công bố" links to an entry',
    workbook:
      'du-lieu.xlsx › open_questions!A1: chưa có câu hỏi nào trả lời chủ đề “after-2025” — thêm chủ đề vào cột topics của câu hỏi giải thích nó, để mỗi chỗ “Chưa có số liệu công bố” trên trang đều dẫn tới một mục',
  },
  {
    name: 'open-question-nearest-without-source',
    what: 'the nearest fact without its source fails',
    build:
      'open_questions.csv:3:260: the nearest published fact and its source go together — fill both, or neither when nothing near is published',
    workbook:
      'du-lieu.xlsx › open_questions!G3: dữ kiện gần nhất (nearest) và nguồn của nó (nearest_source_id) phải đi cùng nhau — điền cả hai, hoặc để trống cả hai khi chưa có dữ kiện nào gần được công bố',
  },
  {
    name: 'open-question-english-alone',
    what: 'an English text whose Vietnamese cell is empty fails',
    build:
      'open_questions.csv:3:266: "note_en" translates an empty "note" — fill "note" first, or empty "note_en"',
    workbook:
      'du-lieu.xlsx › open_questions!N3: cột note_en (tiếng Anh) dịch một ô note đang trống — điền note trước, hoặc để trống note_en',
  },
];

describe('open questions answer every no-data topic exactly once', () => {
  it('the minimal fixture, one question per topic, passes', () => {
    assert.deepEqual(buildProblems(MINIMAL), []);
  });

  for (const c of CASES) {
    it(`${c.what} (${c.name})`, () => {
      const dir = datasetWithCase(c.name);
      assert.deepEqual(buildProblems(dir), [c.build]);
      assert.deepEqual(workbookProblems(dir), [c.workbook]);
    });
  }
});
