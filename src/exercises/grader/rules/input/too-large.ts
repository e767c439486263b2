/** Rule input/too-large: The input is small enough to grade (256 KiB of JSON, 128 KiB of YAML). */
import { lesson, rule } from '../define.ts';
import { fargateTd, json, td, type RuleExamples } from '../example-docs.ts';
import { ALL_KINDS } from './shared.ts';

export default rule({
  id: 'input/too-large',
  kinds: ALL_KINDS,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'limits'),
  summary: {
    ja: '採点できる大きさ（JSON は 256 KiB、YAML は 128 KiB）以内であること',
    en: 'The input is small enough to grade (256 KiB of JSON, 128 KiB of YAML)',
  },
  messages: {
    default: {
      ja: '入力が大きすぎます（{size} 文字）。採点できるのは JSON で 256 KiB、YAML で 128 KiB までです（タスク定義の上限は 64 KiB）。',
      en: 'The input is too large ({size} characters). ECS Dojo grades up to 256 KiB of JSON or 128 KiB of YAML (a task definition may be at most 64 KiB).',
    },
  },
});

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: json(fargateTd({}, { command: ['x'.repeat(300_000)] })),
        messageId: 'default',
        path: '',
        line: 1,
      },
    ],
    pass: [td()],
  };
}
