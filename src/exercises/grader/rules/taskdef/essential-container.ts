/** Rule taskdef/essential-container: At least one container is essential. */
import { checkedRule, lesson } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { type TdCtx, isEssential } from './context.ts';

const essentialContainer = checkedRule({
  area: 'taskdef',
  id: 'taskdef/essential-container',
  kinds: TD,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'essential-containers'),
  quotesAws: true,
  summary: {
    ja: '必須（essential）コンテナが少なくとも1つある',
    en: 'At least one container is essential',
  },
  messages: {
    default: {
      ja: "必須コンテナがありません。essential は既定で true です（AWS: Task definition doesn't have any essential container.）",
      en: "Task definition doesn't have any essential container.",
    },
  },
  checks: { containers: check },
});

/** Reports a task whose containers are all non-essential. */
function check(ctx: TdCtx): void {
  if (ctx.containers.length > 0 && !ctx.containers.some((x) => isEssential(x.c)))
    ctx.r.report(essentialContainer, '/containerDefinitions');
}

export default essentialContainer;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      { src: td({}, { essential: false }), messageId: 'default', path: '/containerDefinitions', line: 11 },
    ],
    pass: [td()],
  };
}
