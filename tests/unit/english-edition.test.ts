// The English edition's pure parts: formats, the twin-path table, target sentences, citations
// and unit names. Pages are checked against the built site in tests/e2e/english-edition.spec.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatNumber, formatShare, UNKNOWN_TEXT } from '../../src/lib/format.ts';
import { formatCountCell, formatCountRatio, formatFigureValue } from '../../src/lib/figures.ts';
import { localHref, toEnglish, toVietnamese, twinOf } from '../../src/i18n/routes.ts';
import { langOfPath } from '../../src/i18n/lang.ts';
import { unitName } from '../../src/i18n/names.ts';
import { deadlineText, targetText } from '../../src/lib/targets.ts';
import { apaCitation, bibtexCitation, citationSentence, sourceApa } from '../../src/lib/cite.ts';
import type { FigureRef } from '../../src/lib/figures.ts';
import type { SourceOut } from '../../src/lib/stats/types.ts';

describe('English formats', () => {
  const CASES: [string, string, string][] = [
    ['thousands use a comma', formatNumber(1234.5, 1, 'en'), '1,234.5'],
    ['decimals use a point', formatNumber(63.2, 1, 'en'), '63.2'],
    ['shares as percent', formatShare(0.793, 1, 'en'), '79.3%'],
    ['full date', formatDate('2026-11-28', 'en'), '28 Nov 2026'],
    ['month precision', formatDate('2015-08', 'en'), 'Aug 2015'],
    ['year precision', formatDate('2015', 'en'), '2015'],
    [
      'a count with an approximate qualifier',
      formatFigureValue(
        { value: 70, denominator: null, unit: 'million-vnd-per-person-year', qualifier: 'approx' },
        'en',
      ),
      'about 70 million VND per person per year',
    ],
    [
      'a large count of people',
      formatFigureValue(
        { value: 2223984, denominator: null, unit: 'people', qualifier: 'exact' },
        'en',
      ),
      '2,223,984 people',
    ],
    [
      'a range while some units are unknown',
      formatCountCell({ reached: 14, unknown: 3, denominator: 20 }, 'en'),
      'at least 14, at most 17',
    ],
    [
      'nothing known is no data, never zero',
      formatCountCell({ reached: 0, unknown: 20, denominator: 20 }, 'en'),
      '? (no published data)',
    ],
    [
      'a ratio while some are unknown',
      formatCountRatio({ reached: 14, unknown: 3, denominator: 20 }, 'en'),
      'at least 14/20',
    ],
    ['the no-data state', UNKNOWN_TEXT.en, 'No published data'],
  ];
  for (const [name, got, want] of CASES) it(name, () => assert.equal(got, want));
  it('leaves the Vietnamese formats as they were', () => {
    assert.equal(formatNumber(1234.5), '1.234,5');
    assert.equal(formatDate('2026-11-28'), '28/11/2026');
  });
});

describe('twin paths', () => {
  const PAIRS: [string, string][] = [
    ['/', '/en/'],
    ['/xa/tan-thong-hoi/', '/en/communes/tan-thong-hoi/'],
    ['/huyen/cu-chi/', '/en/districts/cu-chi/'],
    ['/muc-tieu/', '/en/targets/'],
    ['/so-lieu/api/', '/en/data/api/'],
    ['/so-lieu/f-79-ntm-2016-09/', '/en/data/f-79-ntm-2016-09/'],
    ['/nhung/f-79-ntm-2016-09/', '/en/embed/f-79-ntm-2016-09/'],
    ['/mo-hinh/huyen/cu-chi/', '/en/stories/district/cu-chi/'],
    ['/mo-hinh/xa-dao-thanh-an/', '/en/stories/xa-dao-thanh-an/'],
    ['/chua-cong-bo/', '/en/open-questions/'],
    ['/thuat-ngu/', '/en/glossary/'],
  ];
  for (const [vi, en] of PAIRS) {
    it(`${vi} ↔ ${en}`, () => {
      assert.equal(toEnglish(vi), en);
      assert.equal(toVietnamese(en), vi);
      assert.equal(twinOf(vi), en);
      assert.equal(twinOf(en), vi);
      assert.equal(langOfPath(en), 'en');
      assert.equal(langOfPath(vi), 'vi');
    });
  }
  it('keeps the fragment of a link', () =>
    assert.equal(localHref('en', '/chua-cong-bo/#xa-kieu-mau'), '/en/open-questions/#xa-kieu-mau'));
  it('leaves Vietnamese links alone', () =>
    assert.equal(localHref('vi', '/phuong-phap/#bao-loi'), '/phuong-phap/#bao-loi'));
});

