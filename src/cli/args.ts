/** Command-line parsing for `ecs-dojo`. */
import { KINDS, TARGETS, type Kind, type Lang, type Target } from '../exercises/grader/index.ts';

export interface LintArgs {
  readonly command: 'lint';
  readonly kind?: Kind;
  readonly format: 'text' | 'json';
  readonly lang: Lang;
  readonly target: Target;
  readonly files: readonly string[];
}

export type ParsedArgs =
  | LintArgs
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | { readonly command: 'error'; readonly message: string };

/** Parses argv (without node and the script). */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'lint') return { command: 'error', message: `unknown command "${command ?? ''}"` };
  let kind: Kind | undefined;
  let format: 'text' | 'json' = 'text';
  let lang: Lang = 'ja';
  let target: Target = 'api';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string | undefined => inline ?? rest[++i];
    if (flag === '--kind') {
      const v = value();
      if (!v || !(KINDS as readonly string[]).includes(v))
        return { command: 'error', message: `--kind must be one of ${KINDS.join(', ')}` };
      kind = v as Kind;
    } else if (flag === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json') return { command: 'error', message: '--format must be text or json' };
      format = v;
    } else if (flag === '--lang') {
      const v = value();
      if (v !== 'ja' && v !== 'en') return { command: 'error', message: '--lang must be ja or en' };
      lang = v;
    } else if (flag === '--target') {
      const v = value();
      if (!v || !(TARGETS as readonly string[]).includes(v))
        return { command: 'error', message: `--target must be one of ${TARGETS.join(', ')}` };
      target = v as Target;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { command: 'error', message: `unknown option "${arg}"` };
    } else files.push(arg);
  }
  if (files.length === 0) return { command: 'error', message: 'no files given' };
  return { command: 'lint', ...(kind ? { kind } : {}), format, lang, target, files };
}

export const HELP = `Usage: ecs-dojo lint [options] <file…>

Checks ECS task definitions, services, run-task inputs, Application Auto Scaling inputs, IAM
policies, CloudFormation templates and files for single CLI flags (JSON or YAML) the way the AWS
CLI and API would, plus best practices.

Options:
  --kind <kind>      taskdef | service | run-task | scaling-target | scaling-policy |
                     scheduled-action | cfn | iam-policy | container-definitions |
                     target-tracking-configuration | step-scaling-configuration |
                     capacity-provider-strategy | deployment-configuration |
                     network-configuration | service-connect-configuration
                     (detected from the content when omitted)
  --target <how>     api (default): as aws ... --cli-input-json sends the file
                     github-action: as aws-actions/amazon-ecs-deploy-task-definition submits it
                     (describe-only keys and empty values removed first)
  --format <fmt>     text (default) | json
  --lang <lang>      ja (default) | en
  -h, --help         show this help
  -v, --version      show the version

Exit codes: 0 no errors, 1 errors found, 2 usage or file problems.`;
