/**
 * CloudFormation templates: each ECS, Application Auto Scaling, IAM and Logs resource is checked
 * with the same rules as API input (PascalCase mapped to camelCase once), plus cross-resource rules.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/AWS_ECS.html
 */
import {
  arr,
  entries,
  get,
  has,
  intrinsicArg,
  intrinsicName,
  isIntrinsic,
  isObj,
  ptr,
  show,
  str,
  type Obj,
} from '../../value.ts';
import { checkPolicyDocument } from '../iam/checks.ts';
import { allows, statements, type Statement } from '../iam/statements.ts';
import executionRolePermissions from '../iam/execution-role-permissions.ts';
import taskRoleExecutionPolicy from '../iam/task-role-execution-policy.ts';
import trustPolicy from '../iam/trust-policy.ts';
import { cfnReporter, prefixed, toCamel, type Reporter } from '../report.ts';
import {
  checkIdentifiers,
  checkScalableTarget,
  checkScalingPolicy,
  checkScheduledAction,
} from '../scaling/checks.ts';
import { checkService } from '../service/checks.ts';
import { checkTaskDef } from '../taskdef/run.ts';
import { launchOf } from '../taskdef/context.ts';
import { isPrivateEcr } from '../taskdef/launch-type-checks.ts';
import unresolvedRef from './unresolved-reference.ts';
import serviceTaskDefinition from './service-task-definition.ts';
import logGroupRetention from './log-group-retention.ts';
import dynamicPortHealthCheck from './dynamic-port-health-check.ts';

const PSEUDO = /^AWS::/;

/** Logical id an intrinsic refers to (Ref X, GetAtt [X, attr]), if any. */
function refTarget(v: unknown): string | undefined {
  if (!isIntrinsic(v)) return undefined;
  const fn = intrinsicName(v);
  const arg = intrinsicArg(v);
  if (fn === 'Ref') return str(arg);
  if (fn === 'Fn::GetAtt') return Array.isArray(arg) ? str(arg[0]) : str(arg)?.split('.')[0];
  return undefined;
}

/** Checks a template. */
export function checkTemplate(t: Obj, r: Reporter): void {
  const resources = get(t, 'Resources');
  if (!isObj(resources)) return;
  const known = new Set([
    ...Object.keys(resources),
    ...Object.keys(isObj(get(t, 'Parameters')) ? (get(t, 'Parameters') as Obj) : {}),
  ]);
  checkRefs(t, known, r);
  for (const [id, res] of entries(resources)) {
    const type = str(get(res, 'Type'));
    const props = get(res, 'Properties');
    if (!isObj(props)) continue;
    const base = ptr('/Resources', id, 'Properties');
    switch (type) {
      case 'AWS::ECS::TaskDefinition':
        checkTaskDef(toCamel(props) as Obj, cfnReporter(r, base, props), true);
        break;
      case 'AWS::ECS::Service':
        checkService(toCamel(props) as Obj, cfnReporter(r, base, props));
        checkServiceAgainstTaskDef(props, resources, base, r);
        checkDynamicPorts(id, props, resources, r);
        break;
      case 'AWS::ApplicationAutoScaling::ScalableTarget':
        checkScalableTarget(props, prefixed(r, base));
        arr(get(props, 'ScheduledActions')).forEach((a, i) => {
          if (isObj(a)) checkScheduledAction(a, prefixed(r, base), ptr('/ScheduledActions', i), false);
        });
        break;
      case 'AWS::ApplicationAutoScaling::ScalingPolicy':
        if (has(props, 'ResourceId')) checkIdentifiers(props, prefixed(r, base));
        checkScalingPolicy(props, prefixed(r, base), true);
        break;
      case 'AWS::IAM::Role':
        arr(get(props, 'Policies')).forEach((p, i) =>
          checkPolicyDocument(get(p, 'PolicyDocument'), ptr(base, 'Policies', i, 'PolicyDocument'), r),
        );
        break;
      case 'AWS::IAM::Policy':
      case 'AWS::IAM::ManagedPolicy':
        checkPolicyDocument(get(props, 'PolicyDocument'), ptr(base, 'PolicyDocument'), r);
        break;
      case 'AWS::Logs::LogGroup':
        if (!has(props, 'RetentionInDays')) r.report(logGroupRetention, base, { name: id });
        break;
    }
  }
  checkRoles(resources, r);
}

