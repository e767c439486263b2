/** Command-line parsing for `ecs-dojo`: pure, no I/O. */
import {
  KINDS,
  TARGETS,
  type Kind,
  type Lang,
  type Severity,
  type Target,
} from '../exercises/grader/index.ts';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface LintArgs {
  readonly command: 'lint';
  readonly kind?: Kind;
  readonly format: OutputFormat;
  /** Undefined: from the configuration file, then LANG / LC_ALL. */
  readonly lang?: Lang;
  /** How the file reaches AWS; undefined: from the configuration file, else `api`. */
  readonly target?: Target;
  /** Only errors are reported (warnings and info are dropped from every format). */
  readonly quiet: boolean;
  /** Exit 1 when there are more warnings than this. */
  readonly maxWarnings?: number;
  readonly stdinFilename?: string;
  /** An explicit configuration file, or false for `--no-config`. */
  readonly config?: string | false;
  /** An explicit ignore file, or false for `--no-ignore`. */
  readonly ignorePath?: string | false;
  /** Undefined: colour when stdout is a terminal and NO_COLOR is not set. */
  readonly color?: boolean;
  readonly inputs: readonly string[];
}

export type ParsedArgs =
  | LintArgs
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | { readonly command: 'error'; readonly message: string };

/** Options that take a value (the next argument, or `--opt=value`). */
const VALUE_OPTIONS = new Set([
  '--kind',
  '--format',
  '--lang',
  '--target',
  '--max-warnings',
  '--stdin-filename',
  '--config',
  '--ignore-path',
]);

const fail = (message: string): ParsedArgs => ({ command: 'error', message });

/** Splits `--flag=value` into its two halves. */
function splitInline(arg: string): [string, string | undefined] {
  if (!arg.startsWith('--')) return [arg, undefined];
  const eq = arg.indexOf('=');
  return eq === -1 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

/**
 * Parses argv (without node and the script). An option's value is never read as a flag:
 * `--kind -v` is a usage error, not `--version`.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0) return { command: 'help' };
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command !== 'lint') return fail(`unknown command "${command ?? ''}" (try: ecs-dojo lint --help)`);

  let kind: Kind | undefined;
  let format: OutputFormat = 'text';
  let lang: Lang | undefined;
  let target: Target | undefined;
  let quiet = false;
  let maxWarnings: number | undefined;
  let stdinFilename: string | undefined;
  let config: string | false | undefined;
  let ignorePath: string | false | undefined;
  let color: boolean | undefined;
  const inputs: string[] = [];
  let onlyFiles = false;

  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const [flag, inline] = splitInline(arg);
    let value: string | undefined;
    if (VALUE_OPTIONS.has(flag)) {
      value = inline ?? rest[++i];
      if (value === undefined || (inline === undefined && value.startsWith('-') && value !== '-'))
        return fail(`${flag} needs a value`);
    } else if (inline !== undefined) return fail(`${flag} takes no value`);

    switch (flag) {
      case '-h':
      case '--help':
        return { command: 'help' };
      case '-v':
      case '--version':
        return { command: 'version' };
      case '--kind':
        if (!(KINDS as readonly string[]).includes(value ?? ''))
          return fail(`--kind must be one of ${KINDS.join(', ')}`);
        kind = value as Kind;
        break;
      case '--format':
        if (!(FORMATS as readonly string[]).includes(value ?? ''))
          return fail(`--format must be one of ${FORMATS.join(', ')}`);
        format = value as OutputFormat;
        break;
      case '--lang':
        if (value !== 'ja' && value !== 'en') return fail('--lang must be ja or en');
        lang = value;
        break;
      case '--target': {
        const t = value === 'cli' ? 'api' : value;
        if (!(TARGETS as readonly string[]).includes(t ?? ''))
          return fail(`--target must be one of ${TARGETS.join(', ')} (cli is the same as api)`);
        target = t as Target;
        break;
      }
      case '--quiet':
      case '--errors-only':
        quiet = true;
        break;
      case '--max-warnings': {
        const n = Number(value);
        if (!/^\d+$/.test(value ?? '') || !Number.isSafeInteger(n))
          return fail('--max-warnings must be a whole number (0 or more)');
        maxWarnings = n;
        break;
      }
      case '--stdin-filename':
        stdinFilename = value;
        break;
      case '--config':
        config = value;
        break;
      case '--no-config':
        config = false;
        break;
      case '--ignore-path':
        ignorePath = value;
        break;
      case '--no-ignore':
        ignorePath = false;
        break;
      case '--color':
        color = true;
        break;
      case '--no-color':
        color = false;
        break;
      default:
        return fail(`unknown option "${arg}"`);
    }
  }
  if (inputs.length === 0) return fail('no files given (give files, folders, glob patterns or - for stdin)');
  if (inputs.filter((x) => x === '-').length > 1) return fail('- (stdin) can be given only once');
  return {
    command: 'lint',
    ...(kind ? { kind } : {}),
    format,
    ...(lang ? { lang } : {}),
    ...(target ? { target } : {}),
    quiet,
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    ...(stdinFilename !== undefined ? { stdinFilename } : {}),
    ...(config !== undefined ? { config } : {}),
    ...(ignorePath !== undefined ? { ignorePath } : {}),
    ...(color !== undefined ? { color } : {}),
    inputs,
  };
}

/** The language from the environment: Japanese for `ja_*` locales, else English (POSIX order). */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return /^ja([_.@-]|$)/i.test(locale) ? 'ja' : 'en';
}

