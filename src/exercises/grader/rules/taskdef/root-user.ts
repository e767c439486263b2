/** Rule taskdef/root-user: Containers do not run as root (in host mode a missing user counts as root, Security Hub ECS.1). */
import { rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { ANTI, TD } from './shared.ts';

export default rule({
  id: 'taskdef/root-user',
  kinds: TD,
  severity: 'warning',
  lesson: ANTI,
  summary: {
    ja: 'root ユーザーで動かさない（host モードでは user 未指定も root 扱い、Security Hub ECS.1）',
    en: 'Containers do not run as root (in host mode a missing user counts as root, Security Hub ECS.1)',
  },
  messages: {
    default: {
      ja: 'コンテナ "{name}" は root で動きます。1000:1000 のような一般ユーザーを user に指定してください。',
      en: 'Container "{name}" runs as root. Set user to a non-root user such as 1000:1000.',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      { src: td({}, { user: 'root' }), messageId: 'default', path: '/containerDefinitions/0/user', line: 22 },
    ],
    pass: [td()],
  };
}