function checkRefs(t: Obj, known: Set<string>, r: Reporter): void {
  const stack: [unknown, string][] = [
    [get(t, 'Resources'), '/Resources'],
    [get(t, 'Outputs'), '/Outputs'],
  ];
  while (stack.length > 0) {
    const [v, p] = stack.pop() as [unknown, string];
    const target = refTarget(v);
    if (target !== undefined && !known.has(target) && !PSEUDO.test(target))
      r.report(unresolvedRef, p, { target });
    if (Array.isArray(v)) v.forEach((c, i) => stack.push([c, ptr(p, i)]));
    else if (isObj(v) || isIntrinsic(v))
      for (const k of Object.keys(v)) stack.push([(v as Obj)[k], ptr(p, k)]);
  }
  for (const [id, res] of entries(get(t, 'Resources'))) {
    const deps = get(res, 'DependsOn');
    const list = typeof deps === 'string' ? [deps] : arr(deps);
    list.forEach((d, i) => {
      if (typeof d === 'string' && !known.has(d))
        r.report(unresolvedRef, ptr('/Resources', id, 'DependsOn', ...(Array.isArray(deps) ? [i] : [])), {
          target: d,
        });
    });
  }
}

function checkServiceAgainstTaskDef(props: Obj, resources: Obj, base: string, r: Reporter): void {
  const tdId = refTarget(get(props, 'TaskDefinition'));
  const td = tdId ? get(get(resources, tdId), 'Properties') : undefined;
  if (!isObj(td) || str(get(get(resources, tdId ?? ''), 'Type')) !== 'AWS::ECS::TaskDefinition') return;
  // Unknown means unknown: a Ref or an Fn::If with different branches decides nothing.
  const launch = launchOf(get(td, 'RequiresCompatibilities'));
  const rawMode = get(td, 'NetworkMode');
  const mode = str(rawMode);
  if (
    str(get(props, 'LaunchType')) === 'FARGATE' &&
    launch === 'not-fargate' &&
    mode !== 'awsvpc' &&
    !isIntrinsic(rawMode)
  ) {
    r.report(serviceTaskDefinition, ptr(base, 'LaunchType'), { taskDefinition: tdId ?? '' }, 'not-fargate');
  }
  if (mode === 'awsvpc' && !has(props, 'NetworkConfiguration')) {
    r.report(serviceTaskDefinition, base, { taskDefinition: tdId ?? '' });
  }
}

/** The container port behind a load balancer is dynamic: bridge mode and hostPort 0 or missing. */
function dynamicHostPort(td: unknown, container: string, port: unknown): boolean {
  const mode = get(td, 'NetworkMode');
  if (mode !== undefined && mode !== 'bridge') return false;
  const c = arr(get(td, 'ContainerDefinitions')).find((x) => str(get(x, 'Name')) === container);
  return arr(get(c, 'PortMappings')).some((pm) => {
    const host = get(pm, 'HostPort');
    return show(get(pm, 'ContainerPort')) === show(port) && (host === undefined || show(host) === '0');
  });
}

/** Service → target group: a fixed health check port cannot follow dynamic host ports. */
function checkDynamicPorts(serviceId: string, props: Obj, resources: Obj, r: Reporter): void {
  const tdId = refTarget(get(props, 'TaskDefinition'));
  const td = get(get(resources, tdId ?? ''), 'Properties');
  if (!isObj(td)) return;
  arr(get(props, 'LoadBalancers')).forEach((lb) => {
    const tgId = refTarget(get(lb, 'TargetGroupArn'));
    const tg = get(resources, tgId ?? '');
    if (str(get(tg, 'Type')) !== 'AWS::ElasticLoadBalancingV2::TargetGroup') return;
    const port = get(get(tg, 'Properties'), 'HealthCheckPort');
    if (port === undefined || port === 'traffic-port' || isIntrinsic(port)) return;
    const container = str(get(lb, 'ContainerName'));
    if (container === undefined || !dynamicHostPort(td, container, get(lb, 'ContainerPort'))) return;
    r.report(dynamicPortHealthCheck, ptr('/Resources', tgId ?? '', 'Properties', 'HealthCheckPort'), {
      tg: tgId ?? '',
      port: show(port),
      service: serviceId,
      container,
    });
  });
}

