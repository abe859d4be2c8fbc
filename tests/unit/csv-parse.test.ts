import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeCsv, parseCsv, semicolonProblem } from '../../src/lib/data/csv.ts';

describe('parseCsv', () => {
  it('gives each cell its line and character column', () => {
    const { table } = parseCsv('t.csv', 'a,b\n1,"x"\n22,y\n');
    assert.deepEqual(
      table.rows.map((r) => r.map((c) => [c.raw, c.line, c.column])),
      [
        [
          ['1', 2, 1],
          ['x', 2, 3],
        ],
        [
          ['22', 3, 1],
          ['y', 3, 4],
        ],
      ],
    );
  });

  it('counts lines inside quoted fields that contain newlines', () => {
    const { table } = parseCsv('t.csv', 'a,b\n"one\ntwo",x\n3,y\n');
    assert.equal(table.rows[0]![0]!.raw, 'one\ntwo');
    assert.equal(table.rows[1]![0]!.line, 4);
  });

  it('keeps commas and doubled quotes inside quoted fields', () => {
    const { table } = parseCsv('t.csv', 'a,b\n"Thị trấn, không ""thuộc""",2\n');
    assert.equal(table.rows[0]![0]!.raw, 'Thị trấn, không "thuộc"');
    assert.equal(table.rows[0]![1]!.column, 29);
  });

  it('strips a UTF-8 BOM and warns', () => {
    const r = parseCsv('t.csv', '\ufeffa,b\n1,2\n');
    assert.equal(r.table.header[0]!.raw, 'a');
    assert.match(r.diagnostics[0]!.message, /byte-order mark/);
    assert.equal(r.diagnostics[0]!.severity, 'warning');
  });

  it('reads CRLF line endings as LF and warns', () => {
    const r = parseCsv('t.csv', 'a,b\r\n1,2\r\n');
    assert.equal(r.table.rows[0]![1]!.raw, '2');
    assert.match(r.diagnostics[0]!.message, /CRLF/);
  });

  it('reports an empty file as an error', () => {
    const r = parseCsv('t.csv', '');
    assert.equal(r.diagnostics[0]!.severity, 'error');
    assert.match(r.diagnostics[0]!.message, /empty/);
  });

  it('marks a table with an unterminated quote as broken', () => {
    const r = parseCsv('t.csv', 'a,b\n"open,1\n2,3\n');
    assert.equal(r.table.broken, true);
    assert.ok(r.diagnostics.some((d) => d.severity === 'error' && /CSV syntax/.test(d.message)));
  });
});

describe('decodeCsv and semicolonProblem', () => {
  it('reads UTF-8 with or without a BOM', () => {
    assert.equal(decodeCsv('t.csv', new TextEncoder().encode('a,b\nXã,2\n')).text, 'a,b\nXã,2\n');
  });

  it('recognises big-endian UTF-16 by its BOM and little-endian UTF-16 without one by its NUL bytes', () => {
    const be = Uint8Array.from([0xfe, 0xff, 0, 0x61, 0, 0x2c, 0, 0x62]);
    assert.match(decodeCsv('t.csv', be).problem!.message, /UTF-16 \(big-endian/);
    const le = Uint8Array.from(Buffer.from('a,b\n1,2\n', 'utf16le'));
    assert.match(decodeCsv('t.csv', le).problem!.message, /^file is UTF-16 \(Excel's/);
  });

  it('points at the first byte that is not UTF-8', () => {
    const p = decodeCsv('t.csv', Uint8Array.from([0x61, 0x0a, 0x58, 0xe3, 0x20])).problem!;
    assert.deepEqual([p.line, p.column], [2, 2]);
    assert.match(p.message, /byte 0xE3/);
  });

  it('flags a semicolon header only when it has no comma', () => {
    assert.equal(semicolonProblem('t.csv', 'a;b\n1;2\n')!.line, 1);
    assert.equal(semicolonProblem('t.csv', 'a,b\n"x;y",2\n'), null);
    assert.equal(semicolonProblem('t.csv', 'a,note;x\n'), null);
  });
});
