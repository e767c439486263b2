/** Rule service/managed-instances-launch-type: ECS Managed Instances is reached through a capacity provider strategy, not launchType. */
import { checkedRule } from '../define.ts';
import { svc, type RuleExamples } from '../example-docs.ts';
import { STRATEGY, SVC_TASK } from './shared.ts';
import { get, str } from '../../value.ts';
import type { ServiceCtx } from './context.ts';

const managedInstancesLaunchType = checkedRule({
  area: 'service',
  id: 'service/managed-instances-launch-type',
  kinds: SVC_TASK,
  severity: 'error',
  lesson: STRATEGY,
  summary: {
    ja: 'ECS Managed Instances は launchType ではなくキャパシティプロバイダー戦略で指定する',
    en: 'ECS Managed Instances is chosen with a capacity provider strategy, not launchType',
  },
  messages: {
    default: {
      ja: 'launchType に MANAGED_INSTANCES は指定できません。launchType を外し、Managed Instances のキャパシティプロバイダーを capacityProviderStrategy に書きます。',
      en: 'launchType cannot be MANAGED_INSTANCES. Remove launchType and name your Managed Instances capacity provider in capacityProviderStrategy.',
    },
  },
  note: {
    ja: 'MANAGED_INSTANCES は API モデルの LaunchType 列挙に含まれます（この列挙は Task や Service など出力の形でも使われます）。しかし CreateService と RunTask の説明は、Managed Instances を使うなら launchType を省きキャパシティプロバイダー戦略を使うよう求めています。',
    en: "MANAGED_INSTANCES is a value of the API model's LaunchType enum (output shapes such as Task and Service use the same enum), but the CreateService and RunTask documentation requires omitting launchType and using a capacity provider strategy for Managed Instances.",
  },
  aws: {
    quote:
      'If you want to use Amazon ECS Managed Instances, you must use the capacityProviderStrategy request parameter and omit the launchType request parameter.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html',
  },
  checks: { launch: check },
});

/** Reports a service or run-task input whose launchType is MANAGED_INSTANCES. */
function check({ svc, r }: ServiceCtx): void {
  if (str(get(svc, 'launchType')) === 'MANAGED_INSTANCES')
    r.report(managedInstancesLaunchType, '/launchType');
}

export default managedInstancesLaunchType;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: svc({ launchType: 'MANAGED_INSTANCES' }),
        messageId: 'default',
        path: '/launchType',
        line: 6,
      },
    ],
    pass: [
      svc({
        launchType: undefined,
        capacityProviderStrategy: [{ capacityProvider: 'mi-provider', weight: 1 }],
      }),
    ],
  };
}
