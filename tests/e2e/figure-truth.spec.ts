// The data-truth gate itself: it must catch a wrong value, an unknown id and an untraced number.
import { expect, test } from '@playwright/test';
import { formatFigureValue } from '../../src/lib/figures.ts';
import type { Stats } from '../../src/lib/stats/types.ts';
import { figureTruthProblems, readStats, renderedFigures } from './helpers.ts';

const f = readStats<Stats['reference']>('reference').figures[0]!;

test('the figure check accepts a traced figure and flags wrong, unknown and untraced numbers', async ({ page }) => {
  await page.goto('/404.html');
  await page.evaluate(([id, good]) => {
    document.querySelector('main')!.innerHTML = `
      <figure id="good"><table><tr><td data-figure-id="${id}">${good}</td><td>14/04/2015</td></tr></table>
        <figcaption>Tính đến 2021–2025, <span data-not-figure>3</span> nguồn.</figcaption></figure>
      <figure id="bad"><table><tr><td data-figure-id="${id}">999</td><td data-figure-id="f-khong-co">1</td><td>42 xã</td></tr></table>
        <figcaption>Cả 17 xã.</figcaption></figure>`;
  }, [f.id, formatFigureValue(f)]);
  const problems = figureTruthProblems(await renderedFigures(page, []), 'src/generated/stats');
  expect(problems).toEqual([
    `${f.id}: page shows "999", statistics give "${formatFigureValue(f)}"`,
    'f-khong-co: no figure or count with this id in the statistics',
    'untraced number in figure bad: 42 in "42 xã"',
    'untraced number in figure bad: 17 in "Cả 17 xã."',
  ]);
});
