/** Rule cfn/dynamic-port-health-check: A target group in front of a dynamic host port (bridge, hostPort 0) health-checks traffic-port. */
import { checkedRule, lesson } from '../define.ts';
import { dynamicPortTemplate, type RuleExamples } from '../example-docs.ts';
import { arr, get, isIntrinsic, isObj, ptr, show, str } from '../../value.ts';
import { refTarget } from './template.ts';
import type { ResourceCtx } from './context.ts';

const dynamicPortHealthCheck = checkedRule({
  area: 'cfn',
  id: 'cfn/dynamic-port-health-check',
  kinds: ['cfn'],
  severity: 'warning',
  lesson: lesson('06-alb', 'target-type-ip'),
  summary: {
    ja: '動的ホストポート（bridge で hostPort 0）のコンテナを受けるターゲットグループのヘルスチェックポートは traffic-port',
    en: 'A target group in front of a dynamic host port (bridge, hostPort 0) health-checks traffic-port',
  },
  messages: {
    default: {
      ja: 'ターゲットグループ {tg} のヘルスチェックポートが {port} 固定ですが、サービス {service} のコンテナ "{container}" は動的ホストポートです。タスクごとにポートが変わるので、ヘルスチェックは traffic-port にします（cfn-lint E3049 と同じ指摘）。',
      en: 'Target group {tg} health-checks fixed port {port}, but container "{container}" of service {service} uses a dynamic host port, which differs per task. Use traffic-port (as cfn-lint E3049 reports).',
    },
  },
  checks: { service: check },
});

/** The container port behind a load balancer is dynamic: bridge mode and hostPort 0 or missing. */
function dynamicHostPort(td: unknown, container: string, port: unknown): boolean {
  const mode = get(td, 'NetworkMode');
  if (mode !== undefined && mode !== 'bridge') return false;
  const c = arr(get(td, 'ContainerDefinitions')).find((x) => str(get(x, 'Name')) === container);
  return arr(get(c, 'PortMappings')).some((pm) => {
    const host = get(pm, 'HostPort');
    return show(get(pm, 'ContainerPort')) === show(port) && (host === undefined || show(host) === '0');
  });
}

/** Service → target group: reports a fixed health check port on a target group that receives dynamic host ports. */
function check({ id: serviceId, props, resources, r }: ResourceCtx): void {
  const tdId = refTarget(get(props, 'TaskDefinition'));
  const td = get(get(resources, tdId ?? ''), 'Properties');
  if (!isObj(td)) return;
  arr(get(props, 'LoadBalancers')).forEach((lb) => {
    const tgId = refTarget(get(lb, 'TargetGroupArn'));
    const tg = get(resources, tgId ?? '');
    if (str(get(tg, 'Type')) !== 'AWS::ElasticLoadBalancingV2::TargetGroup') return;
    const port = get(get(tg, 'Properties'), 'HealthCheckPort');
    if (port === undefined || port === 'traffic-port' || isIntrinsic(port)) return;
    const container = str(get(lb, 'ContainerName'));
    if (container === undefined || !dynamicHostPort(td, container, get(lb, 'ContainerPort'))) return;
    r.report(dynamicPortHealthCheck, ptr('/Resources', tgId ?? '', 'Properties', 'HealthCheckPort'), {
      tg: tgId ?? '',
      port: show(port),
      service: serviceId,
      container,
    });
  });
}

export default dynamicPortHealthCheck;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: dynamicPortTemplate('8080'),
        messageId: 'default',
        path: '/Resources/TargetGroup/Properties/HealthCheckPort',
        line: 12,
      },
    ],
    pass: [dynamicPortTemplate('traffic-port')],
  };
}
