/** Rule taskdef/fargate-log-driver: Fargate log drivers are awslogs, splunk and awsfirelens. */
import { checkedRule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { LOGGING, TD } from './shared.ts';
import { get, ptr, str } from '../../value.ts';
import type { ContainerCtx } from './context.ts';

const fargateLogDriver = checkedRule({
  area: 'taskdef',
  id: 'taskdef/fargate-log-driver',
  kinds: TD,
  severity: 'error',
  lesson: LOGGING,
  summary: {
    ja: 'Fargate のログドライバーは awslogs・splunk・awsfirelens',
    en: 'Fargate log drivers are awslogs, splunk and awsfirelens',
  },
  messages: {
    default: {
      ja: 'Fargate ではログドライバー "{driver}" を使えません。awslogs・splunk・awsfirelens のいずれかにします。',
      en: 'Log driver "{driver}" is not supported on Fargate; use awslogs, splunk or awsfirelens.',
    },
  },
  aws: {
    quote: 'For tasks on Fargate, the supported log drivers are awslogs, splunk, and awsfirelens.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html',
  },
  checks: { logging: check },
});

/** Reports a log driver Fargate does not support. */
function check({ ctx, x }: ContainerCtx): void {
  const driver = str(get(get(x.c, 'logConfiguration'), 'logDriver'));
  if (driver && ctx.fargate && !['awslogs', 'splunk', 'awsfirelens'].includes(driver))
    ctx.r.report(fargateLogDriver, ptr(x.p, 'logConfiguration', 'logDriver'), { driver });
}

export default fargateLogDriver;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({}, { logConfiguration: { logDriver: 'json-file' } }),
        messageId: 'default',
        path: '/containerDefinitions/0/logConfiguration/logDriver',
        line: 35,
      },
    ],
    pass: [td()],
  };
}
