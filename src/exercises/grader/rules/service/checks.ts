/**
 * Service rules: capacity provider strategy, deployment settings, networking, load balancers.
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html
 */
import {
  ROLLING_DEFAULTS,
  providerKind,
  rollingLimits,
  strategyProblems,
  type StrategyItemInput,
} from '../../../../aws/index.ts';
import { arr, bool, get, has, isObj, num, ptr, str, type Obj } from '../../value.ts';
import type { Reporter } from '../report.ts';
import launchTypeAndStrategy from './launch-type-and-strategy.ts';
import strategyRules from './capacity-provider-strategy.ts';
import deploymentStuck from './deployment-cannot-progress.ts';
import circuitBreaker from './circuit-breaker.ts';
import deploymentAlarms from './deployment-alarms.ts';
import assignPublicIp from './assign-public-ip.ts';
import fargateServiceLimits from './fargate-limits.ts';
import loadBalancerShape from './load-balancer.ts';
import gracePeriodWithoutLb from './grace-period-without-lb.ts';
import serviceConnect from './service-connect.ts';
import daemonController from './daemon-deployment-controller.ts';

const isFargateProvider = (n: string): boolean => providerKind(n) === 'FARGATE';

/** Problems the JSON Schema already reports (names and ranges); the rule adds the rest. */
const SCHEMA_CHECKED = new Set(['provider-name', 'base-range', 'weight-range']);

/** A strategy item as the shared rules in src/aws read it: intrinsics and odd types are unknown. */
function strategyInput(it: unknown): StrategyItemInput {
  const value = (v: unknown): number | undefined | 'unknown' =>
    v === undefined ? undefined : (num(v) ?? 'unknown');
  const name = get(it, 'capacityProvider');
  return {
    capacityProvider: name === undefined ? undefined : (str(name) ?? 'unknown'),
    base: value(get(it, 'base')),
    weight: value(get(it, 'weight')),
  };
}

/** Capacity provider strategy rules (CreateService, RunTask, or a --capacity-provider-strategy file). */
export function checkStrategy(svc: Obj, r: Reporter): void {
  const list = get(svc, 'capacityProviderStrategy');
  if (!Array.isArray(list) || list.length === 0) return;
  const base = '/capacityProviderStrategy';
  for (const problem of strategyProblems(list.map(strategyInput))) {
    if (SCHEMA_CHECKED.has(problem.code)) continue;
    const at =
      problem.code === 'two-bases' && problem.index !== undefined ? ptr(base, problem.index, 'base') : base;
    r.report(strategyRules, at, { detail: problem.en, detailJa: problem.ja });
  }
}

/** Deployment settings; `desiredKnown` false for a --deployment-configuration file on its own. */
export function checkDeployment(svc: Obj, r: Reporter, desiredKnown = true): void {
  const dc = get(svc, 'deploymentConfiguration');
  const controller = str(get(get(svc, 'deploymentController'), 'type')) ?? 'ECS';
  const daemon = str(get(svc, 'schedulingStrategy')) === 'DAEMON';
  if (daemon && (controller === 'CODE_DEPLOY' || controller === 'EXTERNAL'))
    r.report(daemonController, '/deploymentController/type', { controller });
  // update-service without deploymentConfiguration keeps the service's current settings, which
  // this input does not show: nothing to judge.
  if (typeof get(svc, 'service') === 'string' && !has(svc, 'serviceName') && dc === undefined) return;
  const defaults = ROLLING_DEFAULTS[daemon ? 'DAEMON' : 'REPLICA'];
  const min = num(get(dc, 'minimumHealthyPercent')) ?? defaults.minimumHealthyPercent;
  const max = num(get(dc, 'maximumPercent')) ?? defaults.maximumPercent;
  const desired = num(get(svc, 'desiredCount')) ?? 1;
  if (controller === 'ECS' && !daemon && desired > 0 && desiredKnown) {
    if (rollingLimits(desired, min, max).stuck)
      r.report(
        deploymentStuck,
        has(dc, 'maximumPercent') ? '/deploymentConfiguration/maximumPercent' : '/deploymentConfiguration',
        { desired, min, max },
      );
  }
  const cb = get(dc, 'deploymentCircuitBreaker');
  const alarms = get(dc, 'alarms');
  const alarmsOn = bool(get(alarms, 'enable')) === true;
  if (controller === 'ECS') {
    if (bool(get(cb, 'enable')) !== true && !alarmsOn) {
      r.report(
        circuitBreaker,
        has(dc, 'deploymentCircuitBreaker') ? '/deploymentConfiguration/deploymentCircuitBreaker' : '',
      );
    } else if (bool(get(cb, 'enable')) === true && bool(get(cb, 'rollback')) === false) {
      r.report(
        circuitBreaker,
        '/deploymentConfiguration/deploymentCircuitBreaker/rollback',
        {},
        'no-rollback',
      );
    }
  }
  if (isObj(alarms)) {
    if (controller !== 'ECS') {
      r.report(deploymentAlarms, '/deploymentConfiguration/alarms', { controller }, 'controller');
    } else if (alarmsOn && arr(get(alarms, 'alarmNames')).length === 0) {
      r.report(deploymentAlarms, '/deploymentConfiguration/alarms/alarmNames');
    }
  }
}

