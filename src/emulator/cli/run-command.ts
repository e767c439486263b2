/**
 * Runs one command line in the sandbox: `aws <service> <operation> …` as AWS CLI v2 would (exit
 * code 0, 252 for usage and parameter errors, 254 for service errors, 255 for a failed waiter,
 * as https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-returncodes.html lists), plus the
 * sandbox's own `dojo …` commands and `ls` / `cat` for the virtual files.
 */
import jmespath from 'jmespath';
import { API_MODEL } from '../api-model.ts';
import type { EcsEmulator } from '../emulator.ts';
import { callOperation } from '../emulator.ts';
import { AwsServiceError } from '../errors.ts';
import { EMULATED_OPERATIONS } from '../operations.ts';
import { toApiOutput, validateParams } from '../param-validation.ts';
import type { EmulatorState } from '../state.ts';
import { parseOperationArgs, UsageError } from './arguments.ts';
import { runDojoCommand } from './dojo-commands.ts';
import { formatOutput, OUTPUT_FORMATS, plainData } from './format-output.ts';
import { kebab } from './names.ts';
import { shellWords } from './shell-words.ts';
import { skeletonText } from './skeleton.ts';
import { runWaiter, WAITERS } from './waiters.ts';

/** What a command printed and its exit code. */
export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

const USAGE = `
usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help
`;

/** A usage error as the CLI prints it (exit 252). */
export function usage(message: string): CommandResult {
  const line = message.startsWith('Unknown options') ? message : `aws: error: ${message}`;
  return { exitCode: 252, stdout: '', stderr: `${USAGE}\n${line}\n` };
}

/** Operation names by CLI command, per service. */
export const CLI_OPERATIONS: Record<string, Record<string, string>> = Object.fromEntries(
  Object.entries(EMULATED_OPERATIONS).map(([svc, ops]) => [
    svc,
    Object.fromEntries(ops.map((op) => [kebab(op), op])),
  ]),
);

function serviceHelp(service: string): CommandResult {
  const ops = Object.keys(CLI_OPERATIONS[service] ?? {});
  const waiters = service === 'ecs' ? ['wait'] : [];
  return {
    exitCode: 0,
    stdout: `${service}\n\nAVAILABLE COMMANDS\n${[...ops, ...waiters].map((o) => `  o ${o}`).join('\n')}\n`,
    stderr: '',
  };
}

function serviceError(operation: string, e: AwsServiceError): CommandResult {
  return {
    exitCode: 254,
    stdout: '',
    stderr: `\nAn error occurred (${e.name}) when calling the ${operation} operation: ${e.message}\n`,
  };
}

/** Runs `aws …` words (without the leading `aws`). */
function runAws(emulator: EcsEmulator, state: EmulatorState, words: string[]): CommandResult {
  if (words.includes('--version')) {
    return { exitCode: 0, stdout: 'aws-cli/2 (ECS Dojo sandbox: an emulator, no AWS account)\n', stderr: '' };
  }
  const rest = [...words];
  while (rest[0]?.startsWith('--') === true) {
    const flag = rest.shift() as string;
    if (!['--debug', '--no-cli-pager', '--no-paginate', '--no-verify-ssl'].includes(flag)) rest.shift();
  }
  const [service, command, ...args] = rest;
  if (service === undefined) return usage('the following arguments are required: command');
  if (service === 'help') {
    return {
      exitCode: 0,
      stdout: `aws\n\nAVAILABLE SERVICES (in this sandbox)\n  o application-autoscaling\n  o ecs\n`,
      stderr: '',
    };
  }
  const ops = CLI_OPERATIONS[service];
  if (ops === undefined) {
    return usage(
      `argument command: Invalid choice, valid choices are:\n\necs                                      | application-autoscaling`,
    );
  }
  if (command === undefined) return usage('the following arguments are required: operation');
  if (command === 'help') return serviceHelp(service);
  if (service === 'ecs' && command === 'wait') return runWaiterCommand(emulator, state, args);
  const operation = ops[command];
  if (operation === undefined) {
    return usage(`argument operation: Invalid choice, valid choices are:\n\n${Object.keys(ops).join(' | ')}`);
  }
  if (args[0] === 'help') return serviceHelp(service);
  return runOperation(state, service, operation, args);
}

