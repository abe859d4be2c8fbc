import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCsv } from '../../src/lib/data/csv.ts';

describe('parseCsv', () => {
  it('gives each cell its line and character column', () => {
    const { table } = parseCsv('t.csv', 'a,b\n1,"x"\n22,y\n');
    assert.deepEqual(table.rows.map((r) => r.map((c) => [c.raw, c.line, c.column])), [
      [['1', 2, 1], ['x', 2, 3]],
      [['22', 3, 1], ['y', 3, 4]],
    ]);
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
