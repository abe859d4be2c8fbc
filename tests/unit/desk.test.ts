// The desk's pure parts: who may do what, what an upload is, what a reviewer is shown, and the
// live link's switch on real folders.
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import * as XLSX from '@e965/xlsx';
import { can } from '../../desk/lib/auth.ts';
import { headlineChanges, pageDiffs, pageText, unitStatusChanges } from '../../desk/lib/preview.ts';
import {
  addRelease,
  currentRelease,
  listReleases,
  pruneReleases,
  switchTo,
} from '../../desk/lib/releases.ts';
import { clientAddress } from '../../desk/lib/net.ts';
import { checkWorkbookBytes, safeUploadName } from '../../desk/lib/upload.ts';
import { baseWorkbook, macroWorkbookBytes } from '../fixtures/xlsx/generate.ts';

test('roles: writers submit stories, data officers workbooks, only reviewers review, publish, roll back and read the log', () => {
  assert.equal(can('writer', 'story', 'submit'), true);
  assert.equal(can('writer', 'change', 'publish'), false);
  assert.equal(can('writer', 'data', 'submit'), false);
  assert.equal(can('data', 'data', 'submit'), true);
  assert.equal(can('data', 'release', 'rollback'), false);
  for (const a of ['review', 'publish'] as const) assert.equal(can('reviewer', 'change', a), true);
  assert.equal(can('reviewer', 'release', 'read-log'), true);
  assert.equal(can('admin', 'change', 'publish'), false);
  assert.equal(can(undefined, 'story', 'submit'), false);
});

test('upload names: a path, "..", a macro or another type is refused; a plain .xlsx name passes', () => {
  for (const n of ['../data/units.xlsx', 'a/b.xlsx', 'a\\b.xlsx', '..xlsx', ''])
    assert.equal(safeUploadName(n).ok, false, n);
  assert.match(safeUploadName('so-lieu.xlsm').message!, /macro/);
  assert.match(safeUploadName('so-lieu.csv').message!, /không phải bảng tính \.xlsx/);
  assert.equal(safeUploadName('Số liệu 2026.xlsx').ok, true);
});

test('upload bytes: a real workbook passes; empty, oversized, renamed, password-protected, macro and bomb-like files get their own message', () => {
  const real = XLSX.write(baseWorkbook(), { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  assert.deepEqual(checkWorkbookBytes(real, 5e6), { ok: true });
  assert.match(checkWorkbookBytes(new Uint8Array(), 5e6).message!, /Tệp trống/);
  assert.match(checkWorkbookBytes(real, 100).message!, /quá lớn/);
  assert.match(
    checkWorkbookBytes(Buffer.from('code,name\n'), 5e6).message!,
    /không phải bảng tính Excel thật/,
  );
  assert.match(
    checkWorkbookBytes(
      Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]),
      5e6,
    ).message!,
    /mật khẩu/,
  );
  assert.match(checkWorkbookBytes(macroWorkbookBytes(), 5e6).message!, /macro/);
  // A zip whose entries claim to unpack to more than the limit: the central directory's sizes.
  const bomb = Buffer.from(real);
  const eocd = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const cd = bomb.readUInt32LE(eocd + 16);
  bomb.writeUInt32LE(200 * 1024 * 1024, cd + 24);
  assert.match(checkWorkbookBytes(bomb, 5e6).message!, /giải nén ra quá lớn/);
  // A zip that is not a workbook.
  const notBook = Buffer.from(
    real.toString('latin1').replaceAll('xl/workbook.xml', 'xl/workbook.xmm'),
    'latin1',
  );
  assert.match(checkWorkbookBytes(notBook, 5e6).message!, /không phải bảng tính Excel/);
});

