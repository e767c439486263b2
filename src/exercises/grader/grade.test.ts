import { describe, expect, it } from 'vitest';
import { detectKind, grade } from './index.ts';
import { fargateTd } from './rules/example-docs.ts';
import { AWS_EXAMPLE_TASK_DEFINITIONS } from './aws-examples.ts';

const errors = (src: string, opts = {}): string[] =>
  grade(src, opts)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => f.ruleId);

describe('AWS documented example task definitions', () => {
  it.each(Object.entries(AWS_EXAMPLE_TASK_DEFINITIONS))('%s is accepted', (_name, td) => {
    const r = grade(JSON.stringify(td, null, 2));
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.accepted).toBe(true);
  });
});

describe('positions', () => {
  it('points at the offending JSON value', () => {
    const src = JSON.stringify(fargateTd({ memory: '4096' }), null, 2);
    const f = grade(src).findings.find((x) => x.ruleId === 'taskdef/fargate-size');
    const line = src.split('\n')[(f?.line ?? 0) - 1] ?? '';
    expect(line.slice((f?.column ?? 0) - 1)).toMatch(/^"4096"/);
    expect(f?.path).toBe('/memory');
  });

  it('points at the offending YAML value, through short-form intrinsics', () => {
    const src = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  TD:',
      '    Type: AWS::ECS::TaskDefinition',
      '    Properties:',
      '      RequiresCompatibilities: [FARGATE]',
      '      NetworkMode: bridge',
      '      Cpu: !Ref Cpu',
      '      ContainerDefinitions:',
      '        - Name: app',
      '          Image: !Sub "${Repo}:1.0"',
    ].join('\n');
    const r = grade(src, { lang: 'en' });
    const f = r.findings.find((x) => x.ruleId === 'taskdef/fargate-network-mode');
    expect(f).toMatchObject({ path: '/Resources/TD/Properties/NetworkMode', line: 7, column: 20 });
    expect(r.findings.some((x) => x.ruleId === 'taskdef/task-cpu')).toBe(false);
  });

  it('reports syntax errors with line and column', () => {
    const r = grade('{\n  "family": "web",\n  "cpu": 256,,\n}');
    expect(r.parseError).toMatchObject({ line: 3 });
    expect(r.accepted).toBe(false);
    const y = grade('family: web\n  bad: [1, 2\n', { format: 'yaml' });
    expect(y.parseError?.line).toBeGreaterThan(0);
  });
});

describe('robustness', () => {
  it('treats __proto__ and constructor as plain keys', () => {
    const r = grade(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}, "family": "x", "containerDefinitions": []}',
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(r.findings.map((f) => f.ruleId)).toContain('input/unknown-parameter');
  });

  // How fast these inputs are answered is measured by scripts/bench-grader.ts, not here: a timed
  // unit test fails on a busy machine for reasons that have nothing to do with the code.
  it('rejects 10,000-deep nesting', () => {
    for (const src of ['['.repeat(10_000), '{"a":'.repeat(10_000), 'a: ' + '['.repeat(10_000)]) {
      const r = grade(src);
      expect(r.findings[0]?.ruleId).toBe('input/too-deep');
    }
  });

  it('handles deep YAML block nesting', () => {
    const src = Array.from({ length: 300 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' 1';
    const r = grade(src, { kind: 'taskdef' });
    expect(
      r.findings.some((f) => f.ruleId === 'input/too-deep' || f.ruleId === 'input/unknown-parameter'),
    ).toBe(true);
  });

  it('rejects a 5 MB file', () => {
    const src = JSON.stringify({
      family: 'x',
      containerDefinitions: [{ name: 'a', image: 'b', command: ['x'.repeat(5_000_000)] }],
    });
    expect(errors(src)).toEqual(['input/too-large']);
  });

  it('stops YAML alias bombs', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    let prev = 'a';
    for (const n of 'bcdefghi') {
      lines.push(
        `${n}: &${n} [${Array(10)
          .fill('*' + prev)
          .join(', ')}]`,
      );
      prev = n;
    }
    expect(errors(lines.join('\n'), { kind: 'taskdef' })).toContain('input/too-many-nodes');
  });

  it('reports duplicate keys', () => {
    expect(
      grade('{"family":"a","family":"b","containerDefinitions":[]}').findings.map((f) => f.ruleId),
    ).toContain('input/duplicate-key');
  });

  it('grades empty and non-object input without throwing', () => {
    for (const src of ['', '   ', 'null', '42', '"str"', '[]', '- a\n- b', 'true']) {
      const r = grade(src);
      expect(r.accepted).toBe(false);
      expect(r.findings.length).toBeGreaterThan(0);
    }
  });
});

