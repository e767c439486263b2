import { runsImage, serviceOf } from '../goal-helpers.ts';
import { IMG, serviceSetup, taskDefFile } from '../shared.ts';
import type { Lab } from '../types.ts';

/** Lab: a deployment stuck at minimumHealthyPercent 100 / maximumPercent 100. */
export const stuckDeployment: Lab = {
  id: 'stuck-deployment',
  lesson: '05-deployments',
  title: { ja: '100 % / 100 % で止まったデプロイ', en: 'A deployment stuck at 100 % / 100 %' },
  brief: {
    ja: 'サービス web への web:1.1 のデプロイが進みません。events を読んで理由を確かめ、容量を下げずにデプロイを完了させてください。',
    en: 'The deployment of web:1.1 to the service web does not move. Read the events to see why, then finish the deployment without lowering capacity.',
  },
  files: { 'web.json': taskDefFile('web', IMG.web), 'web-v2.json': taskDefFile('web', IMG.webNext) },
  setup: [
    'aws ecs create-cluster --cluster-name dojo',
    ...serviceSetup(
      'web',
      'web.json',
      3,
      '--deployment-configuration minimumHealthyPercent=100,maximumPercent=100',
    ),
    'dojo advance 3m',
    'aws ecs register-task-definition --cli-input-json file://web-v2.json',
    'aws ecs update-service --cluster dojo --service web --task-definition web:2',
    'dojo advance 2m',
  ],
  goals: [
    {
      id: 'capacity',
      text: { ja: 'minimumHealthyPercent は 100 のまま', en: 'minimumHealthyPercent stays at 100' },
      check: (s) => serviceOf(s, 'dojo', 'web')?.deploymentConfiguration.minimumHealthyPercent === 100,
    },
    {
      id: 'deployed',
      text: { ja: 'web:1.1 がタスク 3 つで安定している', en: 'web:1.1 runs steadily with three tasks' },
      check: (s) => runsImage(s, serviceOf(s, 'dojo', 'web'), IMG.webNext, 3),
    },
  ],
  hints: [
    {
      ja: 'aws ecs describe-services --cluster dojo --services web --query "services[0].events[0].message" で最新のイベントを読みます。',
      en: 'Read the latest event with aws ecs describe-services --cluster dojo --services web --query "services[0].events[0].message".',
    },
    {
      ja: '100 % / 100 % では、古いタスクを止めることも新しいタスクを足すこともできません。',
      en: 'At 100 % / 100 % ECS can neither stop an old task nor add a new one.',
    },
    {
      ja: 'maximumPercent を上げれば、先に新しいタスクを起動できます。',
      en: 'Raising maximumPercent lets ECS start new tasks first.',
    },
  ],
  solution: [
    'aws ecs describe-services --cluster dojo --services web --query "services[0].events[0].message" --output text',
    'aws ecs update-service --cluster dojo --service web --deployment-configuration maximumPercent=200,minimumHealthyPercent=100',
    'aws ecs wait services-stable --cluster dojo --services web',
  ],
};
