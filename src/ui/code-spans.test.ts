import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeSpansToMarkdown, splitCodeSpans } from './code-spans.ts';

describe('splitCodeSpans', () => {
  it('turns backtick pairs into code segments', () => {
    expect(splitCodeSpans('`web` コンテナは `/ecs/web` へ')).toEqual([
      { text: 'web', code: true },
      { text: ' コンテナは ', code: false },
      { text: '/ecs/web', code: true },
      { text: ' へ', code: false },
    ]);
  });

  it('leaves an unpaired backtick and an empty pair as text', () => {
    expect(splitCodeSpans('a ` b')).toEqual([{ text: 'a ` b', code: false }]);
    expect(splitCodeSpans('a `` b')).toEqual([{ text: 'a `` b', code: false }]);
    expect(splitCodeSpans('`x` and ` alone')).toEqual([
      { text: 'x', code: true },
      { text: ' and ` alone', code: false },
    ]);
  });

  it('keeps markup-looking text as text', () => {
    expect(splitCodeSpans('<img src=x onerror=alert(1)>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', code: false },
    ]);
  });

  it('loses nothing but the backticks that formed spans', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const segments = splitCodeSpans(text);
        const spans = segments.filter((s) => s.code).length;
        const joined = segments.map((s) => s.text).join('');
        expect(joined.length).toBe(text.length - 2 * spans);
        expect(segments.every((s) => s.text !== '')).toBe(true);
      }),
    );
  });
});

describe('codeSpansToMarkdown', () => {
  it('keeps code spans and escapes everything else', () => {
    expect(codeSpansToMarkdown('`ecs:*` is *not* <b>bold</b>')).toBe(
      '`ecs:*` is \\*not\\* \\<b\\>bold\\</b\\>',
    );
  });
});
