/**
 * Lint benchmark: `ecs-dojo lint` over a folder of 1,000 files shaped like a typical repository
 * (task definitions, services, scaling inputs, CloudFormation templates, and non-ECS JSON/YAML that
 * is skipped), as a separate process pinned to one core where `taskset` exists. Budget: 5 s.
 *   node scripts/bench-lint.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LIMIT_MS = 5000;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function taskdef(i: number): object {
  return {
    family: `app-${i}`,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '512',
    memory: '1024',
    executionRoleArn: 'ecsTaskExecutionRole',
    containerDefinitions: [
      {
        name: 'app',
        image: `123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app-${i}:1.${i}.0`,
        essential: true,
        portMappings: [{ containerPort: 8080 }],
        environment: [{ name: 'LOG_LEVEL', value: 'info' }],
        secrets: [
          { name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:db' },
        ],
        logConfiguration: {
          logDriver: 'awslogs',
          options: {
            'awslogs-group': `/ecs/app-${i}`,
            'awslogs-region': 'ap-northeast-1',
            'awslogs-stream-prefix': 'app',
          },
        },
      },
      {
        name: 'log_router',
        image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable',
        essential: true,
        firelensConfiguration: { type: 'fluentbit' },
      },
    ],
  };
}

const service = (i: number): object => ({
  cluster: 'prod',
  serviceName: `app-${i}`,
  taskDefinition: `app-${i}`,
  desiredCount: 2,
  launchType: 'FARGATE',
  networkConfiguration: {
    awsvpcConfiguration: {
      subnets: ['subnet-0a1b2c3d'],
      securityGroups: ['sg-0a1b2c3d'],
      assignPublicIp: 'DISABLED',
    },
  },
  deploymentConfiguration: {
    deploymentCircuitBreaker: { enable: true, rollback: true },
    minimumHealthyPercent: 100,
    maximumPercent: 200,
  },
});

const template = (i: number): string => `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  ImageTag:
    Type: String
Resources:
  LogGroup:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: /ecs/stack-${i}
      RetentionInDays: 30
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: stack-${i}
      Cpu: '256'
      Memory: '512'
      NetworkMode: awsvpc
      RequiresCompatibilities: [FARGATE]
      ExecutionRoleArn: !Sub arn:aws:iam::\${AWS::AccountId}:role/ecsTaskExecutionRole
      ContainerDefinitions:
        - Name: web
          Image: !Sub 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/web:\${ImageTag}
          Essential: true
          LogConfiguration:
            LogDriver: awslogs
            Options:
              awslogs-group: !Ref LogGroup
              awslogs-region: !Ref AWS::Region
              awslogs-stream-prefix: web
`;

function makeRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ecs-dojo-bench-'));
  const put = (rel: string, text: string): void => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  for (let i = 0; i < 1000; i++) {
    const bucket = i % 10;
    if (bucket < 5) put(`services/app-${i}/task-definition.json`, JSON.stringify(taskdef(i), null, 2));
    else if (bucket < 7) put(`services/app-${i}/service.json`, JSON.stringify(service(i), null, 2));
    else if (bucket < 9) put(`infra/stack-${i}.yaml`, template(i));
    else put(`config/settings-${i}.json`, JSON.stringify({ name: `x${i}`, enabled: true, list: [1, 2, 3] }));
  }
  return dir;
}

const dir = makeRepo();
// The child reports its own CPU time on exit, so a busy machine (wall time) does not decide the verdict.
const preload = join(dir, 'cpu-usage.cjs');
writeFileSync(
  preload,
  "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('\\nCPU_MS ' + (u.user + u.system) / 1000 + '\\n'); });\n",
);
const hasTaskset = spawnSync('taskset', ['--version']).status === 0;
const cmd = hasTaskset ? 'taskset' : process.execPath;
const args = [
  ...(hasTaskset ? ['-c', '0', process.execPath] : []),
  '--require',
  preload,
  join(root, 'bin/ecs-dojo.js'),
  'lint',
  '--format',
  'json',
  '.',
];
const times: number[] = [];
const cpu: number[] = [];
let files = 0;
for (let run = 0; run < 3; run++) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  times.push(performance.now() - t);
  cpu.push(Number(/CPU_MS ([\d.]+)/.exec(r.stderr)?.[1] ?? NaN));
  files = (JSON.parse(r.stdout) as { files: unknown[] }).files.length;
}
if (!process.env['KEEP']) rmSync(dir, { recursive: true, force: true });
const mid = (xs: number[]): number => [...xs].sort((a, b) => a - b)[1] ?? NaN;
const cpuMs = mid(cpu);
console.log(
  `lint 1,000 files (${files} ECS inputs, the rest skipped)${hasTaskset ? ' on one core' : ''}: ` +
    `CPU ${cpuMs.toFixed(0)} ms, wall ${mid(times).toFixed(0)} ms (median of 3; budget ${LIMIT_MS} ms of CPU)`,
);
if (!(cpuMs <= LIMIT_MS)) process.exit(1);
