/** Rule taskdef/efs-transit-encryption: EFS volumes use encryption in transit (transitEncryption ENABLED; Security Hub ECS.18). */
import { checkedRule, lesson } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { arr, get, has, ptr, str } from '../../value.ts';
import type { TdCtx } from './context.ts';

const efsTransitEncryption = checkedRule({
  area: 'taskdef',
  id: 'taskdef/efs-transit-encryption',
  kinds: TD,
  severity: 'warning',
  lesson: lesson('02-task-definitions', 'task-definition-structure'),
  summary: {
    ja: 'EFS ボリュームで転送中の暗号化（transitEncryption: ENABLED）を使う（Security Hub ECS.18）',
    en: 'EFS volumes use encryption in transit (transitEncryption ENABLED; Security Hub ECS.18)',
  },
  messages: {
    default: {
      ja: 'EFS ボリューム "{name}" は転送中の暗号化が無効です。タスクと EFS の間のデータが暗号化されません。efsVolumeConfiguration.transitEncryption を ENABLED にしてください。',
      en: 'EFS volume "{name}" does not encrypt data in transit between the task and EFS. Set efsVolumeConfiguration.transitEncryption to ENABLED.',
    },
  },
  aws: {
    quote:
      'The rule is NON_COMPLIANT if an ECS Task Definition contains an EFS volume without transit encryption enabled.',
    source:
      'https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-efs-encryption-enabled.html',
  },
  checks: { taskPractice: check },
});

/** Reports each EFS volume whose transit encryption is not ENABLED (intrinsic values are left alone). */
function check(ctx: TdCtx): void {
  arr(get(ctx.td, 'volumes')).forEach((v, i) => {
    const efs = get(v, 'efsVolumeConfiguration');
    if (efs === undefined || str(get(efs, 'transitEncryption')) === 'ENABLED') return;
    if (has(efs, 'transitEncryption') && str(get(efs, 'transitEncryption')) === undefined) return;
    const at = has(efs, 'transitEncryption')
      ? ptr('/volumes', i, 'efsVolumeConfiguration', 'transitEncryption')
      : ptr('/volumes', i, 'efsVolumeConfiguration');
    ctx.r.report(efsTransitEncryption, at, { name: str(get(v, 'name')) ?? String(i) });
  });
}

export default efsTransitEncryption;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({
          volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0' } }],
        }),
        messageId: 'default',
        path: '/volumes/0/efsVolumeConfiguration',
        line: 47,
      },
    ],
    pass: [
      td({
        volumes: [
          {
            name: 'data',
            efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0', transitEncryption: 'ENABLED' },
          },
        ],
      }),
    ],
  };
}
