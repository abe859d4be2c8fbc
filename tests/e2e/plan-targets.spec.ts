// The plan's targets per district and per year, the open questions and the period after 2025,
// checked against the statistics (read from the JSON, not copied).
import { expect, test } from '@playwright/test';
import { formatDate, formatNumber, formatShare } from '../../src/lib/format.ts';
import { verdicts } from '../../src/lib/views/overview.ts';
import { STATUS_LABEL } from '../../src/lib/labels.ts';
import { dueYear, targetText } from '../../src/lib/targets.ts';
import type { Stats } from '../../src/lib/stats/types.ts';
import { readStats } from './helpers.ts';

const units = readStats<Stats['units']>('units');
const progress = readStats<Stats['progress']>('progress');
const reference = readStats<Stats['reference']>('reference');

for (const d of units.filter((u) => u.kind === 'district')) {
  test(`${d.name}: its page lists its own yearly targets with their status`, async ({ page }) => {
    await page.goto(`/huyen/${d.slug}/`);
    const own = progress.filter(
      (p) => p.scope === d.code && p.level === 'city' && p.standing === null,
    );
    expect(own.length, 'every district has at least its 2025 target').toBeGreaterThan(0);
    await expect(page.locator('.district-targets > li')).toHaveCount(own.length);
    for (const p of own) {
      const li = page.locator(`[id="muc-tieu-${p.id}"]`);
      await expect(li).toHaveAttribute('data-status', p.status);
      await expect(li.locator('.status')).toHaveText(STATUS_LABEL[p.status]);
      await expect(li).toContainText(
        `${dueYear(p) ? `Mục tiêu ${dueYear(p)}` : 'Mục tiêu'}: ${targetText(p)}`,
      );
    }
  });
}

test('Củ Chi reads "Mục tiêu 2024: ít nhất 2/20 xã đạt NTM kiểu mẫu" and, with no published result, links to the open question', async ({
  page,
}) => {
  const p = progress.find((x) => x.scope === '783' && x.deadline === '2024-12')!;
  await page.goto('/huyen/cu-chi/');
  const li = page.locator(`[id="muc-tieu-${p.id}"]`);
  await expect(li).toContainText('Mục tiêu 2024: ít nhất 2/20 xã đạt NTM kiểu mẫu');
  expect(p.status).toBe('no-data');
  await expect(li.getByRole('link', { name: 'Chưa có số liệu công bố' })).toHaveAttribute(
    'href',
    /^\/chua-cong-bo\/#/,
  );
});

test('/muc-tieu/: the table by district and year holds every step target, and the settled conflict shows both sides', async ({
  page,
}) => {
  await page.goto('/muc-tieu/');
  const steps = progress.filter((x) => x.level === 'city' && x.tier === 'step');
  expect(steps.length, 'the statistics hold step targets').toBeGreaterThan(0);
  for (const p of steps) {
    await expect(page.locator(`[id="bang-${p.id}"]`)).toHaveAttribute('data-status', p.status);
  }
  const contradicted = progress.filter((p) => p.standing === 'contradicted');
  expect(contradicted.length).toBeGreaterThan(0);
  for (const p of contradicted) {
    const box = page.locator(`[id="${p.id}"]`);
    await expect(box).toHaveAttribute('data-standing', 'contradicted');
    await expect(box).toContainText(reference.targets.find((t) => t.id === p.targetId)!.wording);
    // The statements that settle it are on the same card.
    for (const other of progress.filter((x) => x.goal === p.goal && x.standing === null)) {
      await expect(page.locator(`[id="${p.goal}"] [id="${other.id}"]`)).toBeVisible();
    }
  }
  const plan = reference.criteriaSets.find((c) => c.decisionNumber === '3165/KH-UBND')!;
  await expect(page.locator('#ke-hoach')).toContainText(
    `Kế hoạch ${plan.decisionNumber} ngày ${formatDate(plan.decidedOn!)}`,
  );
  await expect(page.locator('#bai-viet-sang-lap')).toContainText('suy luận');
});

test('/chua-cong-bo/: one entry per open question, each with what was searched, the nearest fact and its source', async ({
  page,
}) => {
  await page.goto('/chua-cong-bo/');
  const qs = reference.openQuestions;
  await expect(page.locator('section.open-question')).toHaveCount(qs.length);
  for (const q of qs) {
    const s = page.locator(`section[id="${q.id}"]`);
    await expect(s.locator('h2')).toHaveText(q.question);
    await expect(s).toContainText(q.searched);
    if (q.nearest) {
      await expect(s).toContainText(q.nearest);
      await expect(s.locator(`a[href="/nguon/#${q.nearestSourceId}"]`)).toHaveCount(1);
    }
    await expect(s.getByRole('link', { name: 'Gửi nguồn cho câu hỏi này' })).toHaveAttribute(
      'href',
      '#gui-nguon',
    );
  }
});

test('/giai-doan-2026-2030/: the new communes come from the crosswalk, the new criteria from QĐ 51/2025/QĐ-TTg', async ({
  page,
}) => {
  await page.goto('/giai-doan-2026-2030/');
  const newCommunes = [
    ...new Set(
      units.flatMap((u) => u.becameUnits.filter((b) => b.kind === 'commune').map((b) => b.name)),
    ),
  ];
  expect(newCommunes).toHaveLength(24);
  await expect(page.locator('#bang-xa-moi tbody tr')).toHaveCount(newCommunes.length);
  for (const n of newCommunes)
    await expect(page.locator('#bang-xa-moi tbody th', { hasText: n }).first()).toBeVisible();
  const qd51 = reference.criteriaSets.find((c) => c.decisionNumber === '51/2025/QĐ-TTg')!;
  const p = page.locator(`[id="${qd51.id}"]`);
  await expect(p).toContainText(
    `${formatNumber(qd51.criteriaCount!)} tiêu chí, ${formatNumber(qd51.indicatorCount!)} chỉ tiêu; hiệu lực từ ${formatDate(qd51.effectiveOn!)}`,
  );
  // Every district target is listed as closed.
  const closed = progress.filter(
    (x) =>
      x.level === 'city' &&
      x.tier !== 'context' &&
      x.standing === null &&
      units.find((u) => u.code === x.scope)?.kind === 'district',
  );
  expect(closed.length, 'the statistics hold district targets').toBeGreaterThan(0);
  for (const t of closed) {
    await expect(page.locator(`[id="dong-${t.id}"]`)).toBeVisible();
  }
});