/** Network, Fargate placement, load balancer and Service Connect rules. */
export function checkNetworkAndLb(svc: Obj, r: Reporter): void {
  const fargate =
    str(get(svc, 'launchType')) === 'FARGATE' ||
    arr(get(svc, 'capacityProviderStrategy')).some((it) =>
      isFargateProvider(str(get(it, 'capacityProvider')) ?? ''),
    );
  const aw = get(get(svc, 'networkConfiguration'), 'awsvpcConfiguration');
  if (str(get(aw, 'assignPublicIp')) === 'ENABLED')
    r.report(assignPublicIp, '/networkConfiguration/awsvpcConfiguration/assignPublicIp');
  if (fargate) {
    if (arr(get(svc, 'placementConstraints')).length > 0)
      r.report(fargateServiceLimits, '/placementConstraints');
    if (arr(get(svc, 'placementStrategy')).length > 0)
      r.report(fargateServiceLimits, '/placementStrategy', {}, 'placement-strategy');
    if (str(get(svc, 'schedulingStrategy')) === 'DAEMON')
      r.report(fargateServiceLimits, '/schedulingStrategy', {}, 'daemon');
  }
  const lbs = arr(get(svc, 'loadBalancers'));
  lbs.forEach((lb, i) => {
    const missing: string[] = [];
    if (!has(lb, 'containerName')) missing.push('containerName');
    if (!has(lb, 'containerPort')) missing.push('containerPort');
    const both = has(lb, 'targetGroupArn') === has(lb, 'loadBalancerName');
    if (missing.length > 0 || both) {
      const messageId = missing.length === 0 ? 'target' : both ? 'missing-and-target' : 'default';
      const params = missing.length > 0 ? { missing: missing.join(', '), missingJa: missing.join('・') } : {};
      r.report(loadBalancerShape, ptr('/loadBalancers', i), params, messageId);
    }
  });
  if ((num(get(svc, 'healthCheckGracePeriodSeconds')) ?? 0) > 0 && lbs.length === 0)
    r.report(gracePeriodWithoutLb, '/healthCheckGracePeriodSeconds');
  const sc = get(svc, 'serviceConnectConfiguration');
  if (bool(get(sc, 'enabled')) === true) {
    arr(get(sc, 'services')).forEach((s, i) => {
      if (!has(s, 'portName'))
        r.report(serviceConnect, ptr('/serviceConnectConfiguration/services', i), { index: i });
    });
  }
}

/** Checks a (camelCase) service. */
export function checkService(svc: Obj, r: Reporter): void {
  if (has(svc, 'launchType') && arr(get(svc, 'capacityProviderStrategy')).length > 0)
    r.report(launchTypeAndStrategy, '/capacityProviderStrategy');
  checkStrategy(svc, r);
  checkDeployment(svc, r);
  checkNetworkAndLb(svc, r);
}
