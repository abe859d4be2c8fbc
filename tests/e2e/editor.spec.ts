// The story editor (`npm run editor`) as a communications officer uses it: create a story in
// the browser, insert a figure, save; a story with a problem is kept as a draft with the
// problem shown; and the editor asks nothing of any host but this machine.
// Runs against tests/e2e/editor-server.ts, which writes into a copy of the stories.
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { EDITOR_PORT, EDITOR_STORIES } from '../../playwright.config.ts';
import { formatFigureValue } from '../../src/lib/figures.ts';
import type { Stats } from '../../src/lib/stats/types.ts';
import { readStats } from './helpers.ts';

// One editor server writes one stories folder, and a save makes its dev server reload open
// pages: the tests take turns, in order, and each runs even if one before it fails.
test.describe.configure({ mode: 'default' });

const EDITOR = `http://127.0.0.1:${EDITOR_PORT}`;
const STAT_ID = 'f-783-ntm-2015-08';
const SOURCE_ID = 'ccptnt-2015-08-ket-qua';
const figure = readStats<Stats['reference']>('reference').figures.find((f) => f.id === STAT_ID)!;

/** Every request the page makes, and whether it went to this machine. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}
const offMachine = (urls: string[]) =>
  urls.filter(
    (u) => /^(https?|wss?):/.test(u) && !['localhost', '127.0.0.1'].includes(new URL(u).hostname),
  );

function checkStories(file: string) {
  return spawnSync('npx', ['tsx', 'scripts/check-stories.ts', file], {
    encoding: 'utf8',
    env: { ...process.env, STORIES_DIR: EDITOR_STORIES },
  });
}

async function fillRequiredFields(page: Page, title: string, communes: string[]) {
  await page.goto(`${EDITOR}/keystatic/collection/stories/create`);
  await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await page
    .getByLabel('Tóm tắt', { exact: true })
    .fill('Một hợp tác xã rau sạch thử cách trồng mới cùng các nông hộ trong xã.');
  for (const c of communes) await page.getByRole('checkbox', { name: c }).check();
  await page.getByRole('checkbox', { name: new RegExp(`\\[${SOURCE_ID}\\]$`) }).check();
}

/** Types a sentence and inserts <Stat> where the gap is, through the "/" menu and the figure's dialog. */
async function writeSentenceWithStat(page: Page, before: string, after: string, statId: string) {
  await page.locator('[contenteditable="true"]').first().click();
  await page.keyboard.type(`${before}${after}`);
  for (let i = 0; i < after.length; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('/');
  await page.getByRole('option', { name: /^Số liệu \(Stat\)/ }).click();
  const chip = page.locator('[data-editor-component="Stat"]');
  await chip.click();
  // The chip's small toolbar: edit, then remove (icon buttons, named only by their tooltips).
  await page
    .locator('button:not([aria-label]):not([aria-haspopup])')
    .filter({ hasNotText: /\S/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: /Số liệu \(Stat\)/ });
  await dialog.getByRole('button', { name: '— Chọn trong danh sách —' }).click();
  await page.keyboard.type(statId);
  await page.keyboard.press('Enter');
  await expect(dialog).toContainText(`${statId} — ${formatFigureValue(figure)} — `);
  await dialog.getByRole('button', { name: 'Xong' }).click();
  await expect(dialog).toBeHidden();
  await expect(chip).toHaveText(`[${formatFigureValue(figure)}]`);
}

async function save(page: Page) {
  const response = page.waitForResponse(`${EDITOR}/api/keystatic/update`);
  await page.getByRole('button', { name: 'Tạo bài' }).click();
  return response;
}

test('a new story with a Vietnamese title, two communes, a source and an inserted Stat is saved, passes the check and shows the figure', async ({
  page,
}) => {
  const requests = recordRequests(page);
  await fillRequiredFields(page, 'Hợp tác xã rau sạch ở Tân Phú Trung: thử nghiệm', [
    'Xã Tân Phú Trung (Củ Chi)',
    'Xã Phú Hòa Đông (Củ Chi)',
  ]);
  await writeSentenceWithStat(
    page,
    'Tính đến tháng 8/2015, huyện Củ Chi có ',
    ' xã đạt chuẩn nông thôn mới.',
    STAT_ID,
  );
  expect((await save(page)).status()).toBe(200);
  await expect(page).toHaveURL(/\/item\/hop-tac-xa-rau-sach-o-tan-phu-trung-thu-nghiem$/);

  const file = `${EDITOR_STORIES}/hop-tac-xa-rau-sach-o-tan-phu-trung-thu-nghiem.mdx`;
  expect(existsSync(file)).toBe(true);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain("title: 'Hợp tác xã rau sạch ở Tân Phú Trung: thử nghiệm'");
  expect(text).toContain(`<Stat id="${STAT_ID}" />`);
  expect(text).toMatch(/draft: false/);
  const check = checkStories(file);
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);

  // The editor's preview link opens the story on the dev server the editor runs on, as it will be published.
  const previewLink = page.locator(
    'a[href="/mo-hinh/hop-tac-xa-rau-sach-o-tan-phu-trung-thu-nghiem/"]',
  );
  await expect(previewLink).toBeVisible();
  const preview = await page.context().newPage();
  requests.push(...recordRequests(preview));
  await preview.goto(`${EDITOR}${await previewLink.getAttribute('href')}`);
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(
    'Hợp tác xã rau sạch ở Tân Phú Trung: thử nghiệm',
  );
  await expect(preview.locator(`[data-stat-id="${STAT_ID}"] strong`)).toHaveText(
    formatFigureValue(figure),
  );
  expect(offMachine(requests)).toEqual([]);
});

