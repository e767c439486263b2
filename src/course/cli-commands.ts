/**
 * Finds the AWS CLI commands in a lesson (`aws ecs …`, `aws application-autoscaling …`) and checks
 * their operations and options against the AWS SDK's service model, the same model the CLI is
 * generated from: an operation `UpdateService` is the command `update-service`, an input member
 * `taskDefinition` (or `ResourceId`) the option `--task-definition` (`--resource-id`).
 */

/** One CLI command as written in a lesson. */
export interface CliCommand {
  /** 1-based line where the command starts. */
  line: number;
  service: string;
  /** The operation, or `wait` followed by the waiter (`wait services-stable`). */
  operation: string;
  options: string[];
  /** Options given a local file (`--cli-input-json file://web.json` → `web.json`). */
  files: { option: string; file: string }[];
  text: string;
}

/** A service as the CLI sees it: its commands with their options, and its waiters. */
export interface CliService {
  operations: Map<string, Set<string>>;
  /** Waiter name (`services-stable`) → the operation whose options it takes. */
  waiters: Map<string, string>;
  /** Operations that page their results, which take the CLI's paging options. */
  paginated: Set<string>;
  /** Operation → the name of its input shape in the SDK model (`UpdateServiceRequest`). */
  inputs: Map<string, string>;
}

/**
 * Options every command accepts: the CLI's global options and the input-file options
 * (https://docs.aws.amazon.com/cli/latest/reference/index.html#options,
 * https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-skeleton.html).
 */
export const GLOBAL_OPTIONS: ReadonlySet<string> = new Set([
  '--debug',
  '--endpoint-url',
  '--no-verify-ssl',
  '--no-paginate',
  '--output',
  '--query',
  '--profile',
  '--region',
  '--version',
  '--color',
  '--no-sign-request',
  '--ca-bundle',
  '--cli-read-timeout',
  '--cli-connect-timeout',
  '--cli-binary-format',
  '--no-cli-pager',
  '--cli-auto-prompt',
  '--no-cli-auto-prompt',
  '--cli-input-json',
  '--cli-input-yaml',
  '--generate-cli-skeleton',
]);

/**
 * Paging options of commands whose results are paginated
 * (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-pagination.html).
 */
export const PAGING_OPTIONS: ReadonlySet<string> = new Set([
  '--max-items',
  '--starting-token',
  '--page-size',
]);

