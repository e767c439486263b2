/**
 * The ECS Dojo emulator: a pure, seeded, deterministic ECS and Application Auto Scaling control
 * plane with the AWS CLI's syntax, built on `src/sim` and the grader. This file is its only entry.
 * @packageDocumentation
 */
export {
  createEcsEmulator,
  DEFAULT_START_TIME,
  type EcsEmulator,
  type EmulatorOptions,
  type EmulatorSnapshot,
} from './emulator.ts';
export { AwsServiceError } from './errors.ts';
export { EMULATED_OPERATIONS, type EmulatedService } from './operations.ts';
export {
  SANDBOX_IMAGES,
  SANDBOX_REGISTRY,
  findImage,
  type SandboxImage,
  type ImageBehaviour,
} from './images.ts';
export type { CommandResult } from './cli/run-command.ts';
export { CLI_OPERATIONS } from './cli/run-command.ts';
export { shellWords, shellQuote } from './cli/shell-words.ts';
export type { EmulatorState, ServiceState, TaskState, DeploymentState, ClusterState } from './state.ts';
