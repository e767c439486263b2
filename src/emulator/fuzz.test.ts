// 10,000 random command lines and API inputs: every one ends in output or an AWS-style error,
// never an exception, and the state stays consistent.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../sim/index.ts';
import { AwsServiceError, createEcsEmulator, EMULATED_OPERATIONS, type EcsEmulator } from './index.ts';
import { CLI_OPERATIONS } from './cli/run-command.ts';
import { NETWORK, webTaskDefinition } from './test-support/fixtures.ts';

const random = createRandom(20261206);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const WORDS = [
  'dojo',
  'web',
  'web:1',
  'web:99',
  '0',
  '3',
  '-1',
  '1e9',
  'abc',
  'true',
  'FARGATE',
  'FARGATE_SPOT',
  'EC2',
  'file://web.json',
  'file://nope.json',
  '{}',
  '[]',
  '{"a":1}',
  '[{"capacityProvider":"FARGATE","weight":1}]',
  `"${NETWORK}"`,
  'capacityProvider=FARGATE,weight=1,base=2',
  'a=[b,{c=d}',
  "'unterminated",
  '"x\\"y"',
  'minimumHealthyPercent=0,maximumPercent=400',
  'deploymentCircuitBreaker={enable=true,rollback=true}',
  'service/dojo/web',
  'ecs:service:DesiredCount',
  'cron(0 8 ? * MON-FRI *)',
  'rate(5 minutes)',
  'at(2026-12-01T01:00:00)',
  'MinCapacity=1,MaxCapacity=4',
  'TargetValue=50,PredefinedMetricSpecification={PredefinedMetricType=ECSServiceAverageCPUUtilization}',
  '\\',
  '#',
  '日本語',
];

function optionsOf(service: string, command: string): string[] {
  const generic = [
    '--cluster',
    '--service',
    '--services',
    '--desired-count',
    '--output',
    '--query',
    '--cli-input-json',
    '--generate-cli-skeleton',
    '--no-such-option',
  ];
  return service === 'ecs' && command === 'create-service'
    ? [
        ...generic,
        '--service-name',
        '--task-definition',
        '--launch-type',
        '--network-configuration',
        '--capacity-provider-strategy',
        '--deployment-configuration',
      ]
    : [
        ...generic,
        '--resource-id',
        '--scalable-dimension',
        '--service-namespace',
        '--min-capacity',
        '--max-capacity',
        '--schedule',
        '--task-definition',
        '--force-new-deployment',
        '--tasks',
      ];
}

const GOOD = [
  'aws ecs describe-services --cluster dojo --services web',
  'aws ecs list-tasks --cluster dojo',
  'aws ecs list-clusters --output text',
  'aws ecs update-service --cluster dojo --service web --desired-count 3',
  'aws ecs register-task-definition --cli-input-json file://web.json --query taskDefinition.revision',
  'aws ecs describe-task-definition --task-definition web --output yaml',
  'aws ecs list-service-deployments --cluster dojo --service web --output table',
];

const REFUSED = [
  'aws ecs describe-services --cluster nope --services web',
  'aws ecs delete-service --cluster dojo --service web',
  'aws ecs stop-task --cluster dojo --task abc',
  'aws ecs describe-task-definition --task-definition nope',
  `aws ecs create-service --cluster dojo --service-name web --task-definition web --launch-type FARGATE --network-configuration "${NETWORK}"`,
  'aws application-autoscaling put-scaling-policy --service-namespace ecs --resource-id service/dojo/none --scalable-dimension ecs:service:DesiredCount --policy-name p',
];

function randomLine(): string {
  const r = random();
  if (r < 0.15) return pick(GOOD);
  if (r < 0.25) return pick(REFUSED);
  if (r < 0.3) return pick(WORDS);
  if (r < 0.1)
    return `dojo ${pick(['advance', 'load', 'time', 'images', 'nope'])} ${pick(['30s', '5m', '-3', 'x', '--cluster dojo --service web --base 2'])}`;
  const service = random() < 0.8 ? 'ecs' : 'application-autoscaling';
  const commands = Object.keys(CLI_OPERATIONS[service] ?? {});
  const command = random() < 0.95 ? pick(commands) : 'no-such-command';
  const parts = ['aws', service, command];
  const n = Math.floor(random() * 6);
  for (let i = 0; i < n; i += 1) {
    parts.push(pick(optionsOf(service, command)));
    if (random() < 0.85) parts.push(pick(WORDS));
  }
  return parts.join(random() < 0.05 ? ' \\\n ' : ' ');
}

