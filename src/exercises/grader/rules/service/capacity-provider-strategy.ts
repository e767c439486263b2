/** Rule service/capacity-provider-strategy: At most 20 items, only one base, not every weight 0, no Fargate and ASG providers mixed, no provider twice. */
import { FIRST_ERROR_NOTE, rule } from '../define.ts';
import { svc, type RuleExamples } from '../example-docs.ts';
import { STRATEGY } from './shared.ts';

export default rule({
  id: 'service/capacity-provider-strategy',
  kinds: ['service', 'run-task', 'capacity-provider-strategy', 'cfn'],
  severity: 'error',
  lesson: STRATEGY,
  summary: {
    ja: '戦略は 20 項目以内、base は1項目だけ、weight がすべて 0 でない、Fargate と ASG プロバイダーを混ぜない、同じプロバイダーを重複させない',
    en: 'At most 20 items, only one base, not every weight 0, no Fargate and ASG providers mixed, no provider twice',
  },
  messages: { default: { ja: '{detailJa}', en: '{detail}' } },
  note: FIRST_ERROR_NOTE,
  aws: {
    quote: 'Only one capacity provider in a capacity provider strategy can have a base defined.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html',
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: svc({
          launchType: undefined,
          capacityProviderStrategy: [
            { capacityProvider: 'FARGATE', base: 1 },
            { capacityProvider: 'FARGATE_SPOT', base: 1 },
          ],
        }),
        messageId: 'default',
        path: '/capacityProviderStrategy',
        line: 25,
      },
    ],
    pass: [
      svc({
        launchType: undefined,
        capacityProviderStrategy: [
          { capacityProvider: 'FARGATE', base: 1, weight: 1 },
          { capacityProvider: 'FARGATE_SPOT', weight: 3 },
        ],
      }),
    ],
  };
}
