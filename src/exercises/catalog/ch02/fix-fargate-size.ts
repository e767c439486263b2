import { isFargateSize, parseTaskCpu, parseTaskMemory } from '../../../aws/index.ts';
import { awslogs, EXECUTION_ROLE, httpHealthCheck, json, section, ACCOUNT, REGION } from '../helpers.ts';
import { at } from '../query.ts';
import type { Exercise } from '../types.ts';

/** Exercise: Fix a Fargate size AWS refuses. */
export const fixFargateSize: Exercise = {
  id: 'fix-fargate-size',
  chapter: '02-task-definitions',
  lesson: section('02-task-definitions', 'fargate-sizes'),
  title: { ja: 'AWS が受け付けない Fargate サイズを直す', en: 'Fix a Fargate size AWS refuses' },
  instructions: {
    ja: 'このタスク定義は登録時に拒否されます。CPU は 1 vCPU のまま、Fargate が受け付けるメモリに直してください。アプリは 2 GiB 以上のメモリを必要とします。',
    en: 'AWS refuses to register this task definition. Keep 1 vCPU and change the memory to one Fargate accepts. The app needs at least 2 GiB of memory.',
  },
  language: 'json',
  kind: 'taskdef',
  difficulty: 'beginner',
  minutes: 5,
  starter: json({
    family: 'reports',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '1024',
    memory: '1024',
    executionRoleArn: EXECUTION_ROLE,
    containerDefinitions: [
      {
        name: 'reports',
        image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/reports:2.0.1`,
        essential: true,
        memory: 1536,
        healthCheck: httpHealthCheck(8080),
        logConfiguration: awslogs('/ecs/reports', 'reports'),
      },
    ],
  }),
  solution: json({
    family: 'reports',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '1024',
    memory: '2048',
    executionRoleArn: EXECUTION_ROLE,
    containerDefinitions: [
      {
        name: 'reports',
        image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/reports:2.0.1`,
        essential: true,
        memory: 1536,
        healthCheck: httpHealthCheck(8080),
        logConfiguration: awslogs('/ecs/reports', 'reports'),
      },
    ],
  }),
  goals: [
    {
      id: 'cpu',
      text: { ja: 'タスクの CPU は 1 vCPU（1024）のまま', en: 'Task CPU stays at 1 vCPU (1024)' },
      lesson: section('02-task-definitions', 'fargate-sizes'),
      check: (doc) => parseTaskCpu(at(doc, 'cpu')) === 1024,
    },
    {
      id: 'memory',
      text: {
        ja: 'タスクのメモリは 2 GiB 以上で、1 vCPU と組み合わせられる値',
        en: 'Task memory is at least 2 GiB and a valid pair with 1 vCPU',
      },
      lesson: section('02-task-definitions', 'fargate-sizes'),
      check: (doc) => {
        const memory = parseTaskMemory(at(doc, 'memory'));
        return memory !== undefined && memory >= 2048 && isFargateSize(1024, memory);
      },
    },
  ],
  hints: [
    {
      ja: 'Fargate の CPU とメモリは決まった組み合わせからしか選べません。1 vCPU なら 2〜8 GiB です。',
      en: 'Fargate takes only fixed CPU and memory pairs. With 1 vCPU, memory is 2 to 8 GiB.',
    },
    {
      ja: 'メモリは MiB 単位の文字列で書きます。2 GiB は `"2048"` です。',
      en: 'Memory is a string in MiB: 2 GiB is `"2048"`.',
    },
  ],
};
