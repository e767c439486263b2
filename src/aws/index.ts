/**
 * AWS facts, once: Fargate task sizes, schedule expressions, capacity provider strategies,
 * deployment defaults and limits, circuit breaker thresholds, health checks, deployment
 * configurations, quotas and prices, each with its source and the date it was last checked.
 * Pure TypeScript on the lowest floor: it imports nothing of ours but `src/util`. The ledger
 * (every fact with its description, for pages and `npm run facts`) is in `ledger.ts`.
 * @packageDocumentation
 */
export * from './fact.ts';
export * from './fargate-task-sizes.ts';
export * from './schedule-expression.ts';
export * from './capacity-provider-strategy.ts';
export * from './rolling-deployment.ts';
export * from './circuit-breaker.ts';
export * from './health-checks.ts';
export * from './deployment-configurations.ts';
export * from './quotas.ts';
export * from './prices.ts';
