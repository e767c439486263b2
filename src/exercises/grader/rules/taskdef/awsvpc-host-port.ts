/** Rule taskdef/awsvpc-host-port: With awsvpc or host networking, hostPort is omitted or equals containerPort. */
import { checkedRule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { NETWORK, TD } from './shared.ts';
import { arr, get, num, ptr } from '../../value.ts';
import type { ContainerCtx } from './context.ts';

const awsvpcHostPort = checkedRule({
  area: 'taskdef',
  id: 'taskdef/awsvpc-host-port',
  kinds: TD,
  severity: 'error',
  lesson: NETWORK,
  quotesAws: true,
  summary: {
    ja: 'awsvpc/host では hostPort を省略するか containerPort と同じにする',
    en: 'With awsvpc or host networking, hostPort is omitted or equals containerPort',
  },
  messages: {
    default: {
      ja: 'networkMode {mode} では hostPort（{hostPort}）は containerPort（{containerPort}）と同じにするか省略します（AWS: When networkMode=awsvpc, the host ports and container ports in port mappings must match.）',
      en: 'When networkMode=awsvpc, the host ports and container ports in port mappings must match. (hostPort {hostPort}, containerPort {containerPort})',
    },
  },
  aws: {
    quote:
      'If you use containers in a task with the awsvpc or host network mode, the hostPort can either be left blank or set to the same value as the containerPort.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html',
  },
  checks: { containerNetwork: check },
});

/** Reports a hostPort that differs from its containerPort in awsvpc or host network mode. */
function check({ ctx, x }: ContainerCtx): void {
  const mode = ctx.networkMode;
  if (mode !== 'awsvpc' && mode !== 'host') return;
  arr(get(x.c, 'portMappings')).forEach((pm, j) => {
    const hostPort = num(get(pm, 'hostPort'));
    const containerPort = num(get(pm, 'containerPort'));
    if (hostPort !== undefined && containerPort !== undefined && hostPort !== containerPort)
      ctx.r.report(awsvpcHostPort, ptr(x.p, 'portMappings', j, 'hostPort'), {
        mode,
        hostPort,
        containerPort,
      });
  });
}

export default awsvpcHostPort;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({}, { portMappings: [{ containerPort: 80, hostPort: 8080 }] }),
        messageId: 'default',
        path: '/containerDefinitions/0/portMappings/0/hostPort',
        line: 19,
      },
    ],
    pass: [td({}, { portMappings: [{ containerPort: 80, hostPort: 80 }] })],
  };
}
