import { describe, expect, it } from 'vitest';
import { isIntrinsic } from '../value.ts';
import { parseYaml } from './parse-yaml.ts';

/** The parsed value as plain JSON (null-prototype objects compare like ordinary ones). */
function valueOf(text: string): unknown {
  const out = parseYaml(text);
  if (!out.ok) throw new Error(`did not parse: ${out.message}`);
  return JSON.parse(JSON.stringify(out.doc.value)) as unknown;
}

describe('parseYaml', () => {
  it('turns short-form tags on scalars, sequences and maps into the long form', () => {
    expect(
      valueOf(
        [
          'a: !Ref Cluster',
          'b: !GetAtt Role.Arn',
          'c: !Sub ["${X}-y", {X: !Ref Env}]',
          'd: !Join',
          '  - ","',
          '  - [x, y]',
          'e: !If [Prod, 2, 1]',
          'f: !Base64 {k: v}',
          'g: !Ref 5',
        ].join('\n'),
      ),
    ).toEqual({
      a: { Ref: 'Cluster' },
      b: { 'Fn::GetAtt': ['Role', 'Arn'] },
      c: { 'Fn::Sub': ['${X}-y', { X: { Ref: 'Env' } }] },
      d: { 'Fn::Join': [',', ['x', 'y']] },
      e: { 'Fn::If': ['Prod', 2, 1] },
      f: { 'Fn::Base64': { k: 'v' } },
      g: { Ref: '5' },
    });
  });

  it('marks the long forms it builds as intrinsics', () => {
    const out = parseYaml('a: !Ref X\nb: !If [C, 1, 2]\n');
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const v = out.doc.value as Record<string, unknown>;
    expect(isIntrinsic(v['a'])).toBe(true);
    expect(isIntrinsic(v['b'])).toBe(true);
  });

  it('keeps the value of a tag it does not know', () => {
    expect(valueOf('a: !Foo bar\nb: !Foo [1]\n')).toEqual({ a: 'bar', b: [1] });
  });

  it('expands aliases to the latest anchor before them', () => {
    const text = 'x: &v 1\ny: *v\nx2: &v 2\nz: *v\n';
    expect(valueOf(text)).toEqual({ x: 1, y: 1, x2: 2, z: 2 });
    const out = parseYaml(text);
    if (!out.ok) throw new Error('did not parse');
    expect(out.doc.spanOf('/x2')).toEqual({ start: text.indexOf('2\n'), end: text.indexOf('2\n') + 1 });
  });

  it('reports duplicate keys with their pointer', () => {
    const out = parseYaml('a: 1\nb: {c: 1, c: 2}\n');
    if (!out.ok) throw new Error('did not parse');
    expect(out.doc.problems).toEqual([{ code: 'duplicate-key', pointer: '/b/c', key: 'c' }]);
  });
});
