/**
 * `aws ecs wait …`: polls like the CLI's waiters (services-stable every 15 s up to 40 times,
 * tasks-running and tasks-stopped every 6 s up to 100 times), moving simulated time between polls.
 * @see https://docs.aws.amazon.com/cli/latest/reference/ecs/wait/services-stable.html
 */
import { API_MODEL } from '../api-model.ts';
import { callOperation, type EcsEmulator } from '../emulator.ts';
import { AwsServiceError } from '../errors.ts';
import { validateParams } from '../param-validation.ts';
import type { EmulatorState } from '../state.ts';
import { parseOperationArgs, UsageError } from './arguments.ts';
import type { CommandResult } from './run-command.ts';

/** One waiter: the operation it polls and how it decides. */
export interface Waiter {
  name: string;
  operation: 'DescribeServices' | 'DescribeTasks';
  delaySeconds: number;
  maxAttempts: number;
  /** 'success', 'failure' (with the matched reason) or 'retry'. */
  check(result: Record<string, unknown>): 'success' | 'retry' | { failure: string };
}

type Obj = Record<string, unknown>;
const list = (o: Obj, k: string): Obj[] => (Array.isArray(o[k]) ? (o[k] as Obj[]) : []);

function missing(result: Obj): { failure: string } | undefined {
  return list(result, 'failures').some((f) => f['reason'] === 'MISSING')
    ? { failure: 'For expression "failures[].reason" we matched expected path: "MISSING" at least once' }
    : undefined;
}

/** The waiters the sandbox supports. */
export const WAITERS: Record<string, Waiter> = {
  'services-stable': {
    name: 'ServicesStable',
    operation: 'DescribeServices',
    delaySeconds: 15,
    maxAttempts: 40,
    check(result) {
      const m = missing(result);
      if (m) return m;
      const services = list(result, 'services');
      if (services.some((s) => s['status'] === 'DRAINING' || s['status'] === 'INACTIVE')) {
        return {
          failure: 'For expression "services[].status" we matched expected path: "DRAINING" at least once',
        };
      }
      const stable = services.every(
        (s) => list(s, 'deployments').length === 1 && s['runningCount'] === s['desiredCount'],
      );
      return stable ? 'success' : 'retry';
    },
  },
  'tasks-running': {
    name: 'TasksRunning',
    operation: 'DescribeTasks',
    delaySeconds: 6,
    maxAttempts: 100,
    check(result) {
      const m = missing(result);
      if (m) return m;
      const tasks = list(result, 'tasks');
      if (tasks.some((t) => t['lastStatus'] === 'STOPPED')) {
        return {
          failure: 'For expression "tasks[].lastStatus" we matched expected path: "STOPPED" at least once',
        };
      }
      return tasks.every((t) => t['lastStatus'] === 'RUNNING') ? 'success' : 'retry';
    },
  },
  'tasks-stopped': {
    name: 'TasksStopped',
    operation: 'DescribeTasks',
    delaySeconds: 6,
    maxAttempts: 100,
    check(result) {
      return list(result, 'tasks').every((t) => t['lastStatus'] === 'STOPPED') ? 'success' : 'retry';
    },
  },
};

/** Runs a waiter with the operation's options. */
export function runWaiter(
  emulator: EcsEmulator,
  state: EmulatorState,
  waiter: Waiter,
  args: string[],
): CommandResult {
  const shapes = API_MODEL.services.ecs[waiter.operation];
  if (shapes === undefined) return { exitCode: 255, stdout: '', stderr: '\nUnknown waiter operation\n' };
  let input: Obj;
  try {
    input = parseOperationArgs(args, shapes.input, (p) => state.files[p]).input;
  } catch (e) {
    if (e instanceof UsageError) return { exitCode: 252, stdout: '', stderr: `\naws: error: ${e.message}\n` };
    throw e;
  }
  const errors: string[] = [];
  validateParams(shapes.input, input, '', errors);
  if (errors.length > 0)
    return { exitCode: 252, stdout: '', stderr: `\nParameter validation failed:\n${errors.join('\n')}\n` };
  for (let attempt = 1; attempt <= waiter.maxAttempts; attempt += 1) {
    let result: Obj;
    try {
      result = callOperation(state, 'ecs', waiter.operation, input, false);
    } catch (e) {
      if (e instanceof AwsServiceError) {
        return {
          exitCode: 255,
          stdout: '',
          stderr: `\nWaiter ${waiter.name} failed: An error occurred (${e.name}): ${e.message}\n`,
        };
      }
      throw e;
    }
    const verdict = waiter.check(result);
    if (verdict === 'success') return { exitCode: 0, stdout: '', stderr: '' };
    if (verdict !== 'retry') {
      return {
        exitCode: 255,
        stdout: '',
        stderr: `\nWaiter ${waiter.name} failed: Waiter encountered a terminal failure state: ${verdict.failure}\n`,
      };
    }
    if (attempt < waiter.maxAttempts) emulator.advance(waiter.delaySeconds);
  }
  return { exitCode: 255, stdout: '', stderr: `\nWaiter ${waiter.name} failed: Max attempts exceeded\n` };
}
