import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatNumber, formatShare } from '../../src/lib/format.ts';

describe('Vietnamese formats', () => {
  const CASES: [string, string, string][] = [
    ['thousands use a dot', formatNumber(1234.5), '1.234,5'],
    ['large counts', formatNumber(2223984), '2.223.984'],
    ['decimals use a comma', formatNumber(63.2), '63,2'],
    ['shares as percent', formatShare(0.793), '79,3%'],
    ['full date', formatDate('2026-11-28'), '28/11/2026'],
    ['month precision', formatDate('2015-08'), '8/2015'],
    ['year precision', formatDate('2015'), '2015'],
  ];
  for (const [name, got, want] of CASES) it(name, () => assert.equal(got, want));
});

describe('published figure values', async () => {
  const { formatFigureValue } = await import('../../src/lib/figures.ts');
  const CASES: [string, Parameters<typeof formatFigureValue>[0], string][] = [
    [
      'a count of a denominator',
      { value: 50, denominator: 56, unit: 'count', qualifier: 'exact' },
      '50/56',
    ],
    [
      'an approximate income',
      { value: 70, denominator: null, unit: 'million-vnd-per-person-year', qualifier: 'approx' },
      'khoảng 70 triệu đồng/người/năm',
    ],
    ['a share', { value: 0.793, denominator: null, unit: 'share', qualifier: 'exact' }, '79,3%'],
    [
      'a large count',
      { value: 2223984, denominator: null, unit: 'people', qualifier: 'exact' },
      '2.223.984 người',
    ],
  ];
  for (const [name, f, want] of CASES) it(name, () => assert.equal(formatFigureValue(f), want));
});

describe('timeline chart', async () => {
  const { renderTimeline } = await import('../../src/lib/charts/timeline.ts');
  const base = {
    id: 't',
    title: 'T',
    description: 'D',
    markers: [],
    yMax: 10,
    firstYear: 2009,
    lastYear: 2011,
  };
  it('draws no "at least" line where the minimum is 0 only because statuses are unknown', () => {
    const svg = renderTimeline({
      ...base,
      bands: [
        {
          key: 'ntm',
          label: 'NTM',
          band: true,
          points: [
            { year: 2009, min: 0, max: 5, known: true },
            { year: 2010, min: 0, max: 5, known: true },
            { year: 2011, min: 0, max: 5, known: true },
          ],
        },
      ],
    });
    assert.doesNotMatch(svg, /stroke-width="2"/);
    assert.match(svg, /fill-opacity/);
  });
  it('draws the line where every status is known, even at 0', () => {
    const svg = renderTimeline({
      ...base,
      bands: [
        {
          key: 'ntm',
          label: 'NTM',
          band: true,
          points: [
            { year: 2009, min: 0, max: 0, known: true },
            { year: 2010, min: 3, max: 3, known: true },
            { year: 2011, min: 10, max: 10, known: true },
          ],
        },
      ],
    });
    assert.match(svg, /<path d="M[^"]+L[^"]+L[^"]+" fill="none"/);
  });
  it('escapes text and labels the SVG for screen readers', () => {
    const svg = renderTimeline({ ...base, title: 'A <b> & "c"', bands: [] });
    assert.match(svg, /<title id="t-title">A &lt;b&gt; &amp; &quot;c&quot;<\/title>/);
    assert.match(svg, /role="img" aria-labelledby="t-title t-desc"/);
  });
});
