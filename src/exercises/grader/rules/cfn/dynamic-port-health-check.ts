/** Rule cfn/dynamic-port-health-check: A target group in front of a dynamic host port (bridge, hostPort 0) health-checks traffic-port. */
import { lesson, rule } from '../define.ts';
import { dynamicPortTemplate, type RuleExamples } from '../example-docs.ts';

export default rule({
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
});

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
