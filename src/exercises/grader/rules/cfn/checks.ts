/**
 * CloudFormation templates: each ECS, Application Auto Scaling, IAM and Logs resource is checked
 * with the same rules as API input (PascalCase mapped to camelCase once), plus cross-resource rules.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/AWS_ECS.html
 */
import { arr, entries, get, has, isObj, ptr, str, type Obj } from '../../value.ts';
import { check as checkExecutionPermissions } from '../iam/execution-role-permissions.ts';
import { checkPolicyDocument } from '../iam/checks.ts';
import { roleInfo } from '../iam/roles.ts';
import { check as checkTaskRolePolicy } from '../iam/task-role-execution-policy.ts';
import { check as checkTrustPolicy } from '../iam/trust-policy.ts';
import { cfnReporter, prefixed, toCamel, type Reporter } from '../report.ts';
import {
  checkIdentifiers,
  checkScalableTarget,
  checkScalingPolicy,
  checkScheduledAction,
} from '../scaling/checks.ts';
import { checkService } from '../service/checks.ts';
import { checkTaskDef } from '../taskdef/run.ts';
import { check as checkDynamicPorts } from './dynamic-port-health-check.ts';
import { check as checkLogGroupRetention } from './log-group-retention.ts';
import { check as checkServiceAgainstTaskDef } from './service-task-definition.ts';
import { refTarget } from './template.ts';
import { check as checkRefs } from './unresolved-reference.ts';

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
        checkLogGroupRetention(id, props, base, r);
        break;
    }
  }
  checkRoles(resources, r);
}

/** Cross-resource role checks for each task definition: trust, task role policy, execution role permissions. */
function checkRoles(resources: Obj, r: Reporter): void {
  for (const [tdId, res] of entries(resources)) {
    if (str(get(res, 'Type')) !== 'AWS::ECS::TaskDefinition') continue;
    const props = get(res, 'Properties');
    const base = ptr('/Resources', tdId, 'Properties');
    const execId = refTarget(get(props, 'ExecutionRoleArn'));
    const taskId = refTarget(get(props, 'TaskRoleArn'));
    const exec = execId ? roleInfo(resources, execId) : undefined;
    const task = taskId ? roleInfo(resources, taskId) : undefined;
    checkTrustPolicy(exec, r);
    checkTrustPolicy(task, r);
    checkTaskRolePolicy(task, r);
    if (exec) checkExecutionPermissions(props, exec, ptr(base, 'ExecutionRoleArn'), r);
  }
}
