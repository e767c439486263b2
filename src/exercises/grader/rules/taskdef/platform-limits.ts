/** Rule taskdef/platform-limits: Windows runs on X86_64 only; on Fargate it needs 1–4 vCPU; no ipcMode, pidMode or FireLens. */
import { checkedRule, lesson } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { fargateCpuSize, parseTaskCpu } from '../../../../aws/index.ts';
import { get, has, ptr, str } from '../../value.ts';
import type { ContainerCtx, TdCtx } from './context.ts';

const windowsLimits = checkedRule({
  area: 'taskdef',
  id: 'taskdef/platform-limits',
  kinds: TD,
  severity: 'error',
  lesson: lesson('03-fargate-ec2', 'comparison'),
  summary: {
    ja: 'Windows は X86_64 のみで、Fargate では 1 vCPU 以上・4 vCPU まで、ipcMode・pidMode・FireLens 不可',
    en: 'Windows runs on X86_64 only; on Fargate it needs 1–4 vCPU; no ipcMode, pidMode or FireLens',
  },
  messages: {
    default: {
      ja: 'Windows コンテナの制限: Fargate の Windows はタスク cpu が 1〜4 vCPU です。',
      en: 'Windows containers: Windows on Fargate needs task cpu from 1 vCPU to 4 vCPU.',
    },
    arm64: {
      ja: 'Windows コンテナの制限: Windows は X86_64 のみで、ARM64 は使えません。',
      en: 'Windows containers: Windows supports X86_64 only, not ARM64.',
    },
    'ipc-mode': {
      ja: 'Windows コンテナの制限: Windows では ipcMode を使えません。',
      en: 'Windows containers: ipcMode is not supported on Windows.',
    },
    'pid-mode': {
      ja: 'Windows コンテナの制限: Windows では pidMode を使えません。',
      en: 'Windows containers: pidMode is not supported on Windows.',
    },
    firelens: {
      ja: 'Windows コンテナの制限: FireLens は Linux のみです。',
      en: 'Windows containers: FireLens is Linux only.',
    },
  },
  checks: { logging: checkFirelens, task: check },
});

/** Reports a FireLens configuration in a Windows task. */
function checkFirelens({ ctx, x }: ContainerCtx): void {
  if (ctx.windows && get(x.c, 'firelensConfiguration') !== undefined)
    ctx.r.report(windowsLimits, ptr(x.p, 'firelensConfiguration'), {}, 'firelens');
}

/** Reports task settings a Windows task cannot use: ARM64, ipcMode, pidMode, a Fargate cpu without Windows. */
function check(ctx: TdCtx): void {
  if (!ctx.windows) return;
  const { r, td } = ctx;
  if (str(get(get(td, 'runtimePlatform'), 'cpuArchitecture')) === 'ARM64')
    r.report(windowsLimits, '/runtimePlatform/cpuArchitecture', {}, 'arm64');
  if (has(td, 'ipcMode')) r.report(windowsLimits, '/ipcMode', {}, 'ipc-mode');
  if (has(td, 'pidMode')) r.report(windowsLimits, '/pidMode', {}, 'pid-mode');
  const cpu = parseTaskCpu(get(td, 'cpu'));
  if (ctx.fargate && cpu !== undefined && fargateCpuSize(cpu)?.windows === false)
    r.report(windowsLimits, '/cpu');
}

export default windowsLimits;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({
          runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'ARM64' },
        }),
        messageId: 'default',
        path: '/cpu',
        line: 7,
      },
    ],
    pass: [
      td({
        cpu: '1024',
        memory: '2048',
        runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' },
      }),
    ],
  };
}