test('what readers see: page text without scripts, and the lines that differ, new pages first', () => {
  assert.deepEqual(
    pageText(
      '<html><head><script>var x</script><style>p{}</style></head><body><h1>Xã Nhị Bình</h1><p>Đạt &amp; vượt</p></body></html>',
    ),
    ['Xã Nhị Bình', 'Đạt & vượt'],
  );
  const dir = mkdtempSync(join(tmpdir(), 'desk-diff-'));
  const page = (root: string, path: string, body: string) => {
    mkdirSync(join(dir, root, path), { recursive: true });
    writeFileSync(join(dir, root, path, 'index.html'), `<main><h1>T</h1>${body}</main>`);
  };
  page('a', 'xa', '<p>Cũ</p><p>Giữ</p>');
  page('b', 'xa', '<p>Mới</p><p>Giữ</p>');
  page('a', 'same', '<p>x</p>');
  page('b', 'same', '<p>x</p>');
  page('b', 'moi', '<p>Bài mới</p>');
  const { pages, total } = pageDiffs(join(dir, 'a'), join(dir, 'b'));
  assert.equal(total, 2);
  assert.deepEqual(
    pages.map((p) => [p.url, p.kind]),
    [
      ['/moi/', 'new'],
      ['/xa/', 'changed'],
    ],
  );
  assert.deepEqual([pages[1]!.before, pages[1]!.after], [['Cũ'], ['Mới']]);
});

test('units whose status changes and counts whose figure changes are named, old → new', () => {
  const unit = (code: string, reached: string[]) => ({
    code,
    name: `Xã ${code}`,
    ladder: {
      steps: ['ntm', 'ntm-nc-2021', 'ntm-km-2021'].map((standard, rank) => ({
        standard,
        rank,
        reached: reached.includes(standard),
      })),
    },
  });
  assert.deepEqual(
    unitStatusChanges(
      [unit('1', ['ntm']), unit('2', ['ntm'])],
      [unit('1', ['ntm', 'ntm-nc-2021']), unit('2', ['ntm'])],
    ),
    ['Xã 1: NTM → NTM nâng cao'],
  );
  const series = (reached: number) => [
    {
      scope: '783',
      standard: 'ntm-km-2021',
      points: [
        {
          id: 'c',
          scope: '783',
          standard: 'ntm-km-2021',
          year: 2025,
          denominator: 20,
          reached,
          unknown: 0,
        },
      ],
    },
  ];
  assert.deepEqual(
    headlineChanges(series(3), series(4), () => 'Huyện Củ Chi'),
    ['Huyện Củ Chi · NTM kiểu mẫu · 2025: 3/20 → 4/20'],
  );
  assert.deepEqual(
    headlineChanges(series(3), series(3), () => ''),
    [],
  );
});

test('the live link moves from one whole release to another in one rename, and pruning keeps the live one', () => {
  const live = mkdtempSync(join(tmpdir(), 'desk-live-'));
  const names = ['20260101-000000-000', '20260102-000000-000', '20260103-000000-000'];
  for (const n of names) {
    const b = join(live, `build-${n}`);
    mkdirSync(b);
    writeFileSync(join(b, 'index.html'), n);
    addRelease(live, b, n);
  }
  switchTo(live, names[0]!);
  assert.equal(readlinkSync(join(live, 'current')), join('releases', names[0]!));
  switchTo(live, names[2]!);
  assert.equal(readFileSync(join(live, 'current', 'index.html'), 'utf8'), names[2]);
  assert.throws(() => switchTo(live, '../../etc'), /không có bản phát hành/);
  assert.throws(() => switchTo(live, '20991231-000000-000'), /không có bản phát hành/);
  switchTo(live, names[0]!);
  assert.deepEqual(pruneReleases(live, 1), [names[1]!]);
  assert.deepEqual(listReleases(live), [names[2]!, names[0]!]);
  assert.equal(currentRelease(live), names[0]);
  assert.deepEqual(readdirSync(live).sort(), ['current', 'releases']);
  assert.equal(existsSync(join(live, 'releases', names[1]!)), false);
});

test('X-Forwarded-For counts only when the request comes from the configured proxy, and then only its last hop', () => {
  const h = new Headers({ 'x-forwarded-for': '6.6.6.6, 10.0.0.7' });
  assert.equal(clientAddress('203.0.113.9', h, undefined), '203.0.113.9');
  assert.equal(clientAddress('203.0.113.9', h, '127.0.0.1'), '203.0.113.9');
  assert.equal(clientAddress('127.0.0.1', h, '127.0.0.1'), '10.0.0.7');
  assert.equal(clientAddress('127.0.0.1', new Headers(), '127.0.0.1'), '127.0.0.1');
});