/** The CLI's name for a model name: `enableECSManagedTags` → `enable-ecs-managed-tags` (botocore's xform_name). */
export function kebabName(name: string): string {
  return name
    .replace(/(.)([A-Z][a-z]+)/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

/** Splits a shell line into words, honouring single and double quotes. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const match of line.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)) {
    words.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  return words;
}

const SHELL_FENCE = /^(\s*)(`{3,}|~{3,})\s*(bash|sh|shell|console|zsh)\b/i;
const COMMAND = /\baws\s+(ecs|application-autoscaling)\s+([a-z0-9-]+)(.*)$/;

function commandFrom(text: string, line: number): CliCommand | undefined {
  const match = COMMAND.exec(text);
  if (!match) return undefined;
  const [, service = '', first = '', rest = ''] = match;
  // A command substitution or pipe ends the command: `$(aws ecs list-tasks … )`, `| jq`.
  const own = rest.split(/\)|\||;|&&/)[0] ?? '';
  const words = shellWords(own);
  const files = words.flatMap((word, index) => {
    const option = words[index - 1] ?? '';
    return word.startsWith('file://') && option.startsWith('--')
      ? [{ option, file: word.slice('file://'.length).split('/').at(-1) ?? '' }]
      : [];
  });
  const operation =
    first === 'wait' && words[0] && !words[0].startsWith('-') ? `wait ${words.shift()}` : first;
  return {
    line,
    service,
    operation,
    options: words.filter((word) => /^--[a-z]/.test(word)).map((word) => word.split('=')[0] ?? word),
    files,
    text: `aws ${service} ${first}${own}`.trim(),
  };
}

/** Every `aws ecs` and `aws application-autoscaling` command in the lesson's shell code blocks. */
export function extractCliCommands(mdx: string): CliCommand[] {
  const lines = mdx.split('\n');
  const commands: CliCommand[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = SHELL_FENCE.exec(lines[i] ?? '');
    if (!open) continue;
    const marker = open[2] ?? '```';
    let j = i + 1;
    let logical = '';
    let start = j;
    for (; j < lines.length && !(lines[j] ?? '').trim().startsWith(marker); j += 1) {
      const raw = (lines[j] ?? '').replace(/\s+#.*$/, '');
      if (logical === '') start = j + 1;
      if (raw.trimEnd().endsWith('\\')) {
        logical += `${raw.trimEnd().slice(0, -1)} `;
        continue;
      }
      logical += raw;
      for (const part of logical.split(/(?=\baws\s+(?:ecs|application-autoscaling)\s)/)) {
        const command = commandFrom(part, start);
        if (command) commands.push(command);
      }
      logical = '';
    }
    i = j;
  }
  return commands;
}

type Schema = readonly unknown[];
const OPERATION = 9;
const STRUCTURE = 3;
const BOOLEAN = 2;

function resolve(value: unknown): unknown {
  return typeof value === 'function' ? (value as () => unknown)() : value;
}

function optionsOf(input: unknown): Set<string> {
  const options = new Set<string>();
  const schema = resolve(input);
  if (!Array.isArray(schema) || schema[0] !== STRUCTURE) return options;
  const names = (schema[4] ?? []) as unknown[];
  const types = (schema[5] ?? []) as unknown[];
  names.forEach((name, index) => {
    if (typeof name !== 'string') return;
    options.add(`--${kebabName(name)}`);
    if (types[index] === BOOLEAN) options.add(`--no-${kebabName(name)}`);
  });
  return options;
}

/**
 * Builds a service's CLI commands from an SDK client module's exports: operation schemas
 * (`UpdateService$`), waiters (`waitUntilServicesStable`) and paginators (`paginateListTasks`).
 */
export function cliServiceFromSdk(sdk: Record<string, unknown>): CliService {
  const operations = new Map<string, Set<string>>();
  const waiters = new Map<string, string>();
  const paginated = new Set<string>();
  const inputs = new Map<string, string>();
  for (const [name, value] of Object.entries(sdk)) {
    if (name.endsWith('$') && Array.isArray(value)) {
      const schema = value as Schema;
      if (schema[0] === OPERATION && typeof schema[2] === 'string') {
        operations.set(kebabName(schema[2]), optionsOf(schema[4]));
        const input = resolve(schema[4]);
        if (Array.isArray(input) && typeof input[2] === 'string') inputs.set(kebabName(schema[2]), input[2]);
      }
    } else if (name.startsWith('waitUntil')) {
      const waiter = name.slice('waitUntil'.length);
      const noun = /^[A-Z][a-z]+/.exec(waiter)?.[0] ?? '';
      waiters.set(kebabName(waiter), kebabName(`Describe${noun}`));
    } else if (name.startsWith('paginate')) {
      paginated.add(kebabName(name.slice('paginate'.length)));
    }
  }
  return { operations, waiters, paginated, inputs };
}

/**
 * The model path a file given to an option must fit: `--cli-input-json` takes the whole input, any
 * other option the member it names (`--service-connect-configuration` → `serviceConnectConfiguration`).
 * Undefined when the option names no member.
 */
export function fileShapePath(
  command: CliCommand,
  option: string,
  members: readonly string[],
): string | undefined {
  if (option === '--cli-input-json') return '';
  const member = members.find((name) => `--${kebabName(name)}` === option);
  return member === undefined || command.operation.startsWith('wait ') ? undefined : member;
}

/** What is wrong with a command (an unknown operation, waiter or option); empty when it is fine. */
export function checkCliCommand(command: CliCommand, service: CliService | undefined): string[] {
  if (!service) return [`unknown service ${command.service}`];
  let operation = command.operation;
  if (operation.startsWith('wait ')) {
    const waiter = operation.slice('wait '.length);
    const target = service.waiters.get(waiter);
    if (!target) return [`unknown waiter ${waiter}`];
    operation = target;
  }
  const options = service.operations.get(operation);
  if (!options) return [`unknown operation ${operation}`];
  return command.options
    .filter(
      (option) =>
        !options.has(option) &&
        !GLOBAL_OPTIONS.has(option) &&
        !(service.paginated.has(operation) && PAGING_OPTIONS.has(option)),
    )
    .map((option) => `${operation} has no option ${option}`);
}
