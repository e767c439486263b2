/**
 * Service rules: capacity provider strategy, deployment settings, networking, load balancers.
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html
 */
import { get, has, type Obj } from '../../value.ts';
import type { Reporter } from '../report.ts';
import { check as checkAssignPublicIp } from './assign-public-ip.ts';
import { check as checkStrategyItems } from './capacity-provider-strategy.ts';
import { check as checkCircuitBreaker } from './circuit-breaker.ts';
import { check as checkDaemonController } from './daemon-deployment-controller.ts';
import { check as checkDeploymentAlarms } from './deployment-alarms.ts';
import { check as checkDeploymentStuck } from './deployment-cannot-progress.ts';
import { deployment } from './deployment.ts';
import { check as checkFargateLimits } from './fargate-limits.ts';
import { check as checkGracePeriod } from './grace-period-without-lb.ts';
import { check as checkLaunchTypeAndStrategy } from './launch-type-and-strategy.ts';
import { check as checkLoadBalancers } from './load-balancer.ts';
import { check as checkServiceConnect } from './service-connect.ts';

/** Capacity provider strategy rules (CreateService, RunTask, or a --capacity-provider-strategy file). */
export function checkStrategy(svc: Obj, r: Reporter): void {
  checkStrategyItems(svc, r);
}

/** Deployment settings; `desiredKnown` false for a --deployment-configuration file on its own. */
export function checkDeployment(svc: Obj, r: Reporter, desiredKnown = true): void {
  const d = deployment(svc);
  checkDaemonController(d, r);
  // update-service without deploymentConfiguration keeps the service's current settings, which
  // this input does not show: nothing to judge.
  if (typeof get(svc, 'service') === 'string' && !has(svc, 'serviceName') && d.dc === undefined) return;
  checkDeploymentStuck(svc, d, r, desiredKnown);
  checkCircuitBreaker(d, r);
  checkDeploymentAlarms(d, r);
}

/** Network, Fargate placement, load balancer and Service Connect rules. */
export function checkNetworkAndLb(svc: Obj, r: Reporter): void {
  checkAssignPublicIp(svc, r);
  checkFargateLimits(svc, r);
  checkLoadBalancers(svc, r);
  checkGracePeriod(svc, r);
  checkServiceConnect(svc, r);
}

/** Checks a (camelCase) service: each rule's check, in reporting order. */
export function checkService(svc: Obj, r: Reporter): void {
  checkLaunchTypeAndStrategy(svc, r);
  checkStrategy(svc, r);
  checkDeployment(svc, r);
  checkNetworkAndLb(svc, r);
}
