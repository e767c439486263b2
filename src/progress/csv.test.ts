import { describe, expect, it } from 'vitest';
import { csvCell, isFormulaLike, toCsv } from './csv.ts';

describe('csv', () => {
  it('quotes every cell and doubles inner quotes (RFC 4180, OWASP)', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(42)).toBe('"42"');
    expect(csvCell('')).toBe('""');
  });

  it('prefixes cells starting with = + - @ tab and carriage return', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('+81 90')).toBe(`"'+81 90"`);
    expect(csvCell('-2')).toBe(`"'-2"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('\tcmd')).toBe(`"'\tcmd"`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('prefixes triggers hidden after leading spaces, NBSP and the ideographic space', () => {
    expect(csvCell('  =1+1')).toBe(`"'  =1+1"`);
    expect(csvCell('\u00a0=1+1')).toBe(`"'\u00a0=1+1"`);
    expect(csvCell('\u3000@x')).toBe(`"'\u3000@x"`);
  });

  it('prefixes full-width ＝＋－＠', () => {
    for (const sign of ['＝', '＋', '－', '＠']) expect(csvCell(`${sign}1+1`)).toBe(`"'${sign}1+1"`);
  });

  it('prefixes payloads after a separator or quote', () => {
    expect(csvCell('a;=1+1;')).toBe(`"'a;=1+1;"`);
    expect(csvCell('a,@cmd')).toBe(`"'a,@cmd"`);
    expect(csvCell('x" =1')).toBe(`"'x"" =1"`);
    expect(csvCell('tab\t-1')).toBe(`"'tab\t-1"`);
  });

  it('neutralises NUL', () => {
    expect(csvCell('\0=1')).toBe(`"'\ufffd=1"`);
    expect(csvCell('a\0b')).toBe('"a\ufffdb"');
    expect(toCsv([['\0']])).not.toContain('\0');
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['Alice', '田中 花子', 'ex-01-task-def', 'a - b', 'ok; fine', 'e-mail@x'])
      expect(isFormulaLike(text)).toBe(false);
  });

  it('joins rows with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 1],
      ]),
    ).toBe('"a","b"\r\n"c","1"\r\n');
  });
});