for (const viewport of [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
]) {
  test(`overview at ${viewport.width} px: the answer, then what happened, before what was planned, and the header takes under a third of the screen`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.y + header.height).toBeLessThan(viewport.height / 3);
    const answer = (await page.locator('#ba-muc-tieu').boundingBox())!;
    expect(answer.y, 'the answer starts on the first screen').toBeLessThan(viewport.height);
    const results = (await page.locator('#ket-qua').boundingBox())!;
    expect(answer.y).toBeLessThan(results.y);
    const targets = (await page.locator('#muc-tieu').boundingBox())!;
    const map = (await page.locator('h2#ban-do').boundingBox())!;
    expect(results.y).toBeLessThan(targets.y);
    expect(targets.y).toBeLessThan(map.y);
    // Each result names its date and source.
    const items = await page.locator('.results > li:not(#ket-qua-2021-2025)').all();
    expect(items.length, 'the overview lists its results').toBeGreaterThan(2);
    for (const li of items) await expect(li.locator('a[href^="/nguon/"]').first()).toBeAttached();
  });
}

test('the grouped navigation opens without JavaScript and reaches every page', async ({
  browser,
}) => {
  const ctx = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 375, height: 667 },
  });
  const page = await ctx.newPage();
  await page.goto('/');
  const more = page.locator('.nav-more summary');
  await more.click();
  for (const name of ['Chưa công bố', 'Giai đoạn 2026–2030', 'Nguồn', 'Phương pháp'])
    await expect(page.locator('.nav-more').getByRole('link', { name })).toBeVisible();
  await ctx.close();
});

// The overview's first screen answers "did the city meet its three targets?": what NTM is, then
// one line per target with its count, percent, deadline and the verdict as published.
for (const [path, lang] of [
  ['/', 'vi'],
  ['/en/', 'en'],
] as const) {
  for (const viewport of [
    { width: 375, height: 667 },
    { width: 1280, height: 800 },
  ]) {
    test(`${path} at ${viewport.width} px: the first screen says what NTM is and has a verdict line for each of the three 2021–2025 targets`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto(path);
      const glossary = lang === 'en' ? '/en/glossary/' : '/thuat-ngu/';
      const intro = page.locator('#gioi-thieu');
      await expect(intro.locator(`a[href="${glossary}#tn-nong-thon-moi"]`)).toBeVisible();
      expect((await intro.boundingBox())!.y).toBeLessThan(viewport.height);
      const meta = readStats<Stats['meta']>('meta');
      const expected = verdicts(progress, meta.release);
      expect(expected.map((v) => v.lead.standard)).toEqual([
        'ntm-km-2021',
        'district-ntm-nc',
        'province-completed',
      ]);
      const lines = page.locator('[data-verdict]');
      await expect(lines).toHaveCount(3);
      for (const [i, v] of expected.entries()) {
        const line = lines.nth(i);
        await expect(line).toHaveAttribute('data-verdict', v.goal);
        await expect(line).toHaveAttribute('data-verdict-status', v.status);
        if (v.count !== null)
          await expect(line).toContainText(
            lang === 'en' ? `${v.count} of ${v.denominator}` : `${v.count}/${v.denominator}`,
          );
        if (v.lead.target !== null && v.lead.target < 1)
          await expect(line).toContainText(formatShare(v.lead.target, 1, lang));
        if (v.lead.deadline) await expect(line).toContainText(formatDate(v.lead.deadline, lang));
        // Each term links to the glossary, and the verdict to its evidence.
        expect(await line.locator(`a[href^="${glossary}#tn-"]`).count()).toBeGreaterThan(0);
        const verdict = line.locator('a.verdict');
        await expect(verdict).toHaveCount(1);
        const href = (await verdict.getAttribute('href'))!;
        if (v.status === 'no-data')
          expect(href).toMatch(
            lang === 'en' ? /^\/en\/open-questions\/#[a-z0-9-]+$/ : /^\/chua-cong-bo\/#[a-z0-9-]+$/,
          );
        else expect(href).toBe(`#${v.goal}`);
        await expect(verdict).toContainText(
          v.status === 'met'
            ? lang === 'en'
              ? 'met'
              : 'đã đạt'
            : v.status === 'not-met'
              ? lang === 'en'
                ? 'not met'
                : 'chưa đạt'
              : v.overdue
                ? lang === 'en'
                  ? 'overdue'
                  : 'quá hạn'
                : lang === 'en'
                  ? 'not yet due'
                  : 'chưa đến hạn',
        );
        // On the first screen: the line starts there on a phone, and is whole there on a desktop.
        const box = (await line.boundingBox())!;
        expect(box.y, `verdict ${i + 1} starts on the first screen`).toBeLessThan(viewport.height);
        if (viewport.width >= 1280)
          expect(
            box.y + box.height,
            `verdict ${i + 1} is whole on the first screen`,
          ).toBeLessThanOrEqual(viewport.height);
      }
    });
  }
}