describe('English sentences from the data', () => {
  const base = {
    scope: '783',
    comparator: 'at-least' as const,
    target: null,
    targetCount: null,
    targetDenominator: null,
    deadline: '2024',
  };
  it('a count target', () =>
    assert.equal(
      targetText({ ...base, standard: 'ntm-km-2021', targetCount: 2, targetDenominator: 20 }, 'en'),
      'at least 2 of 20 communes reach model NTM (2021–2025)',
    ));
  it('a share target', () =>
    assert.equal(
      targetText({ ...base, standard: 'district-ntm-nc', target: 0.2 }, 'en'),
      'at least 20% of districts reach advanced NTM',
    ));
  it('the city target', () =>
    assert.equal(
      targetText({ ...base, standard: 'province-completed', target: 1 }, 'en'),
      'recognised by the Prime Minister as having completed the NTM task',
    ));
  it('a deadline, or its absence', () => {
    assert.equal(deadlineText({ deadline: '2025-12' }, 'en'), ', due Dec 2025');
    assert.equal(deadlineText({ deadline: null }, 'en'), ', no deadline given by the source');
  });
  it('unit names keep their diacritics and translate only the kind', () => {
    assert.equal(
      unitName({ kind: 'commune', name: 'Xã Tân Thông Hội', shortName: 'Tân Thông Hội' }, 'en'),
      'Tân Thông Hội commune',
    );
    assert.equal(
      unitName({ kind: 'district', name: 'Huyện Củ Chi', shortName: 'Củ Chi' }, 'en'),
      'Củ Chi district',
    );
    assert.equal(
      unitName({ kind: 'district', name: 'Huyện Củ Chi', shortName: 'Củ Chi' }, 'vi'),
      'Huyện Củ Chi',
    );
  });
});

describe('English citations', () => {
  const f = {
    id: 'f-79-ntm-2016-09',
    scope: '79',
    metric: 'units-reached',
    standard: 'ntm',
    value: 54,
    denominator: 56,
    unit: 'count',
    qualifier: 'exact',
    asOf: '2016-09',
    sourceId: 's1',
    note: null,
  } as unknown as FigureRef;
  const source = {
    id: 's1',
    publisher: 'Chi cục Phát triển nông thôn TP.HCM',
    title: 'Kết quả 9 tháng đầu năm 2016',
    decisionNumber: null,
    publishedOn: '2016-10-05',
    url: 'https://example.org/a',
    language: 'vi',
  } as unknown as SourceOut;
  const ctx = {
    scopeName: 'Ho Chi Minh City',
    source,
    release: '2026-11-28',
    permalink: 'https://ntm.example/en/data/f-79-ntm-2016-09/',
  };
  it('a sentence with the source, the as-of date in English and the value in English format', () => {
    assert.equal(
      citationSentence(f, ctx, 'en'),
      'According to Kết quả 9 tháng đầu năm 2016 (Chi cục Phát triển nông thôn TP.HCM, 5 Oct 2016, in Vietnamese), as of Sep 2016, the figure for communes reaching the NTM standard in Ho Chi Minh City was 54/56.',
    );
  });
  it('APA names the data set, its version and the original source', () => {
    const apa = apaCitation(f, ctx, 'en');
    assert.match(
      apa,
      /^NTM TP\.HCM\. \(2026, November 28\)\. Communes reaching the NTM standard, Ho Chi Minh City, as of Sep 2016: 54\/56 \[Data set, version 2026-11-28\]\. Original source: /,
    );
    assert.match(apa, /https:\/\/ntm\.example\/en\/data\/f-79-ntm-2016-09\/$/);
    assert.equal(
      sourceApa(source, 'en'),
      'Chi cục Phát triển nông thôn TP.HCM. (2016). Kết quả 9 tháng đầu năm 2016 [in Vietnamese]. https://example.org/a',
    );
  });
  it('BibTeX in English', () => {
    const bib = bibtexCitation(f, ctx, 'en');
    assert.match(
      bib,
      /title = \{\{Communes reaching the NTM standard, Ho Chi Minh City, as of Sep 2016: 54\/56\}\}/,
    );
    assert.match(bib, /note = \{Original source: /);
    assert.match(bib, /language = \{english\}/);
  });
  it('the Vietnamese citation is unchanged', () =>
    assert.match(
      citationSentence(f, { ...ctx, scopeName: 'Thành phố Hồ Chí Minh' }),
      /^Theo Kết quả 9 tháng đầu năm 2016 .* là 54\/56\.$/,
    ));
});
