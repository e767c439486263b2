// Service scheduling strategies and their rolling-deployment defaults. Checked 2026-12-06 against
// DeploymentConfiguration in the ECS API reference:
// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html
// and the service definition parameters page:
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service_definition_parameters.html

/** `schedulingStrategy` of an ECS service. */
export type SchedulingStrategy = 'REPLICA' | 'DAEMON';

/** Every scheduling strategy, REPLICA (the default) first. */
export const SCHEDULING_STRATEGIES: readonly SchedulingStrategy[] = ['REPLICA', 'DAEMON'];

/**
 * Default minimumHealthyPercent and maximumPercent of a rolling deployment per strategy: REPLICA
 * 100 % / 200 %; DAEMON 0 % (API, CLI and SDK; the console shows 50 %) / 100 %, and for DAEMON
 * "the maximumPercent should remain at 100%".
 */
export const ROLLING_DEFAULT_PERCENTS: Readonly<
  Record<SchedulingStrategy, { minimumHealthyPercent: number; maximumPercent: number }>
> = {
  REPLICA: { minimumHealthyPercent: 100, maximumPercent: 200 },
  DAEMON: { minimumHealthyPercent: 0, maximumPercent: 100 },
};
