// The data-truth gate itself: it must catch a wrong value, an unknown id and an untraced number.
import { expect, test } from '@playwright/test';
import { formatFigureValue } from '../../src/lib/figures.ts';
import { targetText } from '../../src/lib/targets.ts';
import type { Stats } from '../../src/lib/stats/types.ts';
import { figureTruthProblems, readStats, renderedFigures } from './helpers.ts';

const f = readStats<Stats['reference']>('reference').figures[0]!;

test('the figure check accepts a traced figure and flags wrong, unknown and untraced numbers', async ({
  page,
}) => {
  await page.goto('/404.html');
  await page.evaluate(
    ([id, good]) => {
      document.querySelector('main')!.innerHTML = `
      <figure id="good"><table><tr><td data-figure-id="${id}">${good}</td><td>14/04/2015</td></tr></table>
        <figcaption>Tính đến 2021–2025, <span data-not-figure>3</span> nguồn.</figcaption></figure>
      <figure id="bad"><table><tr><td data-figure-id="${id}">999</td><td data-figure-id="f-khong-co">1</td><td>42 xã</td></tr></table>
        <figcaption>Cả 17 xã.</figcaption></figure>`;
    },
    [f.id, formatFigureValue(f)],
  );
  const problems = figureTruthProblems(await renderedFigures(page, []), 'src/generated/stats');
  expect(problems).toEqual([
    `${f.id}: page shows "999", statistics give "${formatFigureValue(f)}"`,
    'f-khong-co: no figure or count with this id in the statistics',
    'untraced number in figure bad: 42 in "42 xã"',
    'untraced number in figure bad: 17 in "Cả 17 xã."',
  ]);
});

test('the target check flags a wrong status, a wrong label, a wrong target and an unknown id', async ({
  page,
}) => {
  const p = readStats<Stats['progress']>('progress').find(
    (x) => x.level === 'city' && x.tier === 'step' && x.status === 'no-data',
  )!;
  await page.goto('/404.html');
  await page.evaluate(
    ([id, text]) => {
      document.querySelector('main')!.innerHTML = `
      <p data-progress-id="${id}" data-status="no-data">${text}: <a class="status">Chưa có số liệu công bố</a></p>
      <p data-progress-id="${id}" data-status="met">${text}: <span class="status">Đã đạt</span></p>
      <p data-progress-id="${id}" data-status="no-data">ít nhất 9/20 xã: <a class="status">Chưa đạt</a></p>
      <p data-progress-id="progress-khong-co" data-status="met"><span class="status">Đã đạt</span></p>`;
    },
    [p.id, targetText(p)],
  );
  const problems = figureTruthProblems(await renderedFigures(page, []), 'src/generated/stats');
  expect(problems).toEqual([
    `${p.id}: page shows status "met", statistics give "no-data"`,
    `${p.id}: badge reads "Đã đạt", not "Chưa có số liệu công bố"`,
    `${p.id}: badge reads "Chưa đạt", not "Chưa có số liệu công bố"`,
    `${p.id}: the target does not read "${targetText(p)}"`,
    'progress-khong-co: no target progress with this id in the statistics',
  ]);
});
