import { runsImage, serviceOf } from '../goal-helpers.ts';
import { IMG, serviceSetup, taskDefFile } from '../shared.ts';
import type { Lab } from '../types.ts';

/** Lab: a broken release caught by the circuit breaker and rolled back. */
export const circuitBreakerRollback: Lab = {
  id: 'circuit-breaker-rollback',
  lesson: '05-deployments',
  title: {
    ja: 'サーキットブレーカーで失敗デプロイを止める',
    en: 'A failing deployment caught by the circuit breaker',
  },
  brief: {
    ja: 'web-v2.json のイメージ（web:2.0-crash）は起動直後に終了します。サーキットブレーカーをロールバック付きで有効にしてからデプロイし、ECS が自動で web:1.0 に戻すことを確かめてください。',
    en: 'The image in web-v2.json (web:2.0-crash) exits right after it starts. Turn on the circuit breaker with rollback, deploy it, and see ECS return to web:1.0 by itself.',
  },
  files: { 'web.json': taskDefFile('web', IMG.web), 'web-v2.json': taskDefFile('web', IMG.crash) },
  setup: [
    'aws ecs create-cluster --cluster-name dojo',
    ...serviceSetup('web', 'web.json', 3),
    'dojo advance 3m',
  ],
  goals: [
    {
      id: 'breaker',
      text: {
        ja: 'サーキットブレーカーがロールバック付きで有効',
        en: 'The circuit breaker is on, with rollback',
      },
      check: (s) => {
        const cb = serviceOf(s, 'dojo', 'web')?.deploymentConfiguration.deploymentCircuitBreaker;
        return cb?.enable === true && cb.rollback;
      },
    },
    {
      id: 'rolled-back',
      text: {
        ja: 'web:2.0-crash のデプロイが失敗し、ロールバックが成功している（ROLLBACK_SUCCESSFUL）',
        en: 'The web:2.0-crash deployment failed and its rollback succeeded (ROLLBACK_SUCCESSFUL)',
      },
      check: (s) => {
        const svc = serviceOf(s, 'dojo', 'web');
        return (
          svc !== undefined &&
          [...svc.deployments, ...svc.history].some((d) => d.sdStatus === 'ROLLBACK_SUCCESSFUL')
        );
      },
    },
    {
      id: 'healthy',
      text: { ja: 'web:1.0 がタスク 3 つで安定している', en: 'web:1.0 runs steadily with three tasks' },
      check: (s) => runsImage(s, serviceOf(s, 'dojo', 'web'), IMG.web, 3),
    },
  ],
  hints: [
    {
      ja: '--deployment-configuration "deploymentCircuitBreaker={enable=true,rollback=true}" を --task-definition web:2 と一緒に指定できます。',
      en: 'You can pass --deployment-configuration "deploymentCircuitBreaker={enable=true,rollback=true}" together with --task-definition web:2.',
    },
    {
      ja: 'dojo advance 10m で時間を進め、describe-services の events と list-service-deployments を見てください。',
      en: 'Move time with dojo advance 10m, then read the events of describe-services and list-service-deployments.',
    },
    {
      ja: '停止したタスクは list-tasks --desired-status STOPPED で探し、describe-tasks で stoppedReason と exitCode を確かめます。',
      en: 'Find stopped tasks with list-tasks --desired-status STOPPED and read their stoppedReason and exitCode with describe-tasks.',
    },
  ],
  solution: [
    'aws ecs register-task-definition --cli-input-json file://web-v2.json',
    'aws ecs update-service --cluster dojo --service web --task-definition web:2 --deployment-configuration "deploymentCircuitBreaker={enable=true,rollback=true}"',
    'dojo advance 10m',
    'aws ecs list-service-deployments --cluster dojo --service web --query "serviceDeployments[].status"',
    'aws ecs wait services-stable --cluster dojo --services web',
  ],
};
