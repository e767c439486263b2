/** Rule taskdef/container-image: Every container has an image. */
import { checkedRule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { CONTAINERS, TD } from './shared.ts';
import { get } from '../../value.ts';
import type { ContainerCtx } from './context.ts';

const containerImage = checkedRule({
  area: 'taskdef',
  id: 'taskdef/container-image',
  kinds: TD,
  severity: 'error',
  lesson: CONTAINERS,
  quotesAws: true,
  summary: { ja: '各コンテナに image がある', en: 'Every container has an image' },
  messages: {
    default: {
      ja: 'コンテナ "{name}" に image がありません（AWS: The container.image should not be null or empty）',
      en: 'The container.image should not be null or empty (container "{name}").',
    },
  },
  checks: { container: check },
});

/** Reports a container without an image. */
function check({ ctx, x }: ContainerCtx): void {
  const image = get(x.c, 'image');
  if (image === undefined || image === '') ctx.r.report(containerImage, x.p, { name: x.name ?? x.p });
}

export default containerImage;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: td({}, { image: '' }), messageId: 'default', path: '/containerDefinitions/0', line: 12 }],
    pass: [td()],
  };
}
