/**
 * `ecs-dojo lint`: grades files with the same engine the browser exercises use.
 * Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage, configuration or
 * file problems.
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../exercises/grader/index.ts';
import { HELP, langFromEnv, parseArgs, type LintArgs } from './args.ts';
import { DEFAULT_CONFIG, findConfig, loadConfig, type LintConfig } from './config.ts';
import { visible } from './escape.ts';
import { toGithub } from './formatters/github.ts';
import { toJson } from './formatters/json.ts';
import { toJunit } from './formatters/junit.ts';
import { toSarif } from './formatters/sarif.ts';
import { countFindings } from './formatters/summary.ts';
import { toText } from './formatters/text.ts';
import { expandInputs, makeIgnore } from './inputs.ts';
import { lintFiles, type LintReport } from './lint-files.ts';
import type { ReadOutcome } from './read-limited.ts';

export interface Io {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal (colour by default). */
  readonly isTty?: boolean;
  /** Replaces file reading (tests). */
  readonly read?: (path: string) => ReadOutcome;
}

const defaultIo: Io = {
  out: (s) => console.log(s),
  err: (s) => console.error(s),
  cwd: process.cwd(),
  env: process.env,
  isTty: Boolean(process.stdout.isTTY),
};

/** The version of the package this file was built into (replaced at bundle time), or of the repository. */
declare const __ECS_DOJO_VERSION__: string | undefined;
function version(): string {
  if (typeof __ECS_DOJO_VERSION__ === 'string') return __ECS_DOJO_VERSION__;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

const SKIP_NOTE = {
  ja: (n: number, names: string) => `ecs-dojo: ECS の入力ではないファイル ${n} 件を飛ばしました（${names}）`,
  en: (n: number, names: string) => `ecs-dojo: skipped ${n} file(s) that are not ECS inputs (${names})`,
};
const MISSING = {
  ja: (x: string) => `ecs-dojo: ${x}: 該当するファイルがありません`,
  en: (x: string) => `ecs-dojo: ${x}: no such file, and no file matches it`,
};
const TOO_MANY_WARNINGS = {
  ja: (n: number, max: number) => `ecs-dojo: 警告が ${n} 件あり、--max-warnings ${max} を超えています`,
  en: (n: number, max: number) => `ecs-dojo: ${n} warnings, more than --max-warnings ${max}`,
};

function render(report: LintReport, args: LintArgs, lang: Lang, io: Io): string {
  const env = io.env ?? {};
  switch (args.format) {
    case 'json':
      return toJson(report);
    case 'sarif':
      return toSarif(report, {
        lang,
        version: version(),
        ...(env['ECS_DOJO_SITE_URL'] ? { siteUrl: env['ECS_DOJO_SITE_URL'] } : {}),
      });
    case 'github':
      return toGithub(report, lang);
    case 'junit':
      return toJunit(report);
    case 'text': {
      const color = args.color ?? (Boolean(io.isTty) && !env['NO_COLOR'] && env['TERM'] !== 'dumb');
      return toText(report, lang, color);
    }
  }
}

function lint(args: LintArgs, io: Io): number {
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? {};
  let config: LintConfig = DEFAULT_CONFIG;
  try {
    const path = args.config === false ? undefined : (args.config ?? findConfig(cwd));
    if (path) config = loadConfig(path);
  } catch (e) {
    io.err(`ecs-dojo: ${visible((e as Error).message)}`);
    return 2;
  }
  const lang: Lang = args.lang ?? config.lang ?? langFromEnv(env);
  let expanded;
  try {
    const ig = makeIgnore(cwd, args.ignorePath, config.ignore);
    expanded = expandInputs(args.inputs, {
      cwd,
      ignore: ig,
      ...(args.stdinFilename ? { stdinFilename: args.stdinFilename } : {}),
    });
  } catch (e) {
    io.err(`ecs-dojo: ${visible((e as Error).message)}`);
    return 2;
  }
  for (const x of expanded.missing) io.err(MISSING[lang](visible(x)));
  const report = lintFiles(expanded.files, {
    lang,
    target: args.target ?? config.target ?? 'api',
    quiet: args.quiet,
    config,
    ...(args.kind ? { kind: args.kind } : {}),
    ...(io.read ? { read: io.read } : {}),
  });
  for (const f of report.files) if (f.error) io.err(`ecs-dojo: ${visible(f.file)}: ${f.error}`);
  if (report.skipped.length > 0) {
    const names = report.skipped.slice(0, 5).map((s) => visible(s.file));
    const more = report.skipped.length > 5 ? ', …' : '';
    io.err(SKIP_NOTE[lang](report.skipped.length, names.join(', ') + more));
  }
  if (report.files.length > 0 || expanded.missing.length === 0 || args.format !== 'text')
    io.out(render(report, args, lang, io));
  const c = countFindings(report);
  if (expanded.missing.length > 0 || c.unreadable > 0) return 2;
  if (c.error > 0) return 1;
  if (args.maxWarnings !== undefined && c.warning > args.maxWarnings) {
    io.err(TOO_MANY_WARNINGS[lang](c.warning, args.maxWarnings));
    return 1;
  }
  return 0;
}

/** Runs the command; returns the exit code. Never throws for bad input. */
export function run(argv: readonly string[], io: Io = defaultIo): number {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'help':
      io.out(HELP);
      return 0;
    case 'version':
      io.out(version());
      return 0;
    case 'error':
      io.err(`ecs-dojo: ${visible(args.message)}\nRun "ecs-dojo lint --help" for the options.`);
      return 2;
    case 'lint':
      try {
        return lint(args, io);
      } catch (e) {
        io.err(`ecs-dojo: internal error: ${visible(e instanceof Error ? e.message : String(e))}`);
        return 2;
      }
  }
}
