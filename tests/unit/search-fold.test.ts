import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dVariants, foldMarks, normalizeQuery, titleBoost } from '../../src/lib/search/fold.ts';

describe('search query preparation', () => {
  it('turns NFD and capitals into NFC lower case', () => {
    assert.equal(normalizeQuery('ĐA PHƯỚC'.normalize('NFD')), 'đa phước');
    assert.equal(normalizeQuery('  Củ   Chi '), 'củ chi');
  });
  it('tries each ASCII d as đ, the typed spelling first', () => {
    assert.deepEqual(dVariants('da phuoc'), ['da phuoc', 'đa phuoc']);
    assert.deepEqual(dVariants('dong dat'), ['dong dat', 'đong dat', 'dong đat', 'đong đat']);
  });
  it('leaves queries without d alone', () => {
    assert.deepEqual(dVariants('cu chi'), ['cu chi']);
    assert.deepEqual(dVariants('đa phước'), ['đa phước']);
  });
  it('branches only a d that starts a word, or one in an abbreviation without vowels (QĐ)', () => {
    assert.deepEqual(dVariants('andy dat'), ['andy dat', 'andy đat']);
    assert.deepEqual(dVariants('511/qd-ttg'), ['511/qd-ttg', '511/qđ-ttg']);
    assert.deepEqual(dVariants('ubnd'), ['ubnd']);
  });
  it('caps the number of variants: 4 by default, so a query costs at most 4 searches', () => {
    assert.equal(dVariants('d d d d d d d d').length, 4);
    assert.equal(dVariants('d d d d d d d d', 16).length, 16);
  });
});

describe('title boost', () => {
  it('folds marks and đ for comparison', () =>
    assert.equal(foldMarks('Xã Đông Thạnh'), 'xa dong thanh'));
  it('ranks an exact-mark title phrase highest', () =>
    assert.equal(titleBoost('Xã Đông Thạnh', 'Đông Thạnh'), 3));
  it('ranks a folded title phrase next', () =>
    assert.equal(titleBoost('Xã Đông Thạnh', 'dong thanh'), 2));
  it('does not boost titles with the words in another order', () =>
    assert.equal(titleBoost('Xã Tân Thạnh Đông', 'dong thanh'), 1));
  it('matches whole words only', () => assert.equal(titleBoost('Huyện Củ Chi', 'hi'), 1));
  it('boosts a page the query names among other words', () =>
    assert.equal(titleBoost('Xã Thạnh An', 'thanh an xa dao'), 2));
  it('needs every word of the title in the query', () =>
    assert.equal(titleBoost('Xã Thạnh An', 'thanh xa dao'), 1));
});
