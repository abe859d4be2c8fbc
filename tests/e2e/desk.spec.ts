// The staff desk (`npm run desk`) end to end, in Chromium, against its built server on a copy
// of the project, with nginx and the shipped config serving the live folder
// (tests/desk/desk-server.ts): a writer, a data officer and two reviewers, each in their own
// browser, take a story to the live site and back by rollback; then the security boundary.
import { expect, test, type Browser, type Page } from '@playwright/test';
import * as XLSX from '@e965/xlsx';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { DESK, DESK_REPO, DESK_USERS, LIVE, account } from '../desk/accounts.ts';
import { macroWorkbookBytes } from '../fixtures/xlsx/generate.ts';
import { sheetCell } from '../../src/lib/spreadsheet/xlsx-types.ts';

test.describe.configure({ mode: 'serial' });

async function signIn(browser: Browser, username: Parameters<typeof account>[0]): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: DESK })).newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/dang-nhap\//);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(account(username).password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Việc của tôi' })).toBeVisible();
  return page;
}

/** Reloads a change's page until its status is one of `want` (the desk builds in the background). */
async function waitForStatus(page: Page, id: string, want: RegExp, minutes = 4): Promise<void> {
  const until = Date.now() + minutes * 60_000;
  for (;;) {
    await page.goto(`/thay-doi/${id}/`);
    const status = await page.locator('[data-status]').getAttribute('data-status');
    if (want.test(status ?? '')) return;
    if (Date.now() > until) throw new Error(`change #${id} still ${status}`);
    await page.waitForTimeout(2000);
  }
}

const STORY_TITLE = 'Vườn rau sạch ở Nhị Bình: bài gửi qua bàn làm việc';
const STORY_SLUG = 'vuon-rau-sach-o-nhi-binh-bai-gui-qua-ban-lam-viec';
const changed = (file: string) => join(DESK_REPO, file);

