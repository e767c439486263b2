/**
 * Rules about the input as a whole: syntax, size, nesting, duplicate keys, and what the AWS CLI's
 * own parameter validation refuses before any request is sent (nulls, output-only keys, types).
 * https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-skeleton.html
 */
import type { Kind } from '../types.ts';
import { entries, isObj, ptr, splitPointer } from '../value.ts';
import { lesson, rule } from './define.ts';
import type { Reporter } from './report.ts';

const API_KINDS: readonly Kind[] = [
  'taskdef',
  'service',
  'scaling-target',
  'scaling-policy',
  'scheduled-action',
  'iam-policy',
  'run-task',
  'container-definitions',
  'target-tracking-configuration',
  'step-scaling-configuration',
  'capacity-provider-strategy',
  'deployment-configuration',
  'network-configuration',
  'service-connect-configuration',
];
const ALL_KINDS: readonly Kind[] = [...API_KINDS, 'cfn'];
const CLI = lesson('02-task-definitions', 'revisions');

export const syntaxError = rule({
  id: 'input/syntax',
  kinds: ALL_KINDS,
  severity: 'error',
  lesson: CLI,
  summary: { ja: 'JSON または YAML として読めること', en: 'The input parses as JSON or YAML' },
  message: { ja: '構文エラー: {detail}', en: 'Syntax error: {detail}' },
});

export const emptyInput = rule({
  id: 'input/empty',
  kinds: ALL_KINDS,
  severity: 'error',
  lesson: CLI,
  summary: { ja: '入力が空でないこと', en: 'The input is not empty' },
  message: { ja: '入力が空です。', en: 'The input is empty.' },
});

export const tooLarge = rule({
  id: 'input/too-large',
  kinds: ALL_KINDS,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'limits'),
  summary: {
    ja: '採点できる大きさ（JSON は 256 KiB、YAML は 128 KiB）以内であること',
    en: 'The input is small enough to grade (256 KiB of JSON, 128 KiB of YAML)',
  },
  message: {
    ja: '入力が大きすぎます（{size} 文字）。採点できるのは JSON で 256 KiB、YAML で 128 KiB までです（タスク定義の上限は 64 KiB）。',
    en: 'The input is too large ({size} characters). ECS Dojo grades up to 256 KiB of JSON or 128 KiB of YAML (a task definition may be at most 64 KiB).',
  },
});

export const tooDeep = rule({
  id: 'input/too-deep',
  kinds: ALL_KINDS,
  severity: 'error',
  lesson: CLI,
  summary: { ja: '入れ子が深すぎないこと（100 段まで）', en: 'Nesting is not too deep (100 levels at most)' },
  message: {
    ja: '入れ子が深すぎます（100 段を超えています）。',
    en: 'The input is too deeply nested (more than 100 levels).',
  },
});

export const tooManyNodes = rule({
  id: 'input/too-many-nodes',
  kinds: ALL_KINDS,
  severity: 'error',
  lesson: CLI,
  summary: {
    ja: 'YAML のエイリアス展開が大きすぎないこと',
    en: 'YAML aliases do not expand into a huge document',
  },
  message: {
    ja: 'YAML のエイリアスを展開すると値が多すぎます（10 万個を超えています）。',
    en: 'Expanding the YAML aliases gives too many values (more than 100,000).',
  },
});

/** Most findings one document reports; beyond it, one summary finding (a huge input must not freeze the editor). */
export const MAX_FINDINGS = 500;

export const tooManyFindings = rule({
  id: 'input/too-many-findings',
  kinds: ALL_KINDS,
  severity: 'info',
  lesson: CLI,
  summary: {
    ja: '指摘が多すぎる入力では、最初の 500 件（エラー優先）だけを示すこと',
    en: 'An input with very many findings shows only the first 500 (errors first)',
  },
  message: {
    ja: '指摘が {count} 件あるため、最初の {shown} 件（エラー優先）だけを示しています。上から直してください。',
    en: 'This input has {count} findings; only the first {shown} are shown (errors first). Fix them from the top.',
  },
});

export const duplicateKey = rule({
  id: 'input/duplicate-key',
  kinds: ALL_KINDS,
  severity: 'warning',
  lesson: CLI,
  summary: { ja: '同じオブジェクトに同じキーが2回出てこないこと', en: 'No key appears twice in one object' },
  message: {
    ja: 'キー "{key}" が重複しています。後の値だけが使われ、前の値は黙って捨てられます。',
    en: 'Duplicate key "{key}". Only the last value is used; the earlier one is silently dropped.',
  },
});

