/** Rule taskdef/root-user: Containers do not run as root (in host mode a missing user counts as root, Security Hub ECS.1). */
import { checkedRule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { ANTI, TD } from './shared.ts';
import { bool, get, has, ptr, str } from '../../value.ts';
import type { ContainerCtx } from './context.ts';

const rootUser = checkedRule({
  area: 'taskdef',
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
  checks: { practice: check },
});

/** Reports a container that runs as root: user root or 0, or no user in host network mode. */
function check({ ctx, x }: ContainerCtx): void {
  const { c, p } = x;
  const name = x.name ?? p;
  const user = str(get(c, 'user'));
  const root = user !== undefined && /^(root|0)(:.*)?$/.test(user);
  // AWS's FireLens examples run the log router as user 0; that is the router's documented setup.
  if (root && !has(c, 'firelensConfiguration')) ctx.r.report(rootUser, ptr(p, 'user'), { name });
  else if (user === undefined && ctx.networkMode === 'host' && bool(get(c, 'privileged')) !== true)
    ctx.r.report(rootUser, p, { name });
}

export default rootUser;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      { src: td({}, { user: 'root' }), messageId: 'default', path: '/containerDefinitions/0/user', line: 22 },
    ],
    pass: [td()],
  };
}