/** Severity names a configuration file may set, plus `off`. */
export type RuleSetting = Severity | 'off';

export const HELP = `Usage: ecs-dojo lint [options] <file | folder | glob | -> …

Checks ECS task definitions, services, run-task inputs, Application Auto Scaling inputs, IAM
policies, CloudFormation templates, Terraform container lists and files for single AWS CLI flags
(JSON or YAML) the way the AWS CLI and API would, plus known risks. Folders are searched
recursively for .json, .yaml, .yml and .template files; files that are not ECS inputs are skipped
with a note.

Options:
  --kind <kind>            taskdef | service | run-task | scaling-target | scaling-policy |
                           scheduled-action | cfn | iam-policy | container-definitions |
                           target-tracking-configuration | step-scaling-configuration |
                           capacity-provider-strategy | deployment-configuration |
                           network-configuration | service-connect-configuration
                           (detected from the content when omitted)
  --target <how>           api (default; also: cli): as aws … --cli-input-json sends the file
                           github-action: as aws-actions/amazon-ecs-deploy-task-definition
                           submits it (describe-only keys and empty values removed first)
  --format <fmt>           text (default) | json | sarif | github | junit
  --lang <lang>            ja | en (default: from the configuration, else LC_ALL / LANG)
  --quiet, --errors-only   report errors only
  --max-warnings <n>       exit 1 when there are more than n warnings
  --stdin-filename <name>  the name to report for input read from - (stdin)
  --config <file>          use this configuration file (default: ecs-dojo.config.json or
                           .ecsdojorc.json, found upwards from the working directory)
  --no-config              ignore configuration files
  --ignore-path <file>     ignore file (default: .ecsdojoignore in the working directory)
  --no-ignore              do not read an ignore file
  --color, --no-color      force or disable colour (default: on a terminal, unless NO_COLOR)
  -h, --help               show this help
  -v, --version            show the version

Inline suppression (YAML):  # ecs-dojo-disable-next-line <rule-id>[, <rule-id>] -- <reason>
CloudFormation (JSON or YAML): a resource's Metadata: { "ecs-dojo": { "ignore": [ { "rule": "<rule-id>", "reason": "…" } ] } }

Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 usage,
configuration or file problems.`;