interface RoleInfo {
  readonly id: string;
  readonly statements: Statement[];
  readonly managed: string[];
  readonly trustsEcsTasks: boolean;
}

function roleInfo(resources: Obj, id: string): RoleInfo | undefined {
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

/** Cross-resource role checks: execution role permissions, task role policy, trust. */
function checkRoles(resources: Obj, r: Reporter): void {
  for (const [tdId, res] of entries(resources)) {
    if (str(get(res, 'Type')) !== 'AWS::ECS::TaskDefinition') continue;
    const props = get(res, 'Properties');
    const base = ptr('/Resources', tdId, 'Properties');
    const execId = refTarget(get(props, 'ExecutionRoleArn'));
    const taskId = refTarget(get(props, 'TaskRoleArn'));
    const exec = execId ? roleInfo(resources, execId) : undefined;
    const task = taskId ? roleInfo(resources, taskId) : undefined;
    for (const role of [exec, task]) {
      if (role && !role.trustsEcsTasks)
        r.report(trustPolicy, ptr('/Resources', role.id, 'Properties', 'AssumeRolePolicyDocument'), {
          role: role.id,
        });
    }
    if (task && task.managed.some((m) => m.includes('AmazonECSTaskExecutionRolePolicy'))) {
      r.report(taskRoleExecutionPolicy, ptr('/Resources', task.id, 'Properties', 'ManagedPolicyArns'), {
        role: task.id,
      });
    }
    if (exec) checkExecutionPermissions(props, exec, ptr(base, 'ExecutionRoleArn'), r);
  }
}

function checkExecutionPermissions(td: unknown, role: RoleInfo, at: string, r: Reporter): void {
  const managedExec = role.managed.some((m) => m.includes('AmazonECSTaskExecutionRolePolicy'));
  const needs: string[] = [];
  let usesSm = false;
  let usesSsm = false;
  let usesUnknown = false;
  for (const c of arr(get(td, 'ContainerDefinitions'))) {
    const secrets = [...arr(get(c, 'Secrets')), ...arr(get(get(c, 'LogConfiguration'), 'SecretOptions'))];
    for (const s of secrets) {
      const from = get(s, 'ValueFrom');
      if (typeof from !== 'string') usesUnknown = true;
      else if (from.includes(':secretsmanager:')) usesSm = true;
      else usesSsm = true;
    }
    const image = str(get(c, 'Image'));
    if (image && isPrivateEcr(image) && !managedExec && !allows(role.statements, 'ecr:BatchGetImage'))
      needs.push('ecr:GetAuthorizationToken, ecr:BatchGetImage, ecr:GetDownloadUrlForLayer');
    if (
      str(get(get(c, 'LogConfiguration'), 'LogDriver')) === 'awslogs' &&
      !managedExec &&
      !allows(role.statements, 'logs:PutLogEvents')
    )
      needs.push('logs:CreateLogStream, logs:PutLogEvents');
  }
  if (usesSm && !allows(role.statements, 'secretsmanager:GetSecretValue'))
    needs.push('secretsmanager:GetSecretValue');
  if (usesSsm && !allows(role.statements, 'ssm:GetParameters')) needs.push('ssm:GetParameters');
  if (
    usesUnknown &&
    !allows(role.statements, 'secretsmanager:GetSecretValue') &&
    !allows(role.statements, 'ssm:GetParameters')
  ) {
    needs.push('secretsmanager:GetSecretValue or ssm:GetParameters');
  }
  for (const permission of new Set(needs))
    r.report(executionRolePermissions, at, { role: role.id, permission });
}
