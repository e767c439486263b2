/**
 * Inputs that are not a whole `--cli-input-json` for a service: `aws ecs run-task` input, and the
 * files people pass to a single CLI flag (`--network-configuration file://net.json` and so on),
 * graded with the same rules as the matching part of a service or scaling policy.
 * https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-parameters-file.html
 */
import type { Kind } from '../../types.ts';
import { isObj, newObj, type Obj } from '../../value.ts';
import type { Reporter } from '../report.ts';
import { checkStepConfiguration, checkTargetTracking } from '../scaling/checks.ts';
import { dispatch } from '../dispatch.ts';
import { checkDeployment, checkLaunch, checkNetworkAndLb, checkStrategy } from '../service/checks.ts';
import { checkTaskDef } from '../taskdef/run.ts';

/** A reporter for a value that the rules see wrapped under `key`: drops that prefix again. */
function unwrapped(parent: Reporter, key: string): Reporter {
  const prefix = '/' + key;
  return {
    report: (rule, pointer, params, messageId) =>
      parent.report(
        rule,
        pointer.startsWith(prefix) ? pointer.slice(prefix.length) : pointer,
        params,
        messageId,
      ),
  };
}

function wrap(key: string, value: unknown): Obj {
  const o = newObj();
  o[key] = value;
  return o;
}

/** run-task input: launch type or strategy, Fargate placement, public IPs, tag propagation. */
export function checkRunTask(o: Obj, r: Reporter): void {
  checkLaunch(o, r);
  checkStrategy(o, r);
  checkNetworkAndLb(o, r);
  dispatch('cli-files', 'runTask', { o, r });
}

const SERVICE_PART: Partial<Record<Kind, string>> = {
  'capacity-provider-strategy': 'capacityProviderStrategy',
  'deployment-configuration': 'deploymentConfiguration',
  'network-configuration': 'networkConfiguration',
  'service-connect-configuration': 'serviceConnectConfiguration',
};

/** Grades a file for one CLI flag, or a Terraform container list; false when `kind` is not one. */
export function checkPartialInput(kind: Kind, value: unknown, r: Reporter): boolean {
  if (kind === 'container-definitions') {
    const td = wrap('containerDefinitions', value);
    checkTaskDef(td, unwrapped(r, 'containerDefinitions'), false, true);
    return true;
  }
  if (kind === 'target-tracking-configuration') {
    if (isObj(value)) checkTargetTracking(value, '', r);
    return true;
  }
  if (kind === 'step-scaling-configuration') {
    if (isObj(value)) checkStepConfiguration(value, '', r);
    return true;
  }
  const key = SERVICE_PART[kind];
  if (key === undefined) return false;
  const svc = wrap(key, value);
  const inner = unwrapped(r, key);
  if (kind === 'deployment-configuration') checkDeployment(svc, inner, false);
  else if (kind === 'capacity-provider-strategy') checkStrategy(svc, inner);
  else checkNetworkAndLb(svc, inner);
  return true;
}
