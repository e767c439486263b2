import { isSteady, serviceOf } from '../goal-helpers.ts';
import { IMG, NETWORK, taskDefFile } from '../shared.ts';
import type { Lab } from '../types.ts';

/** Lab: a cluster, a task definition and a first Fargate service. */
export const firstFargateService: Lab = {
  id: 'first-fargate-service',
  lesson: '03-fargate-ec2',
  title: { ja: '初めての Fargate サービス', en: 'A first Fargate service' },
  brief: {
    ja: 'クラスター dojo を作り、web.json のタスク定義を登録して、Fargate でタスク 2 つのサービス web を起動してください。',
    en: 'Create the cluster dojo, register the task definition in web.json and run a service web with two tasks on Fargate.',
  },
  files: { 'web.json': taskDefFile('web', IMG.web) },
  setup: [],
  goals: [
    {
      id: 'cluster',
      text: { ja: 'クラスター dojo が ACTIVE', en: 'The cluster dojo is ACTIVE' },
      check: (s) => s.clusters.some((c) => c.clusterName === 'dojo' && c.status === 'ACTIVE'),
    },
    {
      id: 'task-definition',
      text: { ja: 'タスク定義 web が登録されている', en: 'The task definition web is registered' },
      check: (s) => s.taskDefinitions.some((t) => t.family === 'web' && t.status === 'ACTIVE'),
    },
    {
      id: 'service',
      text: {
        ja: 'サービス web がタスク 2 つで安定状態（steady state）になっている',
        en: 'The service web has reached a steady state with two tasks',
      },
      check: (s) => isSteady(s, serviceOf(s, 'dojo', 'web'), 2),
    },
  ],
  hints: [
    {
      ja: 'aws ecs create-cluster --cluster-name dojo から始めます。',
      en: 'Start with aws ecs create-cluster --cluster-name dojo.',
    },
    {
      ja: 'タスク定義はファイルから登録できます: --cli-input-json file://web.json',
      en: 'Register the task definition from the file: --cli-input-json file://web.json',
    },
    {
      ja: 'awsvpc のタスクには --network-configuration が必要です。起動を待つには aws ecs wait services-stable を使います。',
      en: 'awsvpc tasks need --network-configuration. To wait for the start, use aws ecs wait services-stable.',
    },
  ],
  solution: [
    'aws ecs create-cluster --cluster-name dojo',
    'aws ecs register-task-definition --cli-input-json file://web.json',
    `aws ecs create-service --cluster dojo --service-name web --task-definition web --desired-count 2 --launch-type FARGATE --network-configuration ${NETWORK}`,
    'dojo advance 2m',
    'aws ecs describe-services --cluster dojo --services web --query "services[0].events[0].message" --output text',
  ],
};
