import { describe, expect, it } from 'vitest';
import { grade } from '../grade.ts';
import { ALL_RULES, RULE_LESSON_ANCHORS } from './index.ts';
import {
  RULE_EXAMPLES,
  fargateService,
  fargateTd,
  scalingTarget,
  targetTrackingPolicy,
  scheduledAction,
  template,
} from './examples.ts';
import { LESSON_SLUGS } from '../types.ts';

describe('rule catalogue', () => {
  it('has unique ids, bilingual texts and known lessons', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) {
      expect(r.id).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
      expect(r.summary.ja && r.summary.en && r.message.ja && r.message.en).toBeTruthy();
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

  it('has a passing and a failing example for every rule', () => {
    const missing = ALL_RULES.map((r) => r.id).filter((id) => !RULE_EXAMPLES[id]);
    expect(missing).toEqual([]);
  });
});

describe.each(ALL_RULES.map((r) => [r.id, r] as const))('%s', (id) => {
  const ex = RULE_EXAMPLES[id];
  const opts = { ...(ex?.kind ? { kind: ex.kind } : {}), ...(ex?.target ? { target: ex.target } : {}) };
  it('stays quiet on the passing example', () => {
    const ids = grade(ex?.pass ?? '', opts).findings.map((f) => f.ruleId);
    expect(ids).not.toContain(id);
  });
  it('fires on the failing example', () => {
    const ids = grade(ex?.fail ?? '', opts).findings.map((f) => f.ruleId);
    expect(ids).toContain(id);
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
