/**
 * `ecs-dojo lint`: grades files with the same engine the browser exercises use.
 * Exit codes: 0 no errors, 1 errors, 2 usage or file problems.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { grade, type SourceFormat } from '../exercises/grader/index.ts';
import { HELP, parseArgs, type LintArgs } from './args.ts';
import { toJson, toText, type FileResult } from './format.ts';

export interface Io {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

const defaultIo: Io = { out: (s) => console.log(s), err: (s) => console.error(s) };

/** Format from the file extension, or undefined to guess from the content. */
function formatOf(file: string): SourceFormat | undefined {
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  return undefined;
}

function readSource(file: string): { text: string } | { error: string } {
  try {
    if (statSync(file).isDirectory()) return { error: `${file}: is a directory` };
    return { text: readFileSync(file, 'utf8').replace(/^\uFEFF/, '') };
  } catch (e) {
    const code = (e as { code?: string }).code;
    return {
      error:
        code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? 'unknown error'})`,
    };
  }
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function lint(args: LintArgs, io: Io): number {
  const results: FileResult[] = [];
  let fileProblem = false;
  for (const file of args.files) {
    const src = readSource(file);
    if ('error' in src) {
      io.err(`ecs-dojo: ${src.error}`);
      fileProblem = true;
      continue;
    }
    const format = formatOf(file);
    const result = grade(src.text, {
      lang: args.lang,
      target: args.target,
      ...(args.kind ? { kind: args.kind } : {}),
      ...(format ? { format } : {}),
    });
    results.push({ file, result });
  }
  io.out(args.format === 'json' ? toJson(results) : toText(results, args.lang));
  if (fileProblem) return 2;
  return results.some((r) => !r.result.accepted) ? 1 : 0;
}

/** Runs the command; returns the exit code. */
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
      io.err(`ecs-dojo: ${args.message}\n\n${HELP}`);
      return 2;
    case 'lint':
      return lint(args, io);
  }
}