describe('detectKind', () => {
  it('tells the kinds apart', () => {
    expect(detectKind({ family: 'x' })).toBe('taskdef');
    expect(detectKind({ serviceName: 'x' })).toBe('service');
    expect(detectKind({ ScalableDimension: 'x' })).toBe('scaling-target');
    expect(detectKind({ PolicyName: 'x' })).toBe('scaling-policy');
    expect(detectKind({ Schedule: 'x' })).toBe('scheduled-action');
    expect(detectKind({ Resources: {} })).toBe('cfn');
    expect(detectKind({ Statement: [] })).toBe('iam-policy');
    expect(detectKind({ nothing: 1 })).toBeUndefined();
  });

  it('honours an explicit kind and language', () => {
    const r = grade('{"familly": "x"}', { kind: 'taskdef', lang: 'en' });
    expect(r.kind).toBe('taskdef');
    expect(r.findings.find((f) => f.ruleId === 'input/unknown-parameter')?.message).toContain(
      'Unknown parameter in input: "familly"',
    );
  });
});

describe('AWS error texts', () => {
  it('quotes AWS for the Fargate size', () => {
    const f = grade(JSON.stringify(fargateTd({ cpu: '1024', memory: '1024' })), { lang: 'en' }).findings.find(
      (x) => x.ruleId === 'taskdef/fargate-size',
    );
    expect(f?.message).toContain('No Fargate configuration exists for given values: 1024 CPU, 1024 memory.');
    expect(f?.messages.ja).toContain('Fargate 構成はありません');
    expect(f?.lesson).toEqual({ lesson: '02-task-definitions', anchor: 'fargate-sizes' });
  });
});

describe('false errors the issue reported (#13)', () => {
  const ids = (src: unknown, opts = {}): string[] =>
    grade(typeof src === 'string' ? src : JSON.stringify(src), { lang: 'en', ...opts }).findings.map(
      (f) => f.ruleId,
    );
  const errors = (src: unknown, opts = {}): string[] =>
    grade(typeof src === 'string' ? src : JSON.stringify(src), { lang: 'en', ...opts })
      .findings.filter((f) => f.severity === 'error')
      .map((f) => f.ruleId);

  it('null means not set: one finding per null key and nothing else about it', () => {
    const td = fargateTd(
      { pidMode: null, ipcMode: null },
      { privileged: null, links: null, dnsServers: null },
    );
    expect(errors(td)).toEqual(Array(5).fill('input/null-value'));
  });

  it('accepts role names, in JSON as in CloudFormation, and still refuses placeholders', () => {
    expect(
      ids(fargateTd({ executionRoleArn: 'ecsTaskExecutionRole', taskRoleArn: 'app-role' })),
    ).not.toContain('taskdef/role-arn');
    for (const bad of [
      'arn:aws:iam::<ACCOUNT_ID>:role/x',
      '{{task-role-arn}}',
      'arn:aws:iam::12345678:role/x',
    ])
      expect(errors(fargateTd({ taskRoleArn: bad })), bad).toContain('taskdef/role-arn');
  });

  it('never advises CMD-SHELL for a bare health check command', () => {
    const r = grade(JSON.stringify(fargateTd({}, { healthCheck: { command: ['/healthcheck'] } })), {
      lang: 'en',
    });
    const f = r.findings.find((x) => x.ruleId === 'taskdef/health-check-command');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('keep it');
    expect(r.accepted).toBe(true);
  });

  it('stays silent when a Ref decides the launch type or the network mode', () => {
    const tpl = `Parameters:
  Compat: { Type: String }
  Mode: { Type: String }
Resources:
  Td:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [!Ref Compat]
      NetworkMode: !Ref Mode
      ContainerDefinitions:
        - { Name: app, Image: 'nginx:1.27', ReadonlyRootFilesystem: true, HealthCheck: { Command: [CMD, /check] } }
  Svc:
    Type: AWS::ECS::Service
    Properties:
      TaskDefinition: !Ref Td
      LaunchType: FARGATE
      DeploymentConfiguration: { DeploymentCircuitBreaker: { Enable: true, Rollback: true } }
`;
    expect(errors(tpl)).toEqual([]);
  });

  it('names only the awslogs option that is missing', () => {
    const td = fargateTd(
      {},
      {
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1' },
        },
      },
    );
    const f = grade(JSON.stringify(td), { lang: 'en' }).findings.find(
      (x) => x.ruleId === 'taskdef/awslogs-options',
    );
    expect(f?.message).toContain('requires options: awslogs-stream-prefix.');
    expect(f?.message).not.toContain('awslogs-group');
  });
});
