/** Rule service/service-connect: Service Connect services name a portName. */
import { checkedRule, lesson } from '../define.ts';
import { svc, type RuleExamples } from '../example-docs.ts';
import { arr, bool, get, has, ptr } from '../../value.ts';
import type { ServiceCtx } from './context.ts';

const serviceConnect = checkedRule({
  area: 'service',
  id: 'service/service-connect',
  kinds: ['service', 'service-connect-configuration', 'cfn'],
  severity: 'error',
  lesson: lesson('09-service-connect', 'service-connect-configuration'),
  summary: {
    ja: 'Service Connect の services に portName がある',
    en: 'Service Connect services name a portName',
  },
  messages: {
    default: {
      ja: 'Service Connect の services[{index}] に portName がありません。タスク定義の portMappings[].name を指定します。',
      en: 'Service Connect services[{index}] has no portName; use a portMappings[].name from the task definition.',
    },
  },
  checks: { network: check },
});

/** Reports each Service Connect service without a portName when Service Connect is enabled. */
function check({ svc, r }: ServiceCtx): void {
  const sc = get(svc, 'serviceConnectConfiguration');
  if (bool(get(sc, 'enabled')) !== true) return;
  arr(get(sc, 'services')).forEach((s, i) => {
    if (!has(s, 'portName'))
      r.report(serviceConnect, ptr('/serviceConnectConfiguration/services', i), { index: i });
  });
}

export default serviceConnect;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: svc({
          serviceConnectConfiguration: {
            enabled: true,
            namespace: 'prod',
            services: [{ discoveryName: 'web' }],
          },
        }),
        messageId: 'default',
        path: '/serviceConnectConfiguration/services/0',
        line: 30,
      },
    ],
    pass: [
      svc({
        serviceConnectConfiguration: { enabled: true, namespace: 'prod', services: [{ portName: 'http' }] },
      }),
    ],
  };
}
