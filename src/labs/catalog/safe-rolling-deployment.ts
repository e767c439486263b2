import { runsImage, serviceOf } from '../goal-helpers.ts';
import { IMG, serviceSetup, taskDefFile } from '../shared.ts';
import type { Lab } from '../types.ts';

/** Lab: a rolling deployment that keeps full capacity and has a safety net. */
export const safeRollingDeployment: Lab = {
  id: 'safe-rolling-deployment',
  lesson: '05-deployments',
  title: { ja: '安全なローリングデプロイ', en: 'A safe rolling deployment' },
  brief: {
    ja: 'サービス web（タスク 4 つ）は minimumHealthyPercent 50 で、デプロイ中に容量が半分になります。容量を保ち、失敗時に自動でロールバックする設定にしてから、web-v2.json（web:1.1）をデプロイしてください。',
    en: 'The service web (four tasks) runs with minimumHealthyPercent 50, so a deployment halves its capacity. Keep full capacity, add an automatic rollback on failure, then deploy web-v2.json (web:1.1).',
  },
  files: { 'web.json': taskDefFile('web', IMG.web), 'web-v2.json': taskDefFile('web', IMG.webNext) },
  setup: [
    'aws ecs create-cluster --cluster-name dojo',
    ...serviceSetup(
      'web',
      'web.json',
      4,
      '--deployment-configuration minimumHealthyPercent=50,maximumPercent=100',
    ),
    'dojo advance 3m',
  ],
  goals: [
    {
      id: 'capacity',
      text: {
        ja: 'minimumHealthyPercent が 100、maximumPercent が 150 以上',
        en: 'minimumHealthyPercent is 100 and maximumPercent at least 150',
      },
      check: (s) => {
        const c = serviceOf(s, 'dojo', 'web')?.deploymentConfiguration;
        return c !== undefined && c.minimumHealthyPercent === 100 && c.maximumPercent >= 150;
      },
    },
    {
      id: 'breaker',
      text: {
        ja: 'デプロイサーキットブレーカーがロールバック付きで有効',
        en: 'The deployment circuit breaker is on, with rollback',
      },
      check: (s) => {
        const cb = serviceOf(s, 'dojo', 'web')?.deploymentConfiguration.deploymentCircuitBreaker;
        return cb?.enable === true && cb.rollback;
      },
    },
    {
      id: 'deployed',
      text: { ja: 'web:1.1 がタスク 4 つで安定している', en: 'web:1.1 runs steadily with four tasks' },
      check: (s) => runsImage(s, serviceOf(s, 'dojo', 'web'), IMG.webNext, 4),
    },
  ],
  hints: [
    {
      ja: 'デプロイ設定は update-service の --deployment-configuration で変えられます（短縮構文: minimumHealthyPercent=100,maximumPercent=200）。',
      en: 'Change the deployment settings with update-service --deployment-configuration (shorthand: minimumHealthyPercent=100,maximumPercent=200).',
    },
    {
      ja: 'サーキットブレーカーは deploymentCircuitBreaker={enable=true,rollback=true} です。',
      en: 'The circuit breaker is deploymentCircuitBreaker={enable=true,rollback=true}.',
    },
    {
      ja: '新しいリビジョンを登録し、--task-definition web:2 でデプロイします。',
      en: 'Register the new revision, then deploy it with --task-definition web:2.',
    },
  ],
  solution: [
    'aws ecs register-task-definition --cli-input-json file://web-v2.json',
    'aws ecs update-service --cluster dojo --service web --task-definition web:2 --deployment-configuration "minimumHealthyPercent=100,maximumPercent=200,deploymentCircuitBreaker={enable=true,rollback=true}"',
    'aws ecs wait services-stable --cluster dojo --services web',
  ],
};
