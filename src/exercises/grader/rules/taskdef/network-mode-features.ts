/** Rule taskdef/network-mode-features: No hostname or links with awsvpc; no port mappings with none. */
import { checkedRule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { NETWORK, TD } from './shared.ts';
import { arr, get, has, ptr } from '../../value.ts';
import type { ContainerCtx } from './context.ts';

const networkModeFeatures = checkedRule({
  area: 'taskdef',
  id: 'taskdef/network-mode-features',
  kinds: TD,
  severity: 'error',
  lesson: NETWORK,
  quotesAws: true,
  summary: {
    ja: 'awsvpc では hostname と links を使わず、none ではポートマッピングを使わない',
    en: 'No hostname or links with awsvpc; no port mappings with none',
  },
  messages: {
    default: {
      ja: 'awsvpc では hostname を使えません（AWS: hostname is not supported on container when networkMode=awsvpc.）',
      en: 'hostname is not supported on container when networkMode=awsvpc.',
    },
    'none-port-mappings': {
      ja: 'networkMode が none のときはポートマッピングを使えません。',
      en: 'networkMode none allows no portMappings.',
    },
    'awsvpc-links': {
      ja: 'awsvpc では links を使えません（AWS: Links are not supported when networkMode=awsvpc.）',
      en: 'Links are not supported when networkMode=awsvpc.',
    },
  },
  checks: { containerNetwork: check },
});

/** Reports port mappings under network mode none, and hostname or links under awsvpc. */
function check({ ctx, x }: ContainerCtx): void {
  const { c, p } = x;
  const mode = ctx.networkMode;
  if (mode === 'none' && arr(get(c, 'portMappings')).length > 0)
    ctx.r.report(networkModeFeatures, ptr(p, 'portMappings'), {}, 'none-port-mappings');
  if (mode === 'awsvpc' && has(c, 'hostname')) ctx.r.report(networkModeFeatures, ptr(p, 'hostname'));
  if (mode === 'awsvpc' && arr(get(c, 'links')).length > 0)
    ctx.r.report(networkModeFeatures, ptr(p, 'links'), {}, 'awsvpc-links');
}

export default networkModeFeatures;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({}, { hostname: 'web' }),
        messageId: 'default',
        path: '/containerDefinitions/0/hostname',
        line: 42,
      },
    ],
    pass: [td()],
  };
}
