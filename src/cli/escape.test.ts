import { describe, expect, it } from 'vitest';
import { commandData, commandProperty, noWorkflowCommand, oneLine, visible, xml } from './escape.ts';

describe('output escaping', () => {
  it('shows ANSI escapes, carriage returns and bidi overrides instead of passing them through', () => {
    expect(visible('a\u001b[31mred')).toBe('a\\u{1b}[31mred');
    expect(visible('x\ry')).toBe('x\\u{0d}y');
    expect(visible('abc\u202edcba')).toBe('abc\\u{202e}dcba');
    expect(oneLine('two\nlines\u0007')).toBe('two lines\\u{07}');
  });

  it('defuses a line that would be read as a GitHub workflow command', () => {
    expect(noWorkflowCommand('::error::pwned')).toBe('./::error::pwned');
    expect(noWorkflowCommand('ok.json')).toBe('ok.json');
  });

  it('encodes workflow-command data and properties as GitHub documents', () => {
    expect(commandData('50%\n::error::x')).toBe('50%25%0A::error::x');
    expect(commandProperty('a,b:c')).toBe('a%2Cb%3Ac');
  });

  it('escapes XML and drops what XML cannot carry', () => {
    expect(xml('<a href="x">&\'\u0001')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;\\u{01}');
  });
});
