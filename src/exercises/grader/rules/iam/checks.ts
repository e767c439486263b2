/**
 * IAM policy rules for task roles and task execution roles (least privilege).
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html
 */
import { onlySupportsWildcardResource } from '../../../../aws/iam-wildcard-actions.ts';
import { arr, get, has, isObj, ptr, str, type Obj } from '../../value.ts';
import type { Reporter } from '../report.ts';
import wildcardAction from './wildcard-action.ts';
import wildcardResource from './wildcard-resource.ts';
import policyVersion from './policy-version.ts';
import policyVersionInvalid from './policy-version-invalid.ts';
import statementResource from './statement-resource.ts';

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
