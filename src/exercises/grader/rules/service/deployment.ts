/** A service's deployment settings, as the deployment rules read them. */
import { get, str, type Obj } from '../../value.ts';

/** The deploymentConfiguration value, the deployment controller type (ECS when unset) and DAEMON scheduling. */
export interface Deployment {
  readonly dc: unknown;
  readonly controller: string;
  readonly daemon: boolean;
}

/** Reads the deployment settings of a (camelCase) service. */
export function deployment(svc: Obj): Deployment {
  return {
    dc: get(svc, 'deploymentConfiguration'),
    controller: str(get(get(svc, 'deploymentController'), 'type')) ?? 'ECS',
    daemon: str(get(svc, 'schedulingStrategy')) === 'DAEMON',
  };
}