function randomValue(depth: number): unknown {
  const r = random();
  if (depth > 3 || r < 0.3)
    return pick(['web', 'dojo', 5, -1, 1.5, true, null, '', 'FARGATE', 'x'.repeat(50)]);
  if (r < 0.5) return [randomValue(depth + 1), randomValue(depth + 1)];
  const keys = [
    'cluster',
    'serviceName',
    'service',
    'services',
    'taskDefinition',
    'desiredCount',
    'family',
    'containerDefinitions',
    'clusterName',
    'tasks',
    'ResourceId',
    'ServiceNamespace',
    'ScalableDimension',
    'MinCapacity',
    'MaxCapacity',
    'PolicyName',
    'bogus',
  ];
  const out: Record<string, unknown> = {};
  for (let i = 0; i < 1 + Math.floor(random() * 4); i += 1) out[pick(keys)] = randomValue(depth + 1);
  return out;
}

function checkConsistent(e: EcsEmulator): void {
  const s = e.inspect();
  const text = JSON.stringify(s);
  expect(text).not.toMatch(/NaN|Infinity/);
  expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(structuredClone(s))));
  for (const svc of s.services) {
    expect(Number.isInteger(svc.desiredCount) && svc.desiredCount >= 0).toBe(true);
    if (svc.status === 'ACTIVE')
      expect(svc.deployments.filter((d) => d.status === 'PRIMARY')).toHaveLength(1);
    expect(s.clusters.some((c) => c.clusterArn === svc.clusterArn)).toBe(true);
  }
  for (const t of s.tasks) {
    expect(s.clusters.some((c) => c.clusterArn === t.clusterArn)).toBe(true);
    if (t.serviceName !== undefined)
      expect(s.services.some((x) => x.serviceName === t.serviceName && x.clusterArn === t.clusterArn)).toBe(
        true,
      );
  }
}

describe('fuzz', () => {
  it('survives 10,000 random command lines and API inputs', () => {
    const e = createEcsEmulator({ seed: 3 });
    e.files.write('web.json', JSON.stringify(webTaskDefinition()));
    e.run('aws ecs create-cluster --cluster-name dojo');
    e.run('aws ecs register-task-definition --cli-input-json file://web.json');
    e.run(
      `aws ecs create-service --cluster dojo --service-name web --task-definition web --desired-count 2 --launch-type FARGATE --network-configuration "${NETWORK}"`,
    );
    const codes = new Map<number, number>();
    const services = Object.keys(EMULATED_OPERATIONS) as (keyof typeof EMULATED_OPERATIONS)[];
    for (let i = 0; i < 10_000; i += 1) {
      if (random() < 0.6) {
        const line = randomLine();
        const r = e.run(line);
        codes.set(r.exitCode, (codes.get(r.exitCode) ?? 0) + 1);
        expect([0, 1, 2, 127, 252, 254, 255], line).toContain(r.exitCode);
        if (r.exitCode === 254)
          expect(r.stderr, line).toMatch(/^\nAn error occurred \(\w+\) when calling the \w+ operation: /);
        if (r.exitCode === 255) expect(r.stderr, line).toMatch(/^\nWaiter \w+ failed: /);
      } else {
        const service = pick(services);
        const op = pick(EMULATED_OPERATIONS[service]);
        try {
          e.call(service, op, randomValue(0) as Record<string, unknown>);
        } catch (err) {
          expect(err, `${service} ${op}`).toBeInstanceOf(AwsServiceError);
          expect((err as AwsServiceError).message.length).toBeGreaterThan(0);
        }
      }
      if (i % 500 === 0) {
        e.advance(Math.floor(random() * 600));
        checkConsistent(e);
      }
    }
    checkConsistent(e);
    // The mix reached successes, usage errors and service errors alike.
    expect(codes.get(0)).toBeGreaterThan(100);
    expect(codes.get(252)).toBeGreaterThan(100);
    expect(codes.get(254)).toBeGreaterThan(100);
  });
});
