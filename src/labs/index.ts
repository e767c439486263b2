/** The labs' sequence index: one file per lab under `catalog/<id>.ts`, listed here once in the order the labs page shows them. */
import { blueGreenBake } from './catalog/blue-green-bake.ts';
import { circuitBreakerRollback } from './catalog/circuit-breaker-rollback.ts';
import { diagnoseStoppedTasks } from './catalog/diagnose-stopped-tasks.ts';
import { fargateSpotStrategy } from './catalog/fargate-spot-strategy.ts';
import { firstFargateService } from './catalog/first-fargate-service.ts';
import { safeRollingDeployment } from './catalog/safe-rolling-deployment.ts';
import { scheduledScaleOut } from './catalog/scheduled-scale-out.ts';
import { serviceConnect } from './catalog/service-connect.ts';
import { stuckDeployment } from './catalog/stuck-deployment.ts';
import { targetTrackingSpike } from './catalog/target-tracking-spike.ts';
import type { Lab } from './types.ts';

export type { Lab, LabGoal, Bilingual } from './types.ts';
export { startLab, checkGoals, runTranscript, type GoalResult } from './run-lab.ts';

/** Every lab, in order. */
export const LABS: readonly Lab[] = [
  firstFargateService,
  safeRollingDeployment,
  circuitBreakerRollback,
  diagnoseStoppedTasks,
  stuckDeployment,
  targetTrackingSpike,
  scheduledScaleOut,
  fargateSpotStrategy,
  blueGreenBake,
  serviceConnect,
];

/** A lab by id. */
export function findLab(id: string): Lab | undefined {
  return LABS.find((l) => l.id === id);
}
