import { describe, expect, it } from 'vitest';
import { grade } from '../grade.ts';
import { LESSON_SLUGS } from '../types.ts';
import {
  fargateService,
  fargateTd,
  scalingTarget,
  scheduledAction,
  targetTrackingPolicy,
  template,
  td,
} from './example-docs.ts';
import { ALL_RULES, RULE_LESSON_ANCHORS } from './index.ts';
import { EXAMPLES_BY_ID, RULE_FILES } from './rule-files.ts';
import { checkRuleExamples } from './rule-tester.ts';

describe('rule catalogue', () => {
  it('has unique ids, bilingual texts and known lessons', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) {
      expect(r.id).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
      expect(r.summary.ja && r.summary.en).toBeTruthy();
      for (const m of Object.values(r.messages)) expect(m.ja && m.en, r.id).toBeTruthy();
      expect(LESSON_SLUGS).toContain(r.lesson.lesson);
      expect(r.lesson.anchor).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('exports the lesson anchors the rules use', () => {
    for (const r of ALL_RULES) expect(RULE_LESSON_ANCHORS).toContainEqual(r.lesson);
  });

  it('quotes the deciding AWS sentence, with its page, for the rules issue #13 is about', () => {
    const decided = [
      'taskdef/role-arn',
      'taskdef/memory-reservation',
      'taskdef/memory-reservation-sum',
      'taskdef/health-check-command',
      'taskdef/image-name',
      'taskdef/awslogs-options',
      'taskdef/efs-transit-encryption',
      'service/daemon-deployment-controller',
      'iam/policy-version-invalid',
      'iam/statement-resource',
      'iam/wildcard-resource',
      'run-task/propagate-tags',
    ];
    for (const id of decided) expect(ALL_RULES.find((r) => r.id === id)?.aws, id).toBeDefined();
    for (const r of ALL_RULES.filter((x) => x.aws)) {
      expect(r.aws?.quote.length, r.id).toBeGreaterThan(20);
      expect(r.aws?.source, r.id).toMatch(/^https:\/\//);
    }
  });
});

describe('rule registry', () => {
  it('registers every rule file, and every registered rule has a file named for its id', () => {
    const registered = new Set(ALL_RULES);
    const unregistered = RULE_FILES.filter((f) => !registered.has(f.rule)).map((f) => f.file);
    expect(unregistered).toEqual([]);
    const withFile = new Set(RULE_FILES.map((f) => f.rule));
    expect(ALL_RULES.filter((r) => !withFile.has(r)).map((r) => r.id)).toEqual([]);
    for (const f of RULE_FILES) expect(f.file.split('/')[1], f.file).toBe(`${f.rule.id.split('/')[1]}.ts`);
  });

  it('finds rule files in every area folder', () => {
    const areas = new Set(RULE_FILES.map((f) => f.file.split('/')[0]));
    expect([...areas].sort()).toEqual(
      ['cfn', 'cfn-spec', 'cli-files', 'iam', 'input', 'scaling', 'service', 'taskdef'].sort(),
    );
  });
});

describe('rule tester', () => {
  const cpu = ALL_RULES.find((r) => r.id === 'taskdef/task-cpu');
  if (!cpu) throw new Error('taskdef/task-cpu is not registered');
  const fail = { src: td({ cpu: 'quarter' }), messageId: 'default', path: '/cpu', line: 7 };

  it('accepts examples that say where the rule reports', () => {
    expect(checkRuleExamples(cpu, { fail: [fail], pass: [td()] })).toEqual([]);
  });

  it('reports a wrong line, path or message id, and a passing example the rule flags', () => {
    const problems = checkRuleExamples(cpu, {
      fail: [{ ...fail, line: 6, path: '/memory', messageId: 'other' }],
      pass: [fail.src],
    });
    expect(problems).toEqual([
      'taskdef/task-cpu: failing example 1 names unknown message id "other"',
      'taskdef/task-cpu: failing example 1: message id "default", expected "other"',
      'taskdef/task-cpu: failing example 1: path "/cpu", expected "/memory"',
      'taskdef/task-cpu: failing example 1: line 7, expected 6',
      'taskdef/task-cpu: passing example 1 gives 1 finding(s) at /cpu',
    ]);
  });

  it('reports a rule without examples of both kinds', () => {
    expect(checkRuleExamples(cpu, { fail: [], pass: [] })).toEqual([
      'taskdef/task-cpu: no failing example',
      'taskdef/task-cpu: no passing example',
    ]);
  });
});

describe.each(ALL_RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('reports as its failing examples say and stays quiet on its passing ones', () => {
    const examples = EXAMPLES_BY_ID.get(id);
    expect(examples, `${id} has no examples`).toBeDefined();
    if (examples) expect(checkRuleExamples(rule, examples)).toEqual([]);
  });
});

describe('clean baselines', () => {
  const cases: [string, string][] = [
    ['fargate task definition', JSON.stringify(fargateTd())],
    ['fargate service', JSON.stringify(fargateService())],
    ['scalable target', JSON.stringify(scalingTarget())],
    ['target tracking policy', JSON.stringify(targetTrackingPolicy())],
    ['scheduled action', JSON.stringify(scheduledAction())],
    ['template', template()],
  ];
  it.each(cases)('%s has no findings', (_name, src) => {
    expect(grade(src).findings).toEqual([]);
  });
});
