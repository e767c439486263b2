/**
 * CloudFormation templates: each ECS, Application Auto Scaling, IAM and Logs resource is checked
 * with the same rules as API input (PascalCase mapped to camelCase once), plus cross-resource rules
 * dispatched at the template, service, log group and (IAM) role hooks.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/AWS_ECS.html
 */
import { arr, entries, get, has, isObj, ptr, str, type Obj } from '../../value.ts';
import { dispatch } from '../dispatch.ts';
import { checkPolicyDocument } from '../iam/checks.ts';
import { roleInfo } from '../iam/roles.ts';
import { cfnReporter, prefixed, toCamel, type Reporter } from '../report.ts';
import {
  checkIdentifiers,
  checkScalableTarget,
  checkScalingPolicy,
  checkScheduledAction,
} from '../scaling/checks.ts';
import { checkService } from '../service/checks.ts';
import { checkTaskDef } from '../taskdef/run.ts';
import { refTarget } from './template.ts';

/** Checks a template. */
export function checkTemplate(t: Obj, r: Reporter): void {
  const resources = get(t, 'Resources');
  if (!isObj(resources)) return;
  const known = new Set([
    ...Object.keys(resources),
    ...Object.keys(isObj(get(t, 'Parameters')) ? (get(t, 'Parameters') as Obj) : {}),
  ]);
  dispatch('cfn', 'template', { t, known, r });
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
        dispatch('cfn', 'service', { id, props, base, resources, r });
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
        dispatch('cfn', 'logGroup', { id, props, base, resources, r });
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
    dispatch('iam', 'role', { role: exec, r });
    dispatch('iam', 'role', { role: task, r });
    dispatch('iam', 'taskRole', { role: task, r });
    if (exec)
      dispatch('iam', 'executionRole', { td: props, role: exec, at: ptr(base, 'ExecutionRoleArn'), r });
  }
}