test('a story and a corrected table go from the desks to the live site through review, and back by rollback', async ({
  browser,
  request,
}) => {
  test.setTimeout(12 * 60_000);
  // Before: the live site (nginx, shipped config) has no such story.
  expect((await request.get(`${LIVE}/mo-hinh/${STORY_SLUG}/`)).status()).toBe(404);

  // The writer writes in the editor (their own workspace) and sends the story for review.
  const writer = await signIn(browser, 'lan');
  await writer.goto('/keystatic/collection/stories/create');
  await writer.getByLabel('Tiêu đề', { exact: true }).fill(STORY_TITLE);
  await writer
    .getByLabel('Tóm tắt', { exact: true })
    .fill('Một tổ hợp tác trồng rau theo quy trình an toàn cùng các hộ trong xã.');
  await writer.getByRole('checkbox', { name: 'Xã Nhị Bình (Hóc Môn)' }).check();
  await writer.getByRole('checkbox', { name: /\[ccptnt-2015-08-ket-qua\]$/ }).check();
  await writer.locator('[contenteditable="true"]').first().click();
  await writer.keyboard.type('Tổ hợp tác bắt đầu với mười hộ trồng rau.');
  const saved = writer.waitForResponse(`${DESK}/api/keystatic/update`);
  await writer.getByRole('button', { name: 'Tạo bài' }).click();
  expect((await saved).status()).toBe(200);
  // Saved in the writer's workspace, not in the project's stories.
  expect(existsSync(changed(`content/stories/${STORY_SLUG}.mdx`))).toBe(false);
  await writer.goto('/');
  const row = writer.getByRole('row', { name: new RegExp(STORY_TITLE) });
  await expect(row).toContainText('(bài mới)');
  await row.getByRole('button', { name: 'Gửi duyệt' }).click();
  const storyId = /da-gui=(\d+)/.exec(writer.url())![1]!;

  // The data officer uploads a workbook with one bad cell, sees it by sheet and cell, fixes it, sends it.
  const data = await signIn(browser, 'minh');
  await data.goto('/so-lieu/');
  const download = data.waitForEvent('download');
  await data.getByRole('link', { name: /Tải về bảng tính/ }).click();
  const downloaded = readFileSync(await (await download).path());
  const read = () => XLSX.read(downloaded, { type: 'buffer', cellNF: true, cellStyles: true });
  const asXlsx = (wb: XLSX.WorkBook, name: string) => ({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer,
  });
  const broken = read();
  expect(broken.SheetNames).toContain('units');
  broken.Sheets['units']!['D8'] = { t: 's', v: 'phuong' };
  await data.getByLabel(/Bảng tính \.xlsx/).setInputFiles(asXlsx(broken, 'so-lieu.xlsx'));
  await data.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
  await expect(data.getByRole('alert')).toContainText('so-lieu.xlsx › units!D8');
  await expect(data.getByRole('alert')).toContainText('1 lỗi: số liệu đang đăng không bị thay đổi');
  const fixed = read();
  const sources = fixed.Sheets['sources']!;
  const titleCol = Object.keys(sources)
    .find((k) => /^[A-Z]+1$/.test(k) && sheetCell(sources, k)?.v === 'title')!
    .replace('1', '');
  sources[`${titleCol}2`] = {
    t: 's',
    v: `${String(sheetCell(sources, `${titleCol}2`)!.v)} (bản sửa)`,
  };
  await data.getByLabel(/Bảng tính \.xlsx/).setInputFiles(asXlsx(fixed, 'so-lieu-da-sua.xlsx'));
  await data.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
  await expect(data.getByRole('status')).toContainText('sources.csv: sửa 1 hàng');
  await expect(data.getByRole('status')).toContainText('Không số đếm chính nào thay đổi');
  await data.getByRole('button', { name: 'Gửi duyệt' }).click();
  const dataId = /da-gui=(\d+)/.exec(data.url())![1]!;
  expect(readFileSync(changed('data/sources.csv'), 'utf8')).not.toContain('(bản sửa)');

  // The reviewer sees both in the queue, with what readers would see differently.
  const reviewer = await signIn(browser, 'hoa');
  await expect(reviewer.getByRole('row', { name: new RegExp(STORY_TITLE) })).toContainText(
    'Nguyễn Thị Lan',
  );
  await expect(reviewer.getByRole('row', { name: /so-lieu-da-sua\.xlsx/ })).toContainText(
    'Trần Văn Minh',
  );
  await waitForStatus(reviewer, dataId, /^(waiting|failed)$/);
  await expect(reviewer.locator('[data-status]')).toHaveAttribute('data-status', 'waiting');
  await expect(reviewer.locator('main')).toContainText('sources.csv: sửa 1 hàng');
  await expect(reviewer.locator('main')).toContainText('(bản sửa)');
  await reviewer
    .getByLabel(/Trả lại cho người gửi/)
    .fill('Tên nguồn không cần chữ "bản sửa"; gửi lại bản đúng.');
  await reviewer.getByRole('button', { name: 'Trả lại' }).click();
  await expect(reviewer.locator('[data-status]')).toHaveAttribute('data-status', 'returned');

  await waitForStatus(reviewer, storyId, /^(waiting|failed)$/);
  await expect(reviewer.locator('[data-status]')).toHaveAttribute('data-status', 'waiting');
  await expect(reviewer.locator('main')).toContainText(`/mo-hinh/${STORY_SLUG}/`);
  await expect(reviewer.locator('main')).toContainText('(trang mới)');
  await reviewer.getByRole('button', { name: 'Duyệt và phát hành' }).click();
  await expect(reviewer.getByRole('status')).toContainText('Đã phát hành');

  // Live: nginx serves the new story; git has a commit by the writer, reviewed by the reviewer.
  const live = await request.get(`${LIVE}/mo-hinh/${STORY_SLUG}/`);
  expect(live.status()).toBe(200);
  expect(await live.text()).toContain(STORY_TITLE);
  const { spawnSync } = await import('node:child_process');
  const log = spawnSync('git', ['log', '-1', '--format=%an|%B'], {
    cwd: DESK_REPO,
    encoding: 'utf8',
  }).stdout;
  expect(log).toMatch(/^Nguyễn Thị Lan\|/);
  expect(log).toContain('Reviewed-by: Lê Thị Hoa');

  // The data officer sees the comment; the writer sees the story published.
  await data.goto('/');
  await expect(data.getByRole('row', { name: /so-lieu-da-sua\.xlsx/ })).toContainText(
    'Tên nguồn không cần chữ "bản sửa"',
  );
  await writer.goto('/');
  await expect(writer.getByRole('row', { name: new RegExp(STORY_TITLE) }).last()).toContainText(
    'Đã đăng',
  );

  // Rollback in one click, with a reason: nginx serves the previous build again.
  await reviewer.goto('/phat-hanh/');
  const previous = reviewer.locator('tr[data-release="20260101-000000-000"]');
  await previous.getByLabel(/Lý do/).fill('Bài cần thêm ảnh trước khi đăng.');
  await previous.getByRole('button', { name: 'Quay lại bản này' }).click();
  await expect(reviewer.getByRole('status')).toContainText('20260101-000000-000');
  expect((await request.get(`${LIVE}/mo-hinh/${STORY_SLUG}/`)).status()).toBe(404);
  expect(existsSync(changed(`content/stories/${STORY_SLUG}.mdx`))).toBe(false);
  await reviewer.goto('/nhat-ky/');
  for (const action of [
    'gửi duyệt bài',
    'tải lên bảng tính',
    'trả lại',
    'duyệt và phát hành',
    'quay lại bản trước',
  ])
    await expect(reviewer.locator('main')).toContainText(action);
});

