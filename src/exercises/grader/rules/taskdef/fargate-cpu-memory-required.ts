/** Rule taskdef/fargate-cpu-memory-required: Fargate needs task-level cpu and memory. */
import { rule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { SIZES, TD } from './shared.ts';

export default rule({
  id: 'taskdef/fargate-cpu-memory-required',
  kinds: TD,
  severity: 'error',
  lesson: SIZES,
  quotesAws: true,
  summary: {
    ja: 'Fargate ではタスクレベルの cpu と memory が必須',
    en: 'Fargate needs task-level cpu and memory',
  },
  messages: {
    default: {
      ja: "Fargate ではタスクレベルの {field} が必須です（AWS: Fargate requires that '{field}' be defined at the task level.）",
      en: "Fargate requires that '{field}' be defined at the task level.",
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [{ src: td({ memory: undefined }), messageId: 'default', path: '', line: 1 }],
    pass: [td()],
  };
}
