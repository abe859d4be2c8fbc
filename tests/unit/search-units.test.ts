// Unit names at typing speed: matching with or without marks, đ, word prefixes, later names, filters.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldedName, matchUnits, prepareUnits, type UnitList } from '../../src/lib/search/units.ts';

const list: UnitList = {
  version: 1,
  units: [
    ['Huyện Củ Chi', 'Huyện', 'Củ Chi', '/huyen/cu-chi/', []],
    ['Thị trấn Củ Chi', 'Thị trấn', 'Củ Chi', '/xa/thi-tran-cu-chi/', ['Xã Củ Chi']],
    ['Xã Đa Phước', 'Xã', 'Bình Chánh', '/xa/da-phuoc/', ['Xã Hưng Long']],
    ['Xã Đông Thạnh', 'Xã', 'Hóc Môn', '/xa/dong-thanh/', ['Xã Đông Thạnh']],
    ['Xã Tân Thông Hội', 'Xã', 'Củ Chi', '/xa/tan-thong-hoi/', ['Xã Tân An Hội']],
    ['Xã Tân Thạnh Đông', 'Xã', 'Củ Chi', '/xa/tan-thanh-dong/', ['Xã Tân An Hội']],
    ['Xã Vĩnh Lộc B', 'Xã', 'Bình Chánh', '/xa/vinh-loc-b/', ['Xã Tân Vĩnh Lộc']],
    ['Xã Vĩnh Lộc A', 'Xã', 'Bình Chánh', '/xa/vinh-loc-a/', ['Xã Vĩnh Lộc']],
    ['Xã Phước Kiển', 'Xã', 'Nhà Bè', '/xa/phuoc-kien/', ['Xã Nhà Bè']],
  ],
};
const units = prepareUnits(list);
const urls = (q: string, f = {}) => matchUnits(units, q, f).map((h) => h.url);

test('a name typed with marks, without marks, in capitals or in NFD finds the unit first', () => {
  for (const q of ['Đa Phước', 'da phuoc', 'DA PHUOC', 'Đa Phước'.normalize('NFD'), 'xa da phuoc'])
    assert.equal(urls(q)[0], '/xa/da-phuoc/', q);
});

test('đ typed as d matches, and only at the start of a word', () => {
  assert.equal(urls('dong thanh')[0], '/xa/dong-thanh/');
  assert.deepEqual(urls('ong thanh'), []);
});

test('the last word may be unfinished, so suggestions follow the typing', () => {
  assert.deepEqual(urls('tan th').sort(), ['/xa/tan-thanh-dong/', '/xa/tan-thong-hoi/']);
  assert.deepEqual(urls('tan thon'), ['/xa/tan-thong-hoi/']);
});

test('a name typed from its start, in order, comes before one that only contains the words', () => {
  assert.equal(urls('dong th')[0], '/xa/dong-thanh/');
  assert.equal(urls('thanh dong')[0], '/xa/tan-thanh-dong/');
});

test('a district comes before the town of the same name', () => {
  assert.deepEqual(urls('cu chi').slice(0, 2), ['/huyen/cu-chi/', '/xa/thi-tran-cu-chi/']);
});

test('the name a unit became on 1 July 2025 finds it, after units with that name of their own', () => {
  const hits = matchUnits(units, 'tan vinh loc');
  assert.deepEqual(
    hits.map((h) => h.url),
    ['/xa/vinh-loc-b/'],
  );
  assert.equal(hits[0]!.via, 'Xã Tân Vĩnh Lộc');
  assert.equal(urls('vinh loc a')[0], '/xa/vinh-loc-a/');
});

test('filters by kind and by district apply to units as they do to pages', () => {
  assert.deepEqual(urls('cu chi', { loai: 'Huyện' }), ['/huyen/cu-chi/']);
  assert.deepEqual(urls('phuoc', { huyen: 'Nhà Bè' }), ['/xa/phuoc-kien/']);
  assert.deepEqual(urls('da phuoc', { loai: 'Mô hình' }), []);
});

test('a query that is not a name matches nothing', () => {
  assert.deepEqual(urls('kieu mau'), []);
  assert.deepEqual(urls('511/QĐ-TTg'), []);
  assert.deepEqual(urls('   '), []);
});

test('a list that ships its folded names answers exactly as one folded in the browser', () => {
  const shipped = prepareUnits({
    version: 1,
    units: list.units.map(([name, kind, district, url, became]) => [
      name,
      kind,
      district,
      url,
      became,
      [name, ...became].map(foldedName),
    ]),
  });
  for (const q of ['da phuoc', 'Củ Chi', 'tan', 'tan an hoi', 'vinh loc', 'xa', 'nha be', 'zz'])
    for (const f of [{}, { loai: 'Xã' }, { huyen: 'Củ Chi' }])
      assert.deepEqual(
        matchUnits(shipped, q, f),
        matchUnits(units, q, f),
        `${q} ${JSON.stringify(f)}`,
      );
  assert.equal(foldedName('Xã Đông Thạnh'), 'xa dong thanh');
});