export const unknownKind = rule({
  id: 'input/unknown-kind',
  kinds: ALL_KINDS,
  severity: 'error',
  lesson: CLI,
  summary: {
    ja: '入力の種類（タスク定義・サービスなど）を判別できること',
    en: 'The kind of input (task definition, service, …) can be told',
  },
  message: {
    ja: '入力の種類を判別できません。--kind で指定してください。',
    en: 'Cannot tell what kind of input this is. Pass --kind.',
  },
});

export const nullValue = rule({
  id: 'input/null-value',
  kinds: API_KINDS,
  severity: 'error',
  lesson: CLI,
  quotesAws: true,
  summary: {
    ja: 'null を値にしないこと（describe の出力を貼り付けたときに多い）',
    en: 'No value is null (common when describe output is pasted)',
  },
  message: {
    ja: 'null は使えません。キーごと削除してください。AWS CLI のエラー: Invalid type for parameter {param}, value: None',
    en: 'Invalid type for parameter {param}, value: None. Remove the key instead of setting it to null.',
  },
});

export const outputOnlyKey = rule({
  id: 'input/output-only-key',
  kinds: ['taskdef', 'service', 'scaling-target', 'scaling-policy', 'scheduled-action'],
  severity: 'error',
  lesson: CLI,
  quotesAws: true,
  summary: {
    ja: 'describe の出力にだけあるキー（taskDefinitionArn、revision、status など）や taskDefinition の外枠がないこと',
    en: 'No output-only keys from describe output (taskDefinitionArn, revision, status, …) and no taskDefinition wrapper',
  },
  message: {
    ja: '"{key}" は describe の出力にだけ現れるキーで、入力には使えません（AWS CLI: Unknown parameter in input: "{key}"）。削除してください。{actionJa}',
    en: 'Unknown parameter in input: "{key}". It appears only in describe output; remove it.{action}',
  },
  note: {
    ja: 'aws ecs register-task-definition --cli-input-json はこのキーで失敗します。公式の GitHub Action（aws-actions/amazon-ecs-deploy-task-definition）は登録前にこれらのキーを警告付きで削除するので、そのアクションで使うファイルは --target github-action で採点してください。',
    en: 'aws ecs register-task-definition --cli-input-json fails on these keys. The official GitHub Action (aws-actions/amazon-ecs-deploy-task-definition) removes them with a warning before it registers, so grade files for that action with --target github-action.',
  },
});

export const droppedByAction = rule({
  id: 'input/dropped-by-action',
  kinds: ['taskdef'],
  severity: 'info',
  lesson: CLI,
  summary: {
    ja: '--target github-action: GitHub Action が登録前に削除する describe 出力のキー',
    en: '--target github-action: describe-output keys the GitHub Action removes before registering',
  },
  message: {
    ja: '"{key}" は describe の出力にだけあるキーです。aws-actions/amazon-ecs-deploy-task-definition は登録前に警告付きで削除します（"Ignoring property \'{key}\' in the task definition file."）。ファイルから消しておくと警告も出ません。',
    en: '"{key}" appears only in describe output. aws-actions/amazon-ecs-deploy-task-definition removes it with a warning before registering ("Ignoring property \'{key}\' in the task definition file."); delete it from the file to silence that warning.',
  },
  aws: {
    quote:
      'This property is returned by the Amazon ECS DescribeTaskDefinition API and may be shown in the ECS console, but it is not a valid field when registering a new task definition.',
    source: 'https://github.com/aws-actions/amazon-ecs-deploy-task-definition',
  },
});

export const unknownParameter = rule({
  id: 'input/unknown-parameter',
  kinds: ALL_KINDS,
  severity: 'error',
  lesson: CLI,
  quotesAws: true,
  summary: {
    ja: 'API が知らないキーがないこと（綴りや大文字小文字の誤り）',
    en: 'No keys the API does not know (typos, wrong case)',
  },
  message: {
    ja: '"{key}" はこの API のパラメータではありません（AWS CLI: Unknown parameter in input: "{key}"）。綴りと大文字小文字を確認してください。',
    en: 'Unknown parameter in input: "{key}". Check its spelling and case.',
  },
});

