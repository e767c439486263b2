/**
 * IAM policy rules for task roles and task execution roles (least privilege).
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html
 */
import { onlySupportsWildcardResource } from '../../../aws/iam-wildcard-actions.ts';
import { arr, get, has, isObj, ptr, str, type Obj } from '../value.ts';
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
    ja: 'ARN を指定できるアクションに Resource: * を使わない（ecr:GetAuthorizationToken や ec2:DescribeInstances など * しか指定できないアクションは除く）',
    en: 'No Resource "*" for actions that accept ARNs (actions that support only "*", such as ecr:GetAuthorizationToken or ec2:DescribeInstances, are exempt)',
  },
  message: {
    ja: 'Resource が "*" です。{actions} は対象の ARN に絞れます。',
    en: 'Resource is "*"; {actions} can be limited to specific ARNs.',
  },
  aws: {
    quote:
      'If there is no value for this column, you must specify all resources ("*") to which the policy applies in the Resource element of your policy statement.',
    source:
      'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
  },
});

export const policyVersion = rule({
  id: 'iam/policy-version',
  kinds: KINDS,
  severity: 'warning',
  lesson: IAM,
  summary: {
    ja: 'Version は 2012-10-17（省略や 2008-10-17 は受け付けられるが古い言語仕様になる）',
    en: 'Version is 2012-10-17 (a missing Version or 2008-10-17 is accepted but uses the old policy language)',
  },
  message: {
    ja: 'Version が {value} です。2012-10-17 でないとポリシー変数（${aws:username} など）が使えません。',
    en: 'Version is {value}. Without 2012-10-17, policy variables such as ${aws:username} do not work.',
  },
  aws: {
    quote:
      'This is the current version of the policy language, and you should always include a Version element and set it to 2012-10-17.',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html',
  },
});

export const policyVersionInvalid = rule({
  id: 'iam/policy-version-invalid',
  kinds: KINDS,
  severity: 'error',
  lesson: IAM,
  summary: {
    ja: 'Version は 2012-10-17 か 2008-10-17 のどちらか（ほかの値は IAM が拒否する）',
    en: 'Version is 2012-10-17 or 2008-10-17 (IAM refuses other values)',
  },
  message: {
    ja: 'Version "{value}" は IAM が受け付けません。2012-10-17 にしてください（日付はポリシー言語の版で、作成日ではありません）。',
    en: 'IAM does not accept Version "{value}". Use 2012-10-17 (it names the policy language, not the day you wrote the policy).',
  },
  aws: {
    quote: 'IAM supports the following Version element values: 2012-10-17 … 2008-10-17',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html',
  },
});

export const statementResource = rule({
  id: 'iam/statement-resource',
  kinds: KINDS,
  severity: 'error',
  lesson: IAM,
  summary: {
    ja: 'ID ベースのポリシー（ロールに付けるもの）の各ステートメントに Resource か NotResource がある',
    en: 'Every statement of an identity-based policy (one attached to a role) has Resource or NotResource',
  },
  message: {
    ja: 'このステートメントに Resource がありません。ロールに付けるポリシーでは Resource（または NotResource）が必須で、IAM はポリシーを拒否します。',
    en: 'This statement has no Resource. Policies attached to a role need Resource (or NotResource) in every statement; IAM refuses the policy.',
  },
  aws: {
    quote: 'Statements must include either a Resource or a NotResource element.',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html',
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
  if (version === undefined || version === '2008-10-17') {
    r.report(policyVersion, version === undefined ? base : ptr(base, 'Version'), {
      value: version === undefined ? '(missing)' : String(version),
    });
  } else if (typeof version === 'string' && version !== '2012-10-17') {
    r.report(policyVersionInvalid, ptr(base, 'Version'), { value: version });
  }
  for (const st of statements(doc, base)) {
    // A statement with a Principal belongs to a trust or resource policy, where Resource may be
    // implied; identity policies (what a role carries) need Resource or NotResource.
    const identity = !has(st.s, 'Principal') && !has(st.s, 'NotPrincipal');
    if (identity && !has(st.s, 'Resource') && !has(st.s, 'NotResource')) r.report(statementResource, st.p);
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
        (a) => !onlySupportsWildcardResource(a) && a !== '*' && !a.endsWith(':*'),
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
  policyVersionInvalid,
  statementResource,
  executionRolePermissions,
  taskRoleExecutionPolicy,
  trustPolicy,
];
