/** Rule service/circuit-breaker: Rolling deployments use the circuit breaker (with rollback) or CloudWatch alarms. */
import { checkedRule, lesson } from '../define.ts';
import { svc, type RuleExamples } from '../example-docs.ts';
import { bool, get, has } from '../../value.ts';
import type { DeploymentCtx } from './context.ts';

const circuitBreaker = checkedRule({
  area: 'service',
  id: 'service/circuit-breaker',
  kinds: ['service', 'deployment-configuration', 'cfn'],
  severity: 'warning',
  lesson: lesson('05-deployments', 'circuit-breaker'),
  summary: {
    ja: 'ローリング更新でサーキットブレーカー（rollback 付き）か CloudWatch アラームを使う',
    en: 'Rolling deployments use the circuit breaker (with rollback) or CloudWatch alarms',
  },
  messages: {
    default: {
      ja: 'サーキットブレーカーもアラームもありません。壊れたリリースが失敗するタスクを起動し続けます。deploymentCircuitBreaker を rollback: true で有効にしてください。',
      en: 'No deployment circuit breaker or alarms: a broken release keeps retrying failed tasks. Enable deploymentCircuitBreaker with rollback: true.',
    },
    'no-rollback': {
      ja: 'rollback が false なので、失敗したデプロイは止まりますが失敗したリビジョンのまま残ります。',
      en: 'The circuit breaker stops a failed deployment but, with rollback false, leaves the service on the failed revision.',
    },
  },
  checks: { deployment: check },
});

/** Reports an ECS-controlled service with neither circuit breaker nor alarms, or a breaker without rollback. */
function check({ d, r }: DeploymentCtx): void {
  if (d.controller !== 'ECS') return;
  const cb = get(d.dc, 'deploymentCircuitBreaker');
  const alarmsOn = bool(get(get(d.dc, 'alarms'), 'enable')) === true;
  if (bool(get(cb, 'enable')) !== true && !alarmsOn) {
    r.report(
      circuitBreaker,
      has(d.dc, 'deploymentCircuitBreaker') ? '/deploymentConfiguration/deploymentCircuitBreaker' : '',
    );
  } else if (bool(get(cb, 'enable')) === true && bool(get(cb, 'rollback')) === false) {
    r.report(circuitBreaker, '/deploymentConfiguration/deploymentCircuitBreaker/rollback', {}, 'no-rollback');
  }
}

export default circuitBreaker;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      { src: svc({}, { deploymentCircuitBreaker: undefined }), messageId: 'default', path: '', line: 1 },
    ],
    pass: [svc()],
  };
}
