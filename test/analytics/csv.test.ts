import { expect } from '@open-wc/testing';
import { parseCsv, parseCsvRecords } from '../../src/analytics/csv.js';

describe('parseCsv', () => {
  it('splits plain fields and LF / CRLF line ends', () => {
    expect(parseCsv('a,b,c\n1,2,3\r\n4,5,6')).to.deep.equal([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
  });

  it('keeps separators, doubled quotes and line breaks inside quoted fields', () => {
    const text = 'id,text\n1,"Zählerstand, bitte"\n2,"He said ""no"""\n3,"two\nlines"\n';
    expect(parseCsv(text)).to.deep.equal([
      ['id', 'text'],
      ['1', 'Zählerstand, bitte'],
      ['2', 'He said "no"'],
      ['3', 'two\nlines'],
    ]);
  });

  it('keeps empty fields, also a trailing one, and skips blank lines', () => {
    expect(parseCsv('a,,c,\n\n,x,,\n')).to.deep.equal([
      ['a', '', 'c', ''],
      ['', 'x', '', ''],
    ]);
  });

  it('drops a byte-order mark and supports another separator', () => {
    expect(parseCsv('\uFEFFa;b\n"1;2";3', ';')).to.deep.equal([
      ['a', 'b'],
      ['1;2', '3'],
    ]);
  });
});

describe('parseCsvRecords', () => {
  it('keys cells by header name, missing cells become empty strings', () => {
    const [r1, r2] = parseCsvRecords('case,activity,time\nc1,"Sign up, online",2026-01-01\nc2,Call');
    expect(r1.case).to.equal('c1');
    expect(r1.activity).to.equal('Sign up, online');
    expect(r2.time).to.equal('');
  });

  it('records have no prototype: a __proto__ column changes nothing', () => {
    const [r] = parseCsvRecords('__proto__,x\n{"polluted":1},2');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(r.x).to.equal('2');
  });
});
