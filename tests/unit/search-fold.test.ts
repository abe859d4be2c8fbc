import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dVariants, normalizeQuery } from '../../src/lib/search/fold.ts';

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
  it('caps the number of variants', () => {
    assert.equal(dVariants('d d d d d d d d', 16).length, 16);
  });
});
