/**
 * IAM policy rules for task roles and task execution roles (least privilege).
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html
 */
import { arr, get, isObj, ptr, str, type Obj } from '../value.ts';
import { lesson, rule } from './define.ts';
import type { Reporter } from './report.ts';

const IAM = lesson('02-task-definitions', 'execution-role');
const KINDS = ['iam-policy', 'cfn'] as const;

export const wildcardAction = rule({
  id: 'iam/wildcard-action',
  kinds: KINDS,
  severity: 'warning',
  lesson: IAM,
  summary: {
    ja: 'Allow の Action に * や service:* を使わない',
    en: 'Allow statements do not use * or service:* actions',
  },
  message: {
    ja: 'Action "{action}" は広すぎます。必要なアクションだけを列挙してください。',
    en: 'Action "{action}" is too broad; list only the actions the role needs.',
  },
});

export const wildcardResource = rule({
  id: 'iam/wildcard-resource',
  kinds: KINDS,
  severity: 'warning',
  lesson: IAM,
  summary: {
    ja: 'ARN を指定できるアクションに Resource: * を使わない（ecr:GetAuthorizationToken などは例外）',
    en: 'No Resource "*" for actions that accept ARNs (ecr:GetAuthorizationToken and similar are exempt)',
  },
  message: {
    ja: 'Resource が "*" です。{actions} は対象の ARN に絞れます。',
    en: 'Resource is "*"; {actions} can be limited to specific ARNs.',
  },
});

export const policyVersion = rule({
  id: 'iam/policy-version',
  kinds: KINDS,
  severity: 'warning',
  lesson: IAM,
  summary: { ja: 'Version は 2012-10-17', en: 'Version is 2012-10-17' },
  message: {
    ja: 'Version が {value} です。2012-10-17 でないとポリシー変数（${aws:username} など）が使えません。',
    en: 'Version is {value}. Without 2012-10-17, policy variables such as ${aws:username} do not work.',
  },
});

export const executionRolePermissions = rule({
  id: 'iam/execution-role-permissions',
  kinds: ['cfn'],
  severity: 'warning',
  lesson: IAM,
  summary: {
    ja: 'タスク実行ロールに、タスク定義が使うもの（シークレット・ECR・awslogs）の権限がある',
    en: 'The task execution role can do what the task definition needs (secrets, ECR pulls, awslogs)',
  },
  message: {
    ja: 'タスク実行ロール {role} に {permission} の権限が見当たりません。登録はできますが、タスクは起動に失敗します。',
    en: 'Task execution role {role} does not seem to allow {permission}. Registration works, but tasks will fail to start.',
  },
});

export const taskRoleExecutionPolicy = rule({
  id: 'iam/task-role-execution-policy',
  kinds: ['cfn'],
  severity: 'warning',
  lesson: IAM,
  summary: {
    ja: 'タスクロールに AmazonECSTaskExecutionRolePolicy を付けない',
    en: 'The task role does not carry AmazonECSTaskExecutionRolePolicy',
  },
  message: {
    ja: 'タスクロール {role} に AmazonECSTaskExecutionRolePolicy が付いています。これはタスク実行ロール用です。アプリケーションに ECR やログの権限は不要です。',
    en: 'Task role {role} has AmazonECSTaskExecutionRolePolicy, which belongs on the execution role; the application does not need ECR or logs permissions.',
  },
});

export const trustPolicy = rule({
  id: 'iam/trust-policy',
  kinds: ['cfn'],
  severity: 'error',
  lesson: IAM,
  summary: {
    ja: 'タスクロールとタスク実行ロールが ecs-tasks.amazonaws.com を信頼する',
    en: 'Task and execution roles trust ecs-tasks.amazonaws.com',
  },
  message: {
    ja: 'ロール {role} の信頼ポリシーに ecs-tasks.amazonaws.com がありません。ECS がロールを引き受けられず、タスクは起動できません。',
    en: 'Role {role} does not trust ecs-tasks.amazonaws.com, so ECS cannot assume it and tasks cannot start.',
  },
});

/** Actions that only work with Resource "*". */
const RESOURCELESS = new Set([
  'ecr:getauthorizationtoken',
  'logs:describeloggroups',
  'ssmmessages:createcontrolchannel',
  'ssmmessages:createdatachannel',
  'ssmmessages:openchannel',
  'ssmmessages:opendatachannel',
  'cloudwatch:putmetricdata',
  'xray:puttracesegments',
  'xray:puttelemetryrecords',
]);

export interface Statement {
  readonly s: Obj;
  readonly p: string;
  readonly effect: string | undefined;
  readonly actions: readonly string[];
  readonly resources: readonly string[];
}

/** Statements of a policy document with their pointers. */
export function statements(doc: unknown, base: string): Statement[] {
  const st = get(doc, 'Statement');
  const list: [unknown, string][] = Array.isArray(st)
    ? st.map((s, i) => [s, ptr(base, 'Statement', i)])
    : [[st, ptr(base, 'Statement')]];
  return list.flatMap(([s, p]) =>
    isObj(s)
      ? [
          {
            s,
            p,
            effect: str(get(s, 'Effect')),
            actions: strings(get(s, 'Action')),
            resources: strings(get(s, 'Resource')),
          },
        ]
      : [],
  );
}

function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return arr(v).filter((x): x is string => typeof x === 'string');
}

/** Least-privilege checks of one policy document at `base`. */
export function checkPolicyDocument(doc: unknown, base: string, r: Reporter): void {
  if (!isObj(doc)) return;
  const version = get(doc, 'Version');
  if (version === undefined || (typeof version === 'string' && version !== '2012-10-17')) {
    r.report(policyVersion, version === undefined ? base : ptr(base, 'Version'), {
      value: version === undefined ? '(missing)' : String(version),
    });
  }
  for (const st of statements(doc, base)) {
    if (st.effect !== 'Allow') continue;
    const actionValue = get(st.s, 'Action');
    st.actions.forEach((a, i) => {
      if (a === '*' || a.endsWith(':*'))
        r.report(wildcardAction, Array.isArray(actionValue) ? ptr(st.p, 'Action', i) : ptr(st.p, 'Action'), {
          action: a,
        });
    });
    if (st.resources.includes('*')) {
      const scoped = st.actions.filter(
        (a) => !RESOURCELESS.has(a.toLowerCase()) && a !== '*' && !a.endsWith(':*'),
      );
      if (scoped.length > 0)
        r.report(wildcardResource, ptr(st.p, 'Resource'), { actions: scoped.slice(0, 3).join(', ') });
    }
  }
}

/** True when any Allow statement grants `action` (wildcards such as secretsmanager:* count). */
export function allows(stmts: readonly Statement[], action: string): boolean {
  const a = action.toLowerCase();
  return stmts.some(
    (st) =>
      st.effect === 'Allow' &&
      st.actions.some((x) => {
        const pattern = x.toLowerCase();
        if (pattern === '*' || pattern === a) return true;
        if (!pattern.includes('*')) return false;
        const re = new RegExp('^' + pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');
        return re.test(a);
      }),
  );
}

export const IAM_RULES = [
  wildcardAction,
  wildcardResource,
  policyVersion,
  executionRolePermissions,
  taskRoleExecutionPolicy,
  trustPolicy,
];
