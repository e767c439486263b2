/** Rule taskdef/writable-root-fs: Application containers set readonlyRootFilesystem to true (Security Hub ECS.5; log routers and agents are skipped). */
import { checkedRule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { ANTI, TD } from './shared.ts';
import { bool, get, has, ptr } from '../../value.ts';
import { type ContainerCtx, isSidecar } from './context.ts';

const writableRootFs = checkedRule({
  area: 'taskdef',
  id: 'taskdef/writable-root-fs',
  kinds: TD,
  severity: 'warning',
  lesson: ANTI,
  summary: {
    ja: 'アプリケーションコンテナの readonlyRootFilesystem を true にする（Security Hub ECS.5。ログルーターやエージェントは除く）',
    en: 'Application containers set readonlyRootFilesystem to true (Security Hub ECS.5; log routers and agents are skipped)',
  },
  messages: {
    default: {
      ja: 'コンテナ "{name}" のルートファイルシステムは書き込み可能です。readonlyRootFilesystem: true にし、書き込み先はボリュームにします。',
      en: 'Container "{name}" has a writable root file system. Set readonlyRootFilesystem to true and write to volumes.',
    },
  },
  checks: { practice: check },
});

/** Reports an application container (not a sidecar, not Windows) without a read-only root file system. */
function check({ ctx, x }: ContainerCtx): void {
  const { c, p } = x;
  // "This parameter is not supported for Windows containers." (ContainerDefinition API reference)
  if (!isSidecar(c) && !ctx.windows && bool(get(c, 'readonlyRootFilesystem')) !== true)
    ctx.r.report(writableRootFs, has(c, 'readonlyRootFilesystem') ? ptr(p, 'readonlyRootFilesystem') : p, {
      name: x.name ?? p,
    });
}

export default writableRootFs;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({}, { readonlyRootFilesystem: false }),
        messageId: 'default',
        path: '/containerDefinitions/0/readonlyRootFilesystem',
        line: 23,
      },
    ],
    pass: [td()],
  };
}
