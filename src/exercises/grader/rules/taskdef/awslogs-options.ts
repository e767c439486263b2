/** Rule taskdef/awslogs-options: awslogs has awslogs-group and awslogs-region, and on Fargate awslogs-stream-prefix. */
import { checkedRule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { LOGGING, TD } from './shared.ts';
import { get, has, isObj, ptr, str } from '../../value.ts';
import type { ContainerCtx } from './context.ts';

const awslogsOptions = checkedRule({
  area: 'taskdef',
  id: 'taskdef/awslogs-options',
  kinds: TD,
  severity: 'error',
  lesson: LOGGING,
  quotesAws: true,
  summary: {
    ja: 'awslogs に awslogs-group と awslogs-region があり、Fargate では awslogs-stream-prefix もある',
    en: 'awslogs has awslogs-group and awslogs-region, and on Fargate awslogs-stream-prefix',
  },
  messages: {
    default: {
      ja: 'awslogs に必須のオプション {missing} がありません。',
      en: 'Log driver awslogs requires options: {missing}.',
    },
    'fargate-stream-prefix': {
      ja: 'awslogs に必須のオプション {missing} がありません。Fargate では awslogs-stream-prefix も必須です。',
      en: 'Log driver awslogs requires options: {missing}. On Fargate the stream prefix is required as well.',
    },
  },
  aws: {
    quote: 'Log driver awslogs requires options: awslogs-region, awslogs-group',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html',
  },
  checks: { logging: check },
});

/** Reports awslogs without its group or region (and on Fargate its stream prefix). */
function check({ ctx, x }: ContainerCtx): void {
  const lc = get(x.c, 'logConfiguration');
  if (str(get(lc, 'logDriver')) !== 'awslogs') return;
  const lp = ptr(x.p, 'logConfiguration');
  const opts = get(lc, 'options');
  const required = ['awslogs-group', 'awslogs-region', ...(ctx.fargate ? ['awslogs-stream-prefix'] : [])];
  const missing = isObj(opts) || opts === undefined ? required.filter((k) => !has(opts, k)) : [];
  if (missing.length === 0) return;
  const prefixOnly = missing.length === 1 && missing[0] === 'awslogs-stream-prefix';
  ctx.r.report(
    awslogsOptions,
    has(lc, 'options') ? ptr(lp, 'options') : lp,
    { missing: missing.join(', ') },
    prefixOnly ? 'fargate-stream-prefix' : 'default',
  );
}

export default awslogsOptions;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td(
          {},
          {
            logConfiguration: {
              logDriver: 'awslogs',
              options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'ap-northeast-1' },
            },
          },
        ),
        messageId: 'fargate-stream-prefix',
        path: '/containerDefinitions/0/logConfiguration/options',
        line: 36,
      },
    ],
    pass: [td()],
  };
}
