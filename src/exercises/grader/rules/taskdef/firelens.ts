/** Rule taskdef/firelens: awsfirelens needs a log router container (firelensConfiguration); on Fargate config-file-type is file. */
import { checkedRule, lesson } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { get, has, ptr, str } from '../../value.ts';
import type { ContainerCtx } from './context.ts';

const firelens = checkedRule({
  area: 'taskdef',
  id: 'taskdef/firelens',
  kinds: TD,
  severity: 'error',
  lesson: lesson('07-logging', 'firelens'),
  quotesAws: true,
  summary: {
    ja: 'awsfirelens を使うならログルーター（firelensConfiguration）コンテナがあり、Fargate では config-file-type が file',
    en: 'awsfirelens needs a log router container (firelensConfiguration); on Fargate config-file-type is file',
  },
  messages: {
    default: {
      ja: 'awsfirelens を使うには、同じタスクに firelensConfiguration を持つログルーターコンテナが必要です。',
      en: 'logDriver awsfirelens needs a log router container with firelensConfiguration in the same task.',
    },
    'fargate-s3-config': {
      ja: 'Fargate の config-file-type は file のみで、s3 は使えません（AWS: Invalid arn syntax.）',
      en: 'Invalid arn syntax. (Fargate supports only config-file-type file, not s3.)',
    },
  },
  checks: { logging: check },
});

/** Reports awsfirelens logging without a FireLens router, and an S3 config file on Fargate. */
function check({ ctx, x }: ContainerCtx): void {
  const driver = str(get(get(x.c, 'logConfiguration'), 'logDriver'));
  if (driver === 'awsfirelens' && !ctx.containers.some((y) => has(y.c, 'firelensConfiguration')))
    ctx.r.report(firelens, ptr(x.p, 'logConfiguration', 'logDriver'));
  const fl = get(x.c, 'firelensConfiguration');
  if (ctx.fargate && str(get(get(fl, 'options'), 'config-file-type')) === 's3')
    ctx.r.report(
      firelens,
      ptr(x.p, 'firelensConfiguration', 'options', 'config-file-type'),
      {},
      'fargate-s3-config',
    );
}

export default firelens;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({}, { logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'cloudwatch' } } }),
        messageId: 'default',
        path: '/containerDefinitions/0/logConfiguration/logDriver',
        line: 35,
      },
    ],
    pass: [td()],
  };
}
