/** IAM roles of a CloudFormation template, as the cross-resource IAM rules read them. */
import { arr, entries, get, intrinsicArg, isIntrinsic, str, type Obj } from '../../value.ts';
import { refTarget } from '../cfn/template.ts';
import { statements, type Statement } from './statements.ts';

/** A role's logical id, the statements of its inline and attached policies, its managed policy ARNs and whether it trusts ECS tasks. */
export interface RoleInfo {
  readonly id: string;
  readonly statements: Statement[];
  readonly managed: string[];
  readonly trustsEcsTasks: boolean;
}

/** The AWS::IAM::Role with logical id `id`, or undefined when there is none. */
export function roleInfo(resources: Obj, id: string): RoleInfo | undefined {
  const res = get(resources, id);
  if (str(get(res, 'Type')) !== 'AWS::IAM::Role') return undefined;
  const props = get(res, 'Properties');
  const stmts: Statement[] = arr(get(props, 'Policies')).flatMap((p) =>
    statements(get(p, 'PolicyDocument'), ''),
  );
  for (const [, other] of entries(resources)) {
    const t = str(get(other, 'Type'));
    if (t !== 'AWS::IAM::Policy' && t !== 'AWS::IAM::ManagedPolicy') continue;
    const roles = arr(get(get(other, 'Properties'), 'Roles'));
    if (roles.some((x) => refTarget(x) === id))
      stmts.push(...statements(get(get(other, 'Properties'), 'PolicyDocument'), ''));
  }
  const managed = arr(get(props, 'ManagedPolicyArns')).map((m) =>
    typeof m === 'string' ? m : isIntrinsic(m) ? JSON.stringify(intrinsicArg(m)) : '',
  );
  const trust = statements(get(props, 'AssumeRolePolicyDocument'), '');
  const trustsEcsTasks =
    trust.length === 0 ||
    trust.some((s) => {
      const svc = get(get(s.s, 'Principal'), 'Service');
      const list = typeof svc === 'string' ? [svc] : arr(svc);
      return list.some((x) => typeof x !== 'string' || x.startsWith('ecs-tasks.'));
    });
  return { id, statements: stmts, managed, trustsEcsTasks };
}

/** True when the role has the AWS managed AmazonECSTaskExecutionRolePolicy attached. */
export function hasManagedExecutionPolicy(role: RoleInfo): boolean {
  return role.managed.some((m) => m.includes('AmazonECSTaskExecutionRolePolicy'));
}