// ── the security boundary ─────────────────────────────────────────────────────────────────────
const ROUTES = [
  '/',
  '/keystatic/',
  '/keystatic/collection/stories/create',
  '/so-lieu/',
  '/so-lieu/bang-tinh.xlsx',
  '/thay-doi/1/',
  '/phat-hanh/',
  '/nhat-ky/',
  '/api/keystatic/tree',
  '/api/auth/get-session',
];
const SOURCE = [
  '/src/content.config.ts',
  '/@fs/etc/passwd',
  '/@fs/work/main/package.json',
  '/package.json',
  '/.git/config',
  '/node_modules/astro/package.json',
  '/desk/lib/auth.ts',
  '/desk-state/desk.sqlite',
  '/desk-state/secret',
  '/_astro/..%2f..%2fpackage.json',
  '/..%2fpackage.json',
  '/%2e%2e/package.json',
  '/src/%2e%2e/package.json',
];

async function session(browser: Browser, username: Parameters<typeof account>[0]) {
  const page = await signIn(browser, username);
  await page.goto('/');
  const csrf = await page.locator('input[name="_csrf"]').first().getAttribute('value');
  return { page, api: page.context().request, csrf: csrf! };
}

test('without a session every staff route answers 401 or goes to sign-in, and no request reads a file of the source tree', async ({
  request,
  browser,
}) => {
  for (const path of ROUTES) {
    const r = await request.get(`${DESK}${path}`, { maxRedirects: 0 });
    expect([303, 401], path).toContain(r.status());
    if (r.status() === 303) expect(r.headers()['location'], path).toMatch(/^\/dang-nhap\//);
  }
  for (const path of [
    '/bai-viet/gui/',
    '/thay-doi/1/duyet/',
    '/phat-hanh/quay-lai/',
    '/api/keystatic/update',
  ]) {
    const r = await request.post(`${DESK}${path}`, {
      headers: { origin: DESK },
      form: { slug: 'x' },
      maxRedirects: 0,
    });
    expect(r.status(), path).toBe(401);
  }
  const { api } = await session(browser, 'hoa');
  const secret = readFileSync(join(DESK_REPO, 'desk-state', 'secret'), 'utf8');
  for (const client of [request, api]) {
    for (const path of SOURCE) {
      const r = await client.get(`${DESK}${path}`, { maxRedirects: 0 });
      const body = await r.text();
      expect(r.status(), path).not.toBe(200);
      expect(body, path).not.toContain('"devDependencies"');
      expect(body, path).not.toContain('[core]');
      expect(body, path).not.toContain('root:x:0');
      expect(body, path).not.toContain(secret);
    }
  }
});

test('roles are checked on the server: a writer cannot approve or roll back, nobody approves their own change, and a post without the CSRF token or from another origin is refused', async ({
  browser,
}) => {
  const w = await session(browser, 'lan');
  for (const path of ['/thay-doi/1/duyet/', '/phat-hanh/quay-lai/']) {
    const r = await w.api.post(`${DESK}${path}`, {
      headers: { origin: DESK },
      form: { _csrf: w.csrf, reason: 'x' },
      maxRedirects: 0,
    });
    expect(r.status(), path).toBe(403);
  }
  expect((await w.api.get(`${DESK}/nhat-ky/`)).status()).toBe(403);
  const r1 = await w.api.post(`${DESK}/bai-viet/gui/`, {
    headers: { origin: DESK },
    form: { slug: 'x' },
    maxRedirects: 0,
  });
  expect(r1.status()).toBe(403);
  expect(await r1.text()).toContain('CSRF');
  const r2 = await w.api.post(`${DESK}/bai-viet/gui/`, {
    headers: { origin: 'http://evil.example' },
    form: { _csrf: w.csrf, slug: 'x' },
    maxRedirects: 0,
  });
  expect(r2.status()).toBe(403);
  const r3 = await w.api.post(`${DESK}/api/keystatic/update`, {
    headers: { origin: 'http://evil.example', 'no-cors': '1' },
    data: { additions: [], deletions: [] },
    maxRedirects: 0,
  });
  expect(r3.status()).toBe(403);
  // The author of a change cannot publish it (only reviewers publish, and nobody their own change).
  const m = await session(browser, 'minh');
  const own = await m.api.post(`${DESK}/thay-doi/2/duyet/`, {
    headers: { origin: DESK },
    form: { _csrf: m.csrf },
    maxRedirects: 0,
  });
  expect(own.status()).toBe(403);
});

test('wrong passwords lock the account after five tries from any address, also for the right password; one address is slowed after ten tries; the log says so', async ({
  request,
}) => {
  // The desk trusts X-Forwarded-For from its proxy (127.0.0.1 here): each try comes from another client.
  const tryPassword = (username: string, password: string, ip: string) =>
    request.post(`${DESK}/dang-nhap/`, {
      headers: { origin: DESK, 'x-forwarded-for': ip },
      form: { username, password },
      maxRedirects: 0,
    });
  for (let i = 1; i <= 5; i++)
    expect((await tryPassword('son', `sai-mat-khau-${i}`, `10.0.1.${i}`)).status()).toBe(401);
  const locked = await tryPassword('son', account('son').password, '10.0.1.99');
  expect(locked.status()).toBe(429);
  expect(await locked.text()).toContain('Tài khoản tạm khóa');
  // Better Auth's own limit, per client address: 10 sign-ins a minute, whatever the account.
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++)
    statuses.push((await tryPassword(`khong-co-${i}`, 'sai-mat-khau', '10.0.2.1')).status());
  expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
  expect(statuses[10]).toBe(429);
  const db = new DatabaseSync(join(DESK_REPO, 'desk-state', 'desk.sqlite'), { readOnly: true });
  const rows = db.prepare("SELECT action FROM desk_audit WHERE actor = 'son'").all() as {
    action: string;
  }[];
  expect(rows.filter((r) => r.action === 'đăng nhập sai')).toHaveLength(5);
  expect(rows.some((r) => r.action === 'đăng nhập bị chặn')).toBe(true);
  // The log refuses to be edited.
  db.close();
  const rw = new DatabaseSync(join(DESK_REPO, 'desk-state', 'desk.sqlite'));
  expect(() => rw.exec("UPDATE desk_audit SET actor = 'x'")).toThrow(/append-only/);
  expect(() => rw.exec('DELETE FROM desk_audit')).toThrow(/append-only/);
  rw.close();
});

