import { isSteady, runningTasks, serviceOf } from '../goal-helpers.ts';
import { IMG, serviceSetup, taskDefFile } from '../shared.ts';
import type { Lab } from '../types.ts';

/** Lab: a capacity provider strategy with a Fargate base and Fargate Spot on top. */
export const fargateSpotStrategy: Lab = {
  id: 'fargate-spot-strategy',
  lesson: '03-fargate-ec2',
  title: {
    ja: 'Fargate と Fargate Spot を base 付きで混ぜる',
    en: 'A Fargate / Fargate Spot strategy with a base',
  },
  brief: {
    ja: 'サービス web（タスク 4 つ）は起動タイプ FARGATE だけで動いています。クラスターに FARGATE と FARGATE_SPOT を関連付け、最低 1 タスクは FARGATE に置き、残りの多くを FARGATE_SPOT に回す戦略に切り替えてください。',
    en: 'The service web (four tasks) runs on the FARGATE launch type only. Associate FARGATE and FARGATE_SPOT with the cluster and switch to a strategy that keeps at least one task on FARGATE and puts most of the rest on FARGATE_SPOT.',
  },
  files: { 'web.json': taskDefFile('web', IMG.web) },
  setup: [
    'aws ecs create-cluster --cluster-name dojo',
    ...serviceSetup('web', 'web.json', 4),
    'dojo advance 3m',
  ],
  goals: [
    {
      id: 'providers',
      text: {
        ja: 'クラスターに FARGATE と FARGATE_SPOT が関連付けられている',
        en: 'FARGATE and FARGATE_SPOT are associated with the cluster',
      },
      check: (s) => {
        const c = s.clusters.find((x) => x.clusterName === 'dojo');
        return (
          c !== undefined &&
          c.capacityProviders.includes('FARGATE') &&
          c.capacityProviders.includes('FARGATE_SPOT')
        );
      },
    },
    {
      id: 'strategy',
      text: {
        ja: 'サービスの戦略: FARGATE の base が 1 以上、FARGATE_SPOT の weight が FARGATE より大きい',
        en: 'The service strategy: FARGATE has a base of 1 or more, FARGATE_SPOT a larger weight than FARGATE',
      },
      check: (s) => {
        const st = serviceOf(s, 'dojo', 'web')?.capacityProviderStrategy ?? [];
        const fg = st.find((x) => x.capacityProvider === 'FARGATE');
        const spot = st.find((x) => x.capacityProvider === 'FARGATE_SPOT');
        return (
          fg !== undefined &&
          spot !== undefined &&
          (fg.base ?? 0) >= 1 &&
          (spot.weight ?? 0) > (fg.weight ?? 0)
        );
      },
    },
    {
      id: 'placed',
      text: {
        ja: '安定状態で、FARGATE と FARGATE_SPOT の両方にタスクがある',
        en: 'Steady, with tasks on both FARGATE and FARGATE_SPOT',
      },
      check: (s) => {
        const svc = serviceOf(s, 'dojo', 'web');
        if (svc === undefined || !isSteady(s, svc, 4)) return false;
        const names = runningTasks(s, svc).map((t) => t.capacityProviderName);
        return names.includes('FARGATE') && names.includes('FARGATE_SPOT');
      },
    },
  ],
  hints: [
    {
      ja: 'aws ecs put-cluster-capacity-providers --capacity-providers FARGATE FARGATE_SPOT には --default-capacity-provider-strategy も必要です。',
      en: 'aws ecs put-cluster-capacity-providers --capacity-providers FARGATE FARGATE_SPOT also needs --default-capacity-provider-strategy.',
    },
    {
      ja: '戦略は 1 項目ずつ書きます: --capacity-provider-strategy capacityProvider=FARGATE,base=1,weight=1 capacityProvider=FARGATE_SPOT,weight=3',
      en: 'Write the strategy one item per word: --capacity-provider-strategy capacityProvider=FARGATE,base=1,weight=1 capacityProvider=FARGATE_SPOT,weight=3',
    },
    {
      ja: '起動タイプから戦略への切り替えは新しいデプロイになります（--force-new-deployment）。',
      en: 'Switching from a launch type to a strategy is a new deployment (--force-new-deployment).',
    },
  ],
  solution: [
    'aws ecs put-cluster-capacity-providers --cluster dojo --capacity-providers FARGATE FARGATE_SPOT --default-capacity-provider-strategy capacityProvider=FARGATE,base=1,weight=1',
    'aws ecs update-service --cluster dojo --service web --capacity-provider-strategy capacityProvider=FARGATE,base=1,weight=1 capacityProvider=FARGATE_SPOT,weight=3 --force-new-deployment',
    'aws ecs wait services-stable --cluster dojo --services web',
    'aws ecs describe-services --cluster dojo --services web --query "services[0].capacityProviderStrategy" --output table',
  ],
};
