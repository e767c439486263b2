/**
 * The lint run itself, without printing: reads each input with a size limit, grades it, applies the
 * configuration and suppressions, and says which walked files were skipped and why.
 */
import '../exercises/grader/cfn-spec-static.ts';
import { extname } from 'node:path';
import {
  grade,
  type Finding,
  type GradeResult,
  type Kind,
  type Lang,
  type SourceFormat,
  type Target,
} from '../exercises/grader/index.ts';
import type { LintConfig } from './config.ts';
import type { InputFile } from './inputs.ts';
import { readLimited, type ReadOutcome } from './read-limited.ts';
import { applySuppressions } from './suppress.ts';

/** One linted (or unreadable) file. */
export interface FileReport {
  readonly file: string;
  readonly kind: Kind | 'unknown';
  readonly accepted: boolean;
  readonly findings: readonly Finding[];
  /** Findings hidden by inline suppressions, Metadata or the configuration's exceptions. */
  readonly suppressed: number;
  /** Set when the file could not be read; the file then counts as a file problem (exit 2). */
  readonly error?: string;
}

export interface SkippedFile {
  readonly file: string;
  readonly reason: 'not-ecs' | 'not-parsable' | 'too-large';
}

export interface LintReport {
  readonly files: readonly FileReport[];
  readonly skipped: readonly SkippedFile[];
}

export interface LintOptions {
  readonly kind?: Kind;
  readonly lang: Lang;
  readonly target: Target;
  readonly quiet: boolean;
  readonly config: LintConfig;
  /** Reads a file; tests inject their own. */
  readonly read?: (path: string) => ReadOutcome;
}

/** Format from the file extension, or undefined to guess from the content. */
export function formatOf(file: string): SourceFormat | undefined {
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  return undefined;
}

/** A kind suggested by a file's name, used when its content does not say. */
export function kindFromName(file: string): Kind | undefined {
  const base = file.split('/').pop()?.toLowerCase() ?? '';
  if (
    !base.endsWith('.schema.json') &&
    /^(task-?def(inition)?s?|.*[.-]task-?def(inition)?)(\.[\w-]+)?\.(json|ya?ml)$/.test(base)
  )
    return 'taskdef';
  if (/\.(template|cfn\.(json|ya?ml)|template\.(json|ya?ml))$/.test(base)) return 'cfn';
  return undefined;
}

const READ_ERRORS = {
  'not-found': { ja: 'ファイルがありません', en: 'no such file' },
  directory: { ja: 'フォルダーです', en: 'is a folder' },
  unreadable: { ja: '読み取れません', en: 'cannot be read' },
  'too-large': { ja: '大きすぎます（1 MiB まで）', en: 'too large (at most 1 MiB is read)' },
  binary: { ja: 'テキストファイルではありません', en: 'not a text file' },
} as const;

function applyConfig(findings: readonly Finding[], config: LintConfig, quiet: boolean): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = config.rules[f.ruleId] ?? f.severity;
    if (setting === 'off') continue;
    if (quiet && setting !== 'error') continue;
    out.push(setting === f.severity ? f : { ...f, severity: setting });
  }
  return out;
}

/** Lints every file; never throws for a file's content. */
export function lintFiles(files: readonly InputFile[], options: LintOptions): LintReport {
  const read = options.read ?? ((p: string) => readLimited(p));
  const reports: FileReport[] = [];
  const skipped: SkippedFile[] = [];
  for (const input of files) {
    const src = read(input.path);
    if (!src.ok) {
      if (!input.explicit && src.code === 'too-large') {
        skipped.push({ file: input.name, reason: 'too-large' });
        continue;
      }
      const why = READ_ERRORS[src.code][options.lang];
      reports.push({
        file: input.name,
        kind: 'unknown',
        accepted: false,
        findings: [],
        suppressed: 0,
        error: why,
      });
      continue;
    }
    const format = formatOf(input.name) ?? (input.path === '-' ? undefined : formatOf(input.path));
    const hinted = options.kind;
    let result: GradeResult = grade(src.text, {
      lang: options.lang,
      target: options.target,
      ...(hinted ? { kind: hinted } : {}),
      ...(format ? { format } : {}),
    });
    if (!hinted && result.kind === 'unknown') {
      const byName = kindFromName(input.name);
      if (byName && !result.parseError)
        result = grade(src.text, {
          lang: options.lang,
          target: options.target,
          kind: byName,
          ...(format ? { format } : {}),
        });
      else if (!input.explicit && !byName) {
        skipped.push({ file: input.name, reason: result.parseError ? 'not-parsable' : 'not-ecs' });
        continue;
      }
    }
    const effectiveFormat = format ?? (src.text.trimStart().startsWith('{') ? 'json' : 'yaml');
    const { findings, suppressed } = applySuppressions(
      input.name,
      src.text,
      effectiveFormat,
      result,
      options.config,
      options.lang,
    );
    const kept = applyConfig(findings, options.config, options.quiet);
    reports.push({
      file: input.name,
      kind: result.kind,
      accepted: !kept.some((f) => f.severity === 'error'),
      findings: kept,
      suppressed,
    });
  }
  return { files: reports, skipped };
}