test('signing out ends the session on the server: the old cookie no longer opens any page', async ({
  browser,
}) => {
  const { page, api } = await session(browser, 'lan');
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === 'better-auth.session_token')).toMatchObject({
    httpOnly: true,
    sameSite: 'Strict',
  });
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/dang-nhap\//);
  const stale = await page.context().browser()!.newContext({ baseURL: DESK });
  await stale.addCookies(cookies);
  expect((await stale.request.get(`${DESK}/`, { maxRedirects: 0 })).status()).toBe(303);
  expect((await api.get(`${DESK}/api/keystatic/tree`, { maxRedirects: 0 })).status()).toBe(401);
  await stale.close();
});

test('the password store holds only salted scrypt hashes, never a password', () => {
  const db = new DatabaseSync(join(DESK_REPO, 'desk-state', 'desk.sqlite'), { readOnly: true });
  const rows = db.prepare('SELECT password FROM account').all() as { password: string }[];
  db.close();
  expect(rows).toHaveLength(DESK_USERS.length);
  for (const { password } of rows) expect(password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
  const bytes = readFileSync(join(DESK_REPO, 'desk-state', 'desk.sqlite'));
  for (const u of DESK_USERS) expect(bytes.includes(Buffer.from(u.password))).toBe(false);
});

test('an upload named with ../, an oversized file, a renamed text file, a macro workbook and a password-protected one are refused with a message and nothing is written', async ({
  browser,
}) => {
  const m = await session(browser, 'minh');
  const changes = () =>
    existsSync(join(DESK_REPO, 'desk-state', 'changes'))
      ? readdirSync(join(DESK_REPO, 'desk-state', 'changes')).length
      : 0;
  const before = changes();
  const real = readFileSync('tests/fixtures/xlsx/bad-enum.xlsx');
  const upload = (name: string, buffer: Buffer) =>
    m.api.post(`${DESK}/so-lieu/`, {
      headers: { origin: DESK },
      multipart: {
        _csrf: m.csrf,
        workbook: { name, mimeType: 'application/octet-stream', buffer },
      },
      maxRedirects: 0,
    });
  const cases: [string, Buffer, RegExp, number[]][] = [
    ['../../data/units.xlsx', real, /không hợp lệ/, [422]],
    ['to-qua.xlsx', Buffer.concat([real, Buffer.alloc(5 * 1024 * 1024)]), /quá lớn/i, [413, 422]],
    ['gia.xlsx', Buffer.from('code,name\n1,Xã A\n'), /không phải bảng tính Excel thật/, [422]],
    ['macro.xlsx', macroWorkbookBytes(), /macro \(VBA\)/, [422]],
    [
      'mat-khau.xlsx',
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(4096),
      ]),
      /mật khẩu/,
      [422],
    ],
  ];
  for (const [name, buffer, message, statuses] of cases) {
    const r = await upload(name, buffer);
    expect(statuses, name).toContain(r.status());
    expect(await r.text(), name).toMatch(message);
  }
  expect(changes()).toBe(before);
  expect(readdirSync(join(DESK_REPO, 'data')).some((f) => f.includes('xlsx'))).toBe(false);
});