function runOperation(
  state: EmulatorState,
  service: string,
  operation: string,
  args: string[],
): CommandResult {
  const shapes = (API_MODEL.services as Record<string, Record<string, { input: string; output: string }>>)[
    service
  ]?.[operation];
  if (shapes === undefined) return usage(`argument operation: Invalid choice`);
  let parsed;
  try {
    parsed = parseOperationArgs(
      args,
      shapes.input,
      (p) => state.files[p.replace(/^\.\//, '').replace(/^\/+/, '')],
    );
  } catch (e) {
    if (e instanceof UsageError)
      return e.message.startsWith('Error parsing')
        ? { exitCode: 252, stdout: '', stderr: `\n${e.message}\n` }
        : usage(e.message);
    throw e;
  }
  const output = parsed.globals['output'] ?? 'json';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(output)) {
    return usage(`argument --output: Invalid choice, valid choices are:\n\n${OUTPUT_FORMATS.join(' | ')}`);
  }
  if (parsed.skeleton !== undefined) {
    const ref = parsed.skeleton === 'output' ? shapes.output : shapes.input;
    return { exitCode: 0, stdout: skeletonText(ref, parsed.skeleton), stderr: '' };
  }
  const errors: string[] = [];
  validateParams(shapes.input, parsed.input, '', errors);
  if (errors.length > 0) {
    return { exitCode: 252, stdout: '', stderr: `\nParameter validation failed:\n${errors.join('\n')}\n` };
  }
  let result: Record<string, unknown>;
  try {
    result = callOperation(state, service, operation, parsed.input, false);
  } catch (e) {
    if (e instanceof AwsServiceError) return serviceError(operation, e);
    throw e;
  }
  return render(toApiOutput(shapes.output, result), parsed.globals['query'], output, operation);
}

/** Applies --query and formats the result. */
export function render(
  result: unknown,
  query: string | undefined,
  output: string,
  title: string,
): CommandResult {
  let data = plainData(result);
  if (query !== undefined) {
    try {
      data = jmespath.search(data, query) as unknown;
    } catch (e) {
      return {
        exitCode: 252,
        stdout: '',
        stderr: `\nBad value for --query ${query}: ${e instanceof Error ? e.message : String(e)}\n`,
      };
    }
  } else if (typeof data === 'object' && data !== null && Object.keys(data).length === 0) {
    return { exitCode: 0, stdout: '', stderr: '' };
  }
  return { exitCode: 0, stdout: formatOutput(data, output, title), stderr: '' };
}

function runWaiterCommand(emulator: EcsEmulator, state: EmulatorState, args: string[]): CommandResult {
  const [name, ...rest] = args;
  const waiter = name === undefined ? undefined : WAITERS[name];
  if (waiter === undefined) {
    return usage(
      `argument wait_name: Invalid choice, valid choices are:\n\n${Object.keys(WAITERS).join(' | ')}`,
    );
  }
  return runWaiter(emulator, state, waiter, rest);
}

function fileCommand(state: EmulatorState, words: string[]): CommandResult {
  const [cmd, ...rest] = words;
  if (cmd === 'ls')
    return {
      exitCode: 0,
      stdout: Object.keys(state.files)
        .sort()
        .map((f) => `${f}\n`)
        .join(''),
      stderr: '',
    };
  let out = '';
  for (const f of rest) {
    const text = state.files[f.replace(/^\.\//, '').replace(/^\/+/, '')];
    if (text === undefined)
      return { exitCode: 1, stdout: out, stderr: `cat: ${f}: No such file or directory\n` };
    out += text.endsWith('\n') ? text : `${text}\n`;
  }
  return { exitCode: 0, stdout: out, stderr: '' };
}

/** Runs one command line. Never throws: unexpected failures become exit code 255. */
export function runCommandLine(emulator: EcsEmulator, state: EmulatorState, line: string): CommandResult {
  try {
    const split = shellWords(typeof line === 'string' ? line : '');
    if (!split.ok) return { exitCode: 2, stdout: '', stderr: `sandbox: ${split.error}\n` };
    const [first, ...rest] = split.words;
    if (first === undefined) return { exitCode: 0, stdout: '', stderr: '' };
    if (first === 'aws') return runAws(emulator, state, rest);
    if (first === 'dojo') return runDojoCommand(emulator, rest);
    if (first === 'ls' || first === 'cat') return fileCommand(state, split.words);
    return {
      exitCode: 127,
      stdout: '',
      stderr: `sandbox: ${first}: command not found (try: aws, dojo, ls, cat)\n`,
    };
  } catch (e) {
    return { exitCode: 255, stdout: '', stderr: `\n${e instanceof Error ? e.message : String(e)}\n` };
  }
}
