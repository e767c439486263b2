import { runsImage, serviceOf } from '../goal-helpers.ts';
import { IMG, serviceSetup, taskDefFile } from '../shared.ts';
import type { Lab } from '../types.ts';

/** Lab: an ECS-native blue/green deployment with a bake time. */
export const blueGreenBake: Lab = {
  id: 'blue-green-bake',
  lesson: '05-deployments',
  title: { ja: 'ECS ネイティブのブルー/グリーンとベイク時間', en: 'ECS-native blue/green with a bake time' },
  brief: {
    ja: 'サービス web をローリングからブルー/グリーン（strategy BLUE_GREEN）に変え、ベイク時間を 5 分以上にしてから web-v2.json（web:1.1）をデプロイしてください。グリーンが揃っても、ベイク時間が終わるまでブルーが残ることを確かめます。',
    en: 'Switch the service web from rolling to blue/green (strategy BLUE_GREEN) with a bake time of at least 5 minutes, then deploy web-v2.json (web:1.1). Check that blue stays until the bake time is over, even once green is complete.',
  },
  files: { 'web.json': taskDefFile('web', IMG.web), 'web-v2.json': taskDefFile('web', IMG.webNext) },
  setup: [
    'aws ecs create-cluster --cluster-name dojo',
    ...serviceSetup('web', 'web.json', 3),
    'dojo advance 3m',
  ],
  goals: [
    {
      id: 'strategy',
      text: {
        ja: 'strategy が BLUE_GREEN、bakeTimeInMinutes が 5 以上',
        en: 'strategy is BLUE_GREEN and bakeTimeInMinutes at least 5',
      },
      check: (s) => {
        const c = serviceOf(s, 'dojo', 'web')?.deploymentConfiguration;
        return c?.strategy === 'BLUE_GREEN' && c.bakeTimeInMinutes >= 5;
      },
    },
    {
      id: 'baked',
      text: {
        ja: 'web:1.1 のデプロイがベイク時間を経て完了し、タスク 3 つで安定している',
        en: 'The web:1.1 deployment completed after its bake time and runs steadily with three tasks',
      },
      check: (s) => {
        const svc = serviceOf(s, 'dojo', 'web');
        const d = svc?.deployments[0];
        return (
          runsImage(s, svc, IMG.webNext, 3) &&
          d?.bakeStartedAt !== undefined &&
          d.finishedAt !== undefined &&
          d.finishedAt - d.bakeStartedAt >= 5 * 60_000
        );
      },
    },
  ],
  hints: [
    {
      ja: '--deployment-configuration "strategy=BLUE_GREEN,bakeTimeInMinutes=5" を --task-definition web:2 と一緒に指定します。',
      en: 'Pass --deployment-configuration "strategy=BLUE_GREEN,bakeTimeInMinutes=5" together with --task-definition web:2.',
    },
    {
      ja: '実際の AWS では、ブルー/グリーンに ALB（本番と代替のターゲットグループ、リスナールール、ロール）か Service Connect が必要です。サンドボックスはトラフィックを模擬しません。',
      en: 'On real AWS, blue/green needs an ALB (production and alternate target groups, listener rules and a role) or Service Connect. The sandbox does not model the traffic.',
    },
    {
      ja: 'dojo advance 3m で describe-services を見ると、グリーンが揃ってもブルーのタスクが残っています。',
      en: 'After dojo advance 3m, describe-services shows the blue tasks still there although green is complete.',
    },
  ],
  solution: [
    'aws ecs register-task-definition --cli-input-json file://web-v2.json',
    'aws ecs update-service --cluster dojo --service web --task-definition web:2 --deployment-configuration "strategy=BLUE_GREEN,bakeTimeInMinutes=5"',
    'dojo advance 3m',
    'aws ecs describe-services --cluster dojo --services web --query "services[0].deployments[].[status,runningCount,rolloutState]" --output text',
    'aws ecs wait services-stable --cluster dojo --services web',
  ],
};