test('a cover image without its alt text shows the problem in the editor and is kept as a draft, never published', async ({
  page,
}) => {
  const requests = recordRequests(page);
  await fillRequiredFields(page, 'Ảnh bìa chưa có mô tả: bài thử của trình soạn', [
    'Xã Nhị Bình (Hóc Môn)',
  ]);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Chọn tệp' }).click();
  await (await chooser).setFiles('content/stories/_media/bac-chuan-nong-thon-moi.svg');
  await page
    .getByLabel('Tác giả và giấy phép', { exact: true })
    .fill('Sơ đồ: NTM TP.HCM, CC BY 4.0');
  await page.locator('[contenteditable="true"]').first().click();
  await page.keyboard.type('Một đoạn mở đầu cho bài thử.');
  expect((await save(page)).status()).toBe(422);
  await expect(page.getByText(/chưa thể đăng/)).toBeVisible();
  await expect(page.getByText(/Ảnh bìa cần mô tả cho người không nhìn thấy/)).toBeVisible();

  const file = `${EDITOR_STORIES}/anh-bia-chua-co-mo-ta-bai-thu-cua-trinh-soan.mdx`;
  expect(existsSync(file)).toBe(true);
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(/^draft: true$/m);
  expect(text).not.toMatch(/^draft: false$/m);
  expect(checkStories(file).stderr).toMatch(/cover\.alt: describe the image/);
  expect(offMachine(requests)).toEqual([]);
});

test("an image inserted with the file picker is saved in the story's _media folder and the story passes the check", async ({
  page,
}) => {
  // The dialog, the save of the story and its image, then the story check in its own process:
  // 36 s in one CI run, past the default 30 s while tearing down (the other editor tests: 4–11 s).
  test.setTimeout(60_000);
  await fillRequiredFields(page, 'Hình kèm chú thích chọn bằng trình soạn', [
    'Xã Nhị Bình (Hóc Môn)',
  ]);
  await page.locator('[contenteditable="true"]').first().click();
  await page.keyboard.type('Đoạn mở đầu.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/');
  await page.getByRole('option', { name: /^Hình kèm chú thích/ }).click();
  await page.getByRole('button', { name: 'Sửa' }).click();
  const dialog = page.getByRole('dialog', { name: /Hình kèm chú thích/ });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Chọn tệp' }).click();
  await (await chooser).setFiles('content/stories/_media/bac-chuan-nong-thon-moi.svg');
  await dialog
    .getByRole('textbox', { name: /^Mô tả hình/ })
    .fill('Sơ đồ các bậc chuẩn nông thôn mới');
  await dialog.getByRole('textbox', { name: /^Chú thích/ }).fill('Các bậc chuẩn của một xã');
  await dialog
    .getByRole('textbox', { name: /^Tác giả và giấy phép/ })
    .fill('Sơ đồ: NTM TP.HCM, CC BY 4.0');
  await dialog.getByRole('button', { name: 'Xong' }).click();
  expect((await save(page)).status()).toBe(200);

  const slug = 'hinh-kem-chu-thich-chon-bang-trinh-soan';
  const text = readFileSync(`${EDITOR_STORIES}/${slug}.mdx`, 'utf8');
  expect(text).toContain(
    `<ImageFigure src="./_media/${slug}/bac-chuan-nong-thon-moi.svg" alt="Sơ đồ các bậc chuẩn nông thôn mới" caption="Các bậc chuẩn của một xã" credit="Sơ đồ: NTM TP.HCM, CC BY 4.0" />`,
  );
  expect(readFileSync(`${EDITOR_STORIES}/_media/${slug}/bac-chuan-nong-thon-moi.svg`)).toEqual(
    readFileSync('content/stories/_media/bac-chuan-nong-thon-moi.svg'),
  );
  const check = checkStories(`${EDITOR_STORIES}/${slug}.mdx`);
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
});

test("Keystatic's own buttons and menus read in Vietnamese", async ({ page }) => {
  await page.goto(`${EDITOR}/keystatic/collection/stories`);
  await expect(page.getByRole('link', { name: 'Tổng quan' })).toBeVisible();
  await expect(page.getByText('Danh mục', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Thêm' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Tên tệp' })).toBeVisible();
  await page.goto(`${EDITOR}/keystatic/collection/stories/item/xa-dao-thanh-an`);
  await expect(page.getByRole('button', { name: 'Lưu' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Đậm' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Xem trước' })).toBeVisible();
  await page.getByRole('button', { name: /^Xóa bài/ }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Bài đã xóa không khôi phục được.');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Hủy', exact: true }).click();
  const visible = await page.locator('body').innerText();
  for (const en of ['Save', 'Create', 'Dashboard', 'Collections', 'Paragraph', 'Unsaved'])
    expect(visible).not.toMatch(new RegExp(`\\b${en}\\b`));
});

test('the editor requests nothing from another host: dashboard, list, an existing story and the new-story form', async ({
  page,
}) => {
  const requests = recordRequests(page);
  for (const path of [
    '/keystatic',
    '/keystatic/collection/stories',
    '/keystatic/collection/stories/item/xa-dao-thanh-an',
    '/keystatic/collection/stories/create',
  ]) {
    await page.goto(`${EDITOR}${path}`);
    await page.waitForLoadState('networkidle');
  }
  await expect(page.getByLabel('Tiêu đề', { exact: true })).toBeVisible();
  expect(requests.length).toBeGreaterThan(10);
  expect(offMachine(requests)).toEqual([]);
});
