/** Rule taskdef/network-mode-features: No hostname or links with awsvpc; no port mappings with none. */
import { rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { NETWORK, TD } from './shared.ts';

export default rule({
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
});

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
