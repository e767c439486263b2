/** Rule scaling/resource-id: ResourceId is service/<cluster>/<service>. */
import { checkedRule } from '../define.ts';
import { json, scalingTarget, type RuleExamples } from '../example-docs.ts';
import { ALL, SCALING } from './shared.ts';
import { get, str } from '../../value.ts';
import type { ScalingCtx } from './context.ts';

const resourceId = checkedRule({
  area: 'scaling',
  id: 'scaling/resource-id',
  kinds: ALL,
  severity: 'error',
  lesson: SCALING,
  summary: {
    ja: 'ResourceId が service/<クラスター>/<サービス> の形',
    en: 'ResourceId is service/<cluster>/<service>',
  },
  messages: {
    default: {
      ja: 'ResourceId "{value}" は service/<クラスター名>/<サービス名> の形にします。',
      en: 'ResourceId "{value}" must be service/<cluster-name>/<service-name>.',
    },
  },
  aws: {
    quote:
      'ECS service - The resource type is service and the unique identifier is the cluster name and service name. Example: service/my-cluster/my-service.',
    source:
      'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html',
  },
  checks: { resourceId: check },
});

const RESOURCE_ID = /^service\/[A-Za-z0-9_-]{1,255}\/[A-Za-z0-9_-]{1,255}$/;

/** Reports a ResourceId string that is not service/<cluster>/<service>. */
function check({ o, r }: ScalingCtx): void {
  const id = str(get(o, 'ResourceId'));
  if (id !== undefined && !RESOURCE_ID.test(id)) r.report(resourceId, '/ResourceId', { value: id });
}

export default resourceId;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json(scalingTarget({ ResourceId: 'prod/web' })),
        messageId: 'default',
        path: '/ResourceId',
        line: 3,
      },
    ],
    pass: [json(scalingTarget())],
  };
}
