/** Rule taskdef/container-name: Container names exist, use letters, digits, _ and - (≤255), and are unique. */
import { checkedRule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { CONTAINERS, TD } from './shared.ts';
import { get, ptr } from '../../value.ts';
import type { ContainerCtx } from './context.ts';

const containerName = checkedRule({
  area: 'taskdef',
  id: 'taskdef/container-name',
  kinds: TD,
  severity: 'error',
  lesson: CONTAINERS,
  quotesAws: true,
  summary: {
    ja: 'コンテナ名があり、英数字・_・- の 255 文字以内で、重複しない',
    en: 'Container names exist, use letters, digits, _ and - (≤255), and are unique',
  },
  messages: {
    default: {
      ja: 'コンテナ名が不正です: {detail}（名前がないときの AWS のエラー: Container.name should not be null or empty.）',
      en: 'Invalid container name: {detail}. (A missing name gives: Container.name should not be null or empty.)',
    },
  },
  aws: {
    quote: 'Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
  },
  checks: { container: check },
});

/** Reports a container without a name, with a malformed name, or with a name an earlier container uses. */
function check({ ctx, x }: ContainerCtx): void {
  const rawName = get(x.c, 'name');
  if (rawName === undefined || rawName === '') {
    ctx.r.report(containerName, x.p, { detail: 'missing' });
    return;
  }
  if (typeof rawName !== 'string') return;
  if (!/^[A-Za-z0-9_-]{1,255}$/.test(rawName))
    ctx.r.report(containerName, ptr(x.p, 'name'), {
      detail: `"${rawName}" (letters, digits, _ and - only, ≤255)`,
    });
  if (ctx.containers.some((y) => y.i < x.i && get(y.c, 'name') === rawName))
    ctx.r.report(containerName, ptr(x.p, 'name'), { detail: `"${rawName}" is used twice` });
}

export default containerName;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({}, { name: 'my app' }),
        messageId: 'default',
        path: '/containerDefinitions/0/name',
        line: 13,
      },
    ],
    pass: [td()],
  };
}
