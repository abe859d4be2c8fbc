// The every-page gate's reader-text check (helpers.readerTextProblems) catches what it names:
// an internal id in visible text, the other edition's number and date formats, and Vietnamese
// prose on an English page, while leaving <code>, quotations and lang="vi" text alone.
import { expect, test } from '@playwright/test';
import { internalIds, readerTextProblems } from './helpers.ts';

const IDS = internalIds('src/generated/stats');

const add = (html: string) => (page: import('@playwright/test').Page) =>
  page.evaluate((h) => {
    const p = document.createElement('p');
    p.className = 'injected';
    p.innerHTML = h;
    document.querySelector('main')!.append(p);
  }, html);

test('the reader-text check passes the pages as built and names an internal id outside <code>', async ({
  page,
}) => {
  await page.goto('/nguon/');
  expect(await readerTextProblems(page, IDS, 'vi')).toEqual([]);
  await add('Mã <code>f-79-ntm-2015-08</code> dùng để trích dẫn.')(page);
  expect(await readerTextProblems(page, IDS, 'vi')).toEqual([]);
  await add('Xem số liệu f-79-ntm-2015-08 và chuẩn ntm-km-2021.')(page);
  const problems = await readerTextProblems(page, IDS, 'vi');
  expect(problems).toHaveLength(2);
  expect(problems[0]).toMatch(
    /^internal id "f-79-ntm-2015-08" in visible text: ".*Xem số liệu f-79-ntm-2015-08/,
  );
  expect(problems[1]).toMatch(/^internal id "ntm-km-2021"/);
});

test('on a Vietnamese page, English formats are named; a quotation in English keeps its own', async ({
  page,
}) => {
  await page.goto('/muc-tieu/');
  expect(await readerTextProblems(page, IDS, 'vi')).toEqual([]);
  await add('<q lang="en">2,223,984 residents, 23.7% of the city</q>')(page);
  expect(await readerTextProblems(page, IDS, 'vi')).toEqual([]);
  await add('Dân số 2,223,984 người, 23.7% dân số, ngày 28 Nov 2026.')(page);
  const problems = await readerTextProblems(page, IDS, 'vi');
  expect(problems.map((p) => p.split(' on a ')[0])).toEqual([
    'an English date "28 Nov 2026"',
    'an English decimal point "23.7%"',
    'English thousands commas "2,223,984"',
  ]);
});

test('on an English page, Vietnamese formats and Vietnamese prose outside lang="vi" are named', async ({
  page,
}) => {
  await page.goto('/en/targets/');
  expect(await readerTextProblems(page, IDS, 'en')).toEqual([]);
  await add(
    '<span lang="vi">Số liệu của các xã và huyện chưa được công bố, tính đến 28/11/2026, 9,7% và 7.669 xã.</span>',
  )(page);
  expect(await readerTextProblems(page, IDS, 'en')).toEqual([]);
  await add('Released 28/11/2026, month 8/2015: 9,7% of 7.669 communes.')(page);
  const formats = await readerTextProblems(page, IDS, 'en');
  expect(formats.map((p) => p.split(' on a ')[0])).toEqual([
    'a Vietnamese date (dd/mm/yyyy) "28/11/2026"',
    'a Vietnamese month (m/yyyy) "8/2015"',
    'a Vietnamese decimal comma "9,7%"',
    'Vietnamese thousands dots "7.669"',
  ]);
  await page.evaluate(() => document.querySelectorAll('.injected').forEach((e) => e.remove()));
  await add(
    'Số liệu của các xã và huyện chưa được công bố; những gì đã có là của năm 2015, theo báo cáo này, từ một nguồn với các con số về thu nhập và số hộ nghèo trong từng xã khi đó.'.repeat(
      4,
    ),
  )(page);
  const prose = await readerTextProblems(page, IDS, 'en');
  expect(prose).toHaveLength(1);
  expect(prose[0]).toMatch(
    /^English page with Vietnamese prose outside lang="vi": \d+ of \d+ words are Vietnamese function words/,
  );
});
