// Key figures on the pages equal the generated statistics (read from the JSON, not copied).
import { expect, test } from '@playwright/test';
import { formatDate, formatNumber } from '../../src/lib/format.ts';
import { formatFigureValue } from '../../src/lib/figures.ts';
import { PILOT_LABEL, STANDARD_SHORT, STATUS_LABEL } from '../../src/lib/labels.ts';
import type { Stats } from '../../src/lib/stats/types.ts';
import { readStats } from './helpers.ts';

const units = readStats<Stats['units']>('units');
const progress = readStats<Stats['progress']>('progress');
const summaries = readStats<Stats['summaries']>('summaries');
const reference = readStats<Stats['reference']>('reference');
const counts = readStats<Stats['counts']>('counts');

test('overview: unit counts, every city target status and the published milestones', async ({
  page,
}) => {
  await page.goto('/');
  const local = units.filter((u) => u.kind === 'commune' || u.kind === 'town');
  await expect(page.locator('[data-figure="units-local"]')).toHaveText(String(local.length));
  await expect(page.locator('[data-figure="units-in-programme"]')).toHaveText(
    String(local.filter((u) => u.inProgramme).length),
  );
  await expect(page.locator('[data-figure="pilots"]')).toHaveText(
    String(summaries.find((s) => s.code === '79')!.pilots.length),
  );
  // The plan's main targets, every statement of each, with the status of its goal.
  for (const p of progress.filter((x) => x.level === 'city' && x.tier === 'main')) {
    const box = page.locator(`[id="${p.id}"]`);
    await expect(box).toHaveAttribute('data-status', p.status);
    if (p.standing === null)
      await expect(page.locator('.target-statement', { has: box }).locator('.status')).toHaveText(
        STATUS_LABEL[p.status],
      );
  }
  for (const f of reference.figures.filter(
    (x) => x.scope === '79' && x.metric === 'units-reached' && x.unit === 'count',
  )) {
    await expect(page.locator(`#moc-${f.id} [data-figure-id="${f.id}"]`)).toHaveText(
      formatFigureValue(f),
    );
  }
});

test('overview: a target with nothing published reads "Chưa có số liệu công bố", never 0%', async ({
  page,
}) => {
  await page.goto('/');
  const unknown = progress.filter(
    (p) => p.level === 'city' && p.tier === 'main' && p.standing === null && p.status === 'no-data',
  );
  for (const p of unknown) {
    const box = page.locator('.target-statement', { has: page.locator(`[id="${p.id}"]`) });
    await expect(box).toContainText('Chưa có số liệu công bố');
    await expect(box).not.toContainText(/(^|\s)0(,0)?%/);
  }
  // The bundled data has no published kiểu mẫu result, so this must stay covered.
  expect(unknown.some((p) => p.standard === 'ntm-km-2021')).toBe(true);
});

test("district page: its recognition, commune count and each commune's highest standard", async ({
  page,
}) => {
  const d = units.find((u) => u.kind === 'district' && u.code === '787')!;
  await page.goto(`/huyen/${d.slug}/`);
  const s = summaries.find((x) => x.code === d.code)!;
  await expect(page.locator('[data-figure="communes"]')).toHaveText(formatNumber(s.communes));
  await expect(page.locator('[data-figure="in-programme"]')).toHaveText(
    formatNumber(s.inProgramme),
  );
  const step = d.ladder.steps.find((x) => x.standard === 'district-ntm')!;
  const li = page.locator(`[id="${d.code}-district-ntm"]`);
  await expect(li).toContainText(`năm ${step.year}`);
  if (step.decisionNumber) await expect(li).toContainText(step.decisionNumber);
  if (step.decidedOn) await expect(li).toContainText(formatDate(step.decidedOn));
  for (const u of units.filter((x) => x.parentCode === d.code)) {
    const h = u.ladder.highest.at(-1);
    const want = !u.inProgramme
      ? 'Không thuộc chương trình'
      : h
        ? STANDARD_SHORT[h]
        : 'Chưa có số liệu công bố';
    await expect(page.locator(`[data-unit-highest="${u.code}"]`)).toHaveText(want);
  }
  const latest = counts.find((c) => c.scope === d.code && c.standard === 'ntm')!.points.at(-1)!;
  await expect(page.locator(`[data-count-id="${latest.id}"]`)).toHaveText(
    latest.unknown === 0 ? formatNumber(latest.reached) : new RegExp(`ít nhất ${latest.reached}`),
  );
});

test('commune page: ladder, pilot status and the unit it became', async ({ page }) => {
  const u = units.find((x) => x.code === '27556')!;
  await page.goto(`/xa/${u.slug}/`);
  const h = u.ladder.highest.at(-1);
  await expect(page.locator(`[data-unit-highest="${u.code}"]`)).toHaveText(
    h ? STANDARD_SHORT[h] : 'Chưa có số liệu công bố',
  );
  const ntm = u.ladder.steps.find((s) => s.standard === 'ntm')!;
  const li = page.locator(`[id="${u.code}-ntm"]`);
  if (ntm.asOf) await expect(li).toContainText(formatDate(ntm.asOf));
  for (const s of u.ladder.steps.filter((x) => !x.reached && x.notYet.length === 0)) {
    await expect(page.locator(`[id="${u.code}-${s.standard}"]`)).toContainText(
      'Chưa có số liệu công bố',
    );
  }
  for (const b of u.becameUnits) await expect(page.locator('#don-vi-moi')).toContainText(b.name);
  // The unit's own fact: the "Thí điểm" row names its pilot programme (or says no).
  await expect(
    page.locator('dl.facts dt', { hasText: /^Thí điểm$/ }).locator('+ dd'),
  ).toContainText(u.pilot === 'none' ? 'Không' : PILOT_LABEL[u.pilot]!);
});

test('a town outside the programme says why', async ({ page }) => {
  const u = units.find((x) => x.kind === 'town')!;
  await page.goto(`/xa/${u.slug}/`);
  await expect(page.locator('main')).toContainText(u.notInProgrammeReason!);
});
