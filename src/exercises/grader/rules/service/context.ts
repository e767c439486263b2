/** What the service rules' hooks pass to their checks. */
import type { Obj } from '../../value.ts';
import type { Reporter } from '../report.ts';
import type { Deployment } from './deployment.ts';

/** A (camelCase) service, run-task input or CLI flag file wrapped as one, and where to report. */
export interface ServiceCtx {
  readonly svc: Obj;
  readonly r: Reporter;
}

/** A service with its deployment settings read once. */
export interface DeploymentCtx extends ServiceCtx {
  readonly d: Deployment;
  /** False for a --deployment-configuration file on its own (the desired count is not known). */
  readonly desiredKnown: boolean;
}

/** The hooks the service runner dispatches, in the order it reaches them. */
export interface ServiceHooks {
  /** Launch type against capacity provider strategy. */
  readonly launch: ServiceCtx;
  /** The capacity provider strategy items. */
  readonly strategy: ServiceCtx;
  /** The deployment controller, before the deployment settings are judged at all. */
  readonly deploymentController: DeploymentCtx;
  /** Deployment settings, when the input shows them. */
  readonly deployment: DeploymentCtx;
  /** Networking, Fargate placement, load balancers and Service Connect. */
  readonly network: ServiceCtx;
}
