import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grade } from './index.ts';
import { fargateService, fargateTd, scalingTarget, targetTrackingPolicy } from './rules/example-docs.ts';
import type { GradeResult } from './types.ts';

const SEVERITIES = new Set(['error', 'warning', 'info']);

function wellFormed(r: GradeResult): void {
  expect(typeof r.accepted).toBe('boolean');
  expect(r.accepted).toBe(!r.findings.some((f) => f.severity === 'error'));
  for (const f of r.findings) {
    expect(f.ruleId).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
    expect(SEVERITIES.has(f.severity)).toBe(true);
    expect(f.path === '' || f.path.startsWith('/')).toBe(true);
    expect(Number.isInteger(f.line) && f.line >= 1).toBe(true);
    expect(Number.isInteger(f.column) && f.column >= 1).toBe(true);
    expect(f.messages.ja.length > 0 && f.messages.en.length > 0).toBe(true);
  }
}

type Path = (string | number)[];

/** All paths of a JSON value. */
function paths(v: unknown, p: Path = [], out: Path[] = []): Path[] {
  out.push(p);
  if (Array.isArray(v)) v.forEach((c, i) => paths(c, [...p, i], out));
  else if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) paths(c, [...p, k], out);
  return out;
}

function setAt(v: unknown, p: Path, replace: (old: unknown) => unknown): unknown {
  if (p.length === 0) return replace(v);
  const [head, ...rest] = p;
  if (Array.isArray(v)) return (v as unknown[]).map((c, i) => (i === head ? setAt(c, rest, replace) : c));
  if (v && typeof v === 'object') {
    const o = { ...(v as Record<string, unknown>) };
    if (rest.length === 0 && replace(undefined) === DROP) delete o[head as string];
    else o[head as string] = setAt(o[head as string], rest, replace);
    return o;
  }
  return v;
}

const DROP = Symbol('drop');

const replacement = fc.oneof(
  fc.constant(null),
  fc.constant(DROP),
  fc.string({ maxLength: 20 }),
  fc.constant('x'.repeat(5000)),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ __proto__: 1, constructor: 2 }),
  fc.constant({ Ref: 'X' }),
  fc.constant(JSON.parse('['.repeat(20) + '1' + ']'.repeat(20)) as unknown),
  fc.jsonValue({ maxDepth: 3 }),
);

const bases = [
  fargateTd(),
  fargateService(),
  scalingTarget(),
  targetTrackingPolicy(),
  fargateTd({ requiresCompatibilities: ['EC2'] }),
];

const mutated = fc
  .tuple(fc.constantFrom(...bases), fc.array(fc.tuple(fc.nat(), replacement), { minLength: 1, maxLength: 4 }))
  .map(([base, edits]) => {
    let v: unknown = base;
    for (const [n, rep] of edits) {
      const ps = paths(v);
      const p = ps[n % ps.length] ?? [];
      v = setAt(v, p, () => rep);
    }
    return v;
  });

describe('grade() never throws', () => {
  it('on mutated task definitions, services and scaling inputs (JSON and YAML)', () => {
    fc.assert(
      fc.property(mutated, fc.boolean(), (v, asYaml) => {
        const json = JSON.stringify(v, null, asYaml ? 0 : 2) ?? 'null';
        wellFormed(grade(json));
        if (asYaml) wellFormed(grade(json, { format: 'yaml', lang: 'en' }));
      }),
      { numRuns: 6000 },
    );
  });

  it('on arbitrary text and truncated inputs', () => {
    const text = JSON.stringify(fargateTd(), null, 2);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.nat(text.length).map((n) => text.slice(0, n)),
        ),
        fc.constantFrom('json', 'yaml', undefined),
        (s, format) => {
          wellFormed(grade(s, format ? { format } : {}));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('on any JSON value, for every kind', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.constantFrom(
          'taskdef',
          'service',
          'scaling-target',
          'scaling-policy',
          'scheduled-action',
          'cfn',
          'iam-policy',
        ),
        (v, kind) => {
          wellFormed(grade(JSON.stringify(v) ?? 'null', { kind }));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
