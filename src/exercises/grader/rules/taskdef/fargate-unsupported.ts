/** Rule taskdef/fargate-unsupported: No settings Fargate refuses (privileged, ipcMode, links, sourcePath, dockerVolumeConfiguration, placementConstraints, …). */
import { checkedRule } from '../define.ts';
import { ec2Td, json, td, type RuleExamples } from '../example-docs.ts';
import { FARGATE, TD } from './shared.ts';
import { arr, get, has, ptr, str } from '../../value.ts';
import type { ContainerCtx, TdCtx } from './context.ts';

const fargateUnsupported = checkedRule({
  area: 'taskdef',
  id: 'taskdef/fargate-unsupported',
  kinds: TD,
  severity: 'error',
  lesson: FARGATE,
  quotesAws: true,
  summary: {
    ja: 'Fargate で使えない設定（privileged、ipcMode、links、sourcePath、dockerVolumeConfiguration、placementConstraints など）がない',
    en: 'No settings Fargate refuses (privileged, ipcMode, links, sourcePath, dockerVolumeConfiguration, placementConstraints, …)',
  },
  messages: {
    default: {
      ja: 'Fargate では {field} を使えません。{aws}',
      en: '{field} is not supported on Fargate. {aws}',
    },
  },
  checks: {
    fargate: check,
    volumes: checkVolumes,
    fargateContainer: checkContainer,
    linuxParameters: checkLinuxParameters,
  },
});

const FARGATE_TASK_FIELDS: readonly [string, string][] = [
  ['ipcMode', 'Tasks using the Fargate launch type do not support ipcMode.'],
  ['placementConstraints', ''],
];
const FARGATE_CONTAINER_FIELDS = [
  'privileged',
  'disableNetworking',
  'dnsSearchDomains',
  'dnsServers',
  'dockerSecurityOptions',
  'extraHosts',
  'links',
  'systemControls',
];

/** Reports task-level fields Fargate refuses (ecs-facts §8.8). */
function check(ctx: TdCtx): void {
  if (!ctx.fargate) return;
  for (const [field, aws] of FARGATE_TASK_FIELDS) {
    const v = get(ctx.td, field);
    if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))
      ctx.r.report(fargateUnsupported, ptr('', field), { field, aws });
  }
}

/** Reports host source paths and Docker volumes on Fargate. */
function checkVolumes(ctx: TdCtx): void {
  if (!ctx.fargate) return;
  arr(get(ctx.td, 'volumes')).forEach((v, i) => {
    if (str(get(get(v, 'host'), 'sourcePath')) !== undefined) {
      ctx.r.report(fargateUnsupported, ptr('/volumes', i, 'host', 'sourcePath'), {
        field: 'host.sourcePath',
        aws: 'Fargate compatible task definitions do not support sourcePath',
      });
    }
    if (has(v, 'dockerVolumeConfiguration'))
      ctx.r.report(fargateUnsupported, ptr('/volumes', i, 'dockerVolumeConfiguration'), {
        field: 'dockerVolumeConfiguration',
        aws: '',
      });
  });
}

/** Reports container fields Fargate refuses. */
function checkContainer({ ctx, x }: ContainerCtx): void {
  if (!ctx.fargate) return;
  for (const field of FARGATE_CONTAINER_FIELDS) {
    const v = get(x.c, field);
    if (v === undefined || v === false || (Array.isArray(v) && v.length === 0)) continue;
    ctx.r.report(fargateUnsupported, ptr(x.p, field), { field, aws: '' });
  }
}

/** Reports linuxParameters fields Fargate refuses. */
function checkLinuxParameters({ ctx, x }: ContainerCtx): void {
  if (!ctx.fargate) return;
  const lp = get(x.c, 'linuxParameters');
  for (const field of ['devices', 'sharedMemorySize', 'maxSwap', 'swappiness']) {
    if (has(lp, field))
      ctx.r.report(fargateUnsupported, ptr(x.p, 'linuxParameters', field), {
        field: `linuxParameters.${field}`,
        aws: '',
      });
  }
}

export default fargateUnsupported;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: td({ ipcMode: 'task' }), messageId: 'default', path: '/ipcMode', line: 44 }],
    pass: [json(ec2Td({}, { privileged: false }))],
  };
}
