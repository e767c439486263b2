import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, buildExport, exportFileName, parseExport } from './transfer.ts';
import { decodeShareCode, encodeShareCode, SHARE_PREFIX } from './share-code.ts';
import type { ProgressDoc } from './store.ts';

const now = new Date('2026-05-01T09:30:00.000Z');
const progress: ProgressDoc = {
  version: 2,
  quizzes: {
    'arch-new-revision': { choice: 1, correct: true },
    'arch-execution-role': { choice: 0, correct: false },
  },
  scenarios: { 'rolling-unstick': 'passed', 'split-weights-only': 'solved-with-help' },
  exercises: {
    'fix-fargate-size': { status: 'passed', source: '{}' },
    'native-canary': { status: 'in-progress' },
  },
  lessons: { 'lessons/01-architecture': '2026-04-30T00:00:00.000Z' },
};

describe('export files', () => {
  it('round-trips with the marker, version, date and learner', () => {
    const file = buildExport(progress, now, '  Sato Hanako ');
    expect(file).toMatchObject({
      kind: 'ecs-dojo-progress',
      version: 2,
      exportedAt: now.toISOString(),
      learner: 'Sato Hanako',
    });
    expect(parseExport(JSON.stringify(file))).toEqual({
      ok: true,
      doc: progress,
      learner: 'Sato Hanako',
      exportedAt: now.toISOString(),
    });
    expect(exportFileName(now, 'Sato Hanako')).toBe('ecs-dojo-progress-Sato-Hanako-2026-05-01.json');
    expect(exportFileName(now)).toBe('ecs-dojo-progress-2026-05-01.json');
  });

  it('reads files of version 1 through the migration', () => {
    const old = {
      kind: 'ecs-dojo-progress',
      version: 1,
      progress: { version: 1, quizzes: {}, scenarios: { a: 'passed' } },
    };
    const result = parseExport(JSON.stringify(old));
    expect(result).toMatchObject({ ok: true, doc: { version: 2, scenarios: { a: 'passed' }, lessons: {} } });
  });

  it('refuses what is not ours, with a reason', () => {
    expect(parseExport('{oops')).toEqual({ ok: false, reason: 'not-json' });
    expect(parseExport('{"kind":"other","progress":{}}')).toEqual({ ok: false, reason: 'not-progress' });
    expect(parseExport('[]')).toEqual({ ok: false, reason: 'not-progress' });
    expect(parseExport('{"kind":"ecs-dojo-progress","progress":{"version":9}}')).toEqual({
      ok: false,
      reason: 'unknown-version',
    });
    expect(parseExport(' '.repeat(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, reason: 'too-large' });
  });

  it('drops huge and prototype-polluting entries', () => {
    const text = `{"kind":"ecs-dojo-progress","learner":"${'x'.repeat(500)}","progress":{"version":2,"quizzes":{"__proto__":{"choice":1,"correct":true}},"scenarios":{"${'y'.repeat(300)}":"passed"}}}`;
    const result = parseExport(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.learner).toHaveLength(80);
    expect(result.doc.scenarios).toEqual({});
    expect(({} as Record<string, unknown>)['choice']).toBeUndefined();
  });
});

describe('share codes', () => {
  it('round-trips progress without the saved text', async () => {
    const code = await encodeShareCode(progress, now, 'Ana');
    expect(code.startsWith(SHARE_PREFIX)).toBe(true);
    expect(code).toMatch(/^ECSDOJO1-[A-Za-z0-9_-]+$/);
    const result = await decodeShareCode(`  ${code}\n`);
    expect(result).toEqual({
      ok: true,
      learner: 'Ana',
      exportedAt: now.toISOString(),
      doc: {
        ...progress,
        exercises: { 'fix-fargate-size': { status: 'passed' }, 'native-canary': { status: 'in-progress' } },
        lessons: { 'lessons/01-architecture': '2026-04-30' },
      },
    });
  });

  it('carries sandbox labs, and still reads codes made before labs', async () => {
    const withLabs: ProgressDoc = {
      ...progress,
      labs: { 'first-fargate-service': 'passed', 'service-connect': 'solved-with-help' },
    };
    const result = await decodeShareCode(await encodeShareCode(withLabs, now, 'Ana'));
    expect(result.ok && result.doc.labs).toEqual(withLabs.labs);
    // No labs, no key: the code is as short as before.
    const without = await decodeShareCode(await encodeShareCode(progress, now));
    expect(without.ok && 'labs' in without.doc).toBe(false);
    // Made on 2026-11-30 by the encoder without labs.
    const old =
      'ECSDOJO1-ATXLMQoCMRQA0btMnchPhC3-JWys7BbNLsEQdRNlMeTukkKY7jGND-oNFcWLn6xz9ihnJyqjg4hcMGSUU7pheKGtGwra2B4pxbzady41Xu8oT7ohDFvibpd5W-cabInf8Mc0_v4DgACmrw';
    expect(await decodeShareCode(old)).toEqual({
      ok: true,
      learner: 'Old',
      exportedAt: '2026-11-30T10:00:00.000Z',
      doc: {
        version: 2,
        quizzes: {},
        scenarios: { 'rolling-unstick': 'passed' },
        exercises: { 'fix-fargate-size': { status: 'passed' } },
        lessons: {},
      },
    });
  });

  it('refuses changed, truncated and foreign codes', async () => {
    const code = await encodeShareCode(progress, now);
    const at = code.length - 10;
    const changed = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    expect(await decodeShareCode(changed)).toEqual({ ok: false, reason: 'tampered' });
    expect(await decodeShareCode(code.slice(0, -3))).toEqual({ ok: false, reason: 'tampered' });
    expect(await decodeShareCode('ECSDOJO1-')).toEqual({ ok: false, reason: 'tampered' });
    expect(await decodeShareCode('ECSDOJO1-!!!')).toEqual({ ok: false, reason: 'tampered' });
    expect(await decodeShareCode('hello')).toEqual({ ok: false, reason: 'not-progress' });
  });
});