export const wrongType = rule({
  id: 'input/wrong-type',
  kinds: ALL_KINDS,
  severity: 'error',
  lesson: CLI,
  summary: {
    ja: '型が正しいこと（タスクの cpu/memory は文字列、コンテナの cpu/memory は整数など）',
    en: 'Types are right (task cpu/memory are strings, container cpu/memory are integers, …)',
  },
  message: { ja: '{param} は {expected} でなければなりません。', en: '{param} must be {expected}.' },
});

export const missingRequired = rule({
  id: 'input/missing-required',
  kinds: ALL_KINDS,
  severity: 'error',
  lesson: CLI,
  summary: { ja: '必須のキーがあること', en: 'Required keys are present' },
  message: { ja: '必須のキー "{key}" がありません。', en: 'The required key "{key}" is missing.' },
});

export const invalidValue = rule({
  id: 'input/invalid-value',
  kinds: ALL_KINDS,
  severity: 'error',
  lesson: CLI,
  summary: {
    ja: '値が許される範囲・形式・選択肢に収まること',
    en: 'Values are within the allowed range, format or choices',
  },
  message: { ja: '{param} の値が不正です: {detail}', en: 'Invalid value for {param}: {detail}' },
});

/** Output-only keys of describe output, per kind. */
export const OUTPUT_ONLY: Partial<Record<Kind, readonly string[]>> = {
  taskdef: [
    'taskDefinitionArn',
    'revision',
    'status',
    'requiresAttributes',
    'compatibilities',
    'registeredAt',
    'registeredBy',
    'deregisteredAt',
  ],
  service: [
    'serviceArn',
    'clusterArn',
    'status',
    'runningCount',
    'pendingCount',
    'events',
    'deployments',
    'createdAt',
    'createdBy',
    'roleArn',
    'taskSets',
  ],
  'scaling-target': ['ScalableTargetARN', 'CreationTime'],
  'scaling-policy': ['PolicyARN', 'Alarms', 'CreationTime'],
  'scheduled-action': ['ScheduledActionARN', 'CreationTime'],
};

/**
 * The keys aws-actions/amazon-ecs-deploy-task-definition removes from a task definition file
 * before RegisterTaskDefinition (IGNORED_TASK_DEFINITION_ATTRIBUTES in its index.js).
 */
export const ACTION_DROPS: readonly string[] = [
  'compatibilities',
  'taskDefinitionArn',
  'requiresAttributes',
  'revision',
  'status',
  'registeredAt',
  'deregisteredAt',
  'registeredBy',
];

const ACTION_HINT = {
  action:
    ' (The official GitHub Action aws-actions/amazon-ecs-deploy-task-definition drops it with a warning: grade with --target github-action for that path.)',
  actionJa:
    '（公式の GitHub Action aws-actions/amazon-ecs-deploy-task-definition は警告付きで削除します。その経路なら --target github-action で採点してください。）',
};

/** Reports top-level keys that only describe output has. */
export function checkOutputOnly(kind: Kind, value: unknown, r: Reporter, actionHint = true): void {
  const keys = OUTPUT_ONLY[kind] ?? [];
  for (const [k] of entries(value)) {
    if (!keys.includes(k)) continue;
    const hint =
      actionHint && kind === 'taskdef' && ACTION_DROPS.includes(k)
        ? ACTION_HINT
        : { action: '', actionJa: '' };
    r.report(outputOnlyKey, ptr('', k), { key: k, ...hint });
  }
}

/** AWS CLI parameter name for a pointer: `/containerDefinitions/0/cpu` → `containerDefinitions[0].cpu`. */
export function cliParam(pointer: string): string {
  let out = '';
  for (const t of splitPointer(pointer)) out += /^\d+$/.test(t) ? `[${t}]` : out ? `.${t}` : t;
  return out || '(input)';
}

/** Reports every null value (iteratively; depth is already bounded by the parser). */
export function checkNulls(value: unknown, r: Reporter): Set<string> {
  const found = new Set<string>();
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [v, p] = stack.pop() as [unknown, string];
    if (v === null) {
      found.add(p);
      r.report(nullValue, p, { param: cliParam(p) });
    } else if (Array.isArray(v)) v.forEach((c, i) => stack.push([c, ptr(p, i)]));
    else if (isObj(v)) for (const [k, c] of entries(v)) stack.push([c, ptr(p, k)]);
  }
  return found;
}
