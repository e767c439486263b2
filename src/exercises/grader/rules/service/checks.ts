/**
 * Service rules: capacity provider strategy, deployment settings, networking, load balancers. Each
 * function dispatches one or more service hooks to the registered rules.
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html
 */
import { get, has, type Obj } from '../../value.ts';
import { dispatch } from '../dispatch.ts';
import type { Reporter } from '../report.ts';
import { deployment } from './deployment.ts';

/** Launch type against capacity provider strategy (CreateService or RunTask). */
export function checkLaunch(svc: Obj, r: Reporter): void {
  dispatch('service', 'launch', { svc, r });
}

/** Capacity provider strategy rules (CreateService, RunTask, or a --capacity-provider-strategy file). */
export function checkStrategy(svc: Obj, r: Reporter): void {
  dispatch('service', 'strategy', { svc, r });
}

/** Deployment settings; `desiredKnown` false for a --deployment-configuration file on its own. */
export function checkDeployment(svc: Obj, r: Reporter, desiredKnown = true): void {
  const ctx = { svc, r, d: deployment(svc), desiredKnown };
  dispatch('service', 'deploymentController', ctx);
  // update-service without deploymentConfiguration keeps the service's current settings, which
  // this input does not show: nothing to judge.
  if (typeof get(svc, 'service') === 'string' && !has(svc, 'serviceName') && ctx.d.dc === undefined) return;
  dispatch('service', 'deployment', ctx);
}

/** Network, Fargate placement, load balancer and Service Connect rules. */
export function checkNetworkAndLb(svc: Obj, r: Reporter): void {
  dispatch('service', 'network', { svc, r });
}

/** Checks a (camelCase) service: each hook in reporting order. */
export function checkService(svc: Obj, r: Reporter): void {
  checkLaunch(svc, r);
  checkStrategy(svc, r);
  checkDeployment(svc, r);
  checkNetworkAndLb(svc, r);
}
