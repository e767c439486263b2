/**
 * Turns the command line's inputs (files, folders, glob patterns, `-`) into the list of files to
 * lint, honouring the ignore file (gitignore syntax) and the configuration's `ignore` patterns.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

/** One file to lint. */
export interface InputFile {
  /** The name shown in reports: the path as given or found, `/`-separated; for stdin the --stdin-filename. */
  readonly name: string;
  /** The path to read, or `-` for standard input. */
  readonly path: string;
  /** Named on the command line (a file that is not an ECS input is then an error, not a note). */
  readonly explicit: boolean;
}

export interface ExpandResult {
  readonly files: readonly InputFile[];
  /** Glob patterns that match no file (a missing file is listed in `files` and reported when read). */
  readonly missing: readonly string[];
}

/** Folders never searched. */
const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);
/** Extensions searched in folders and glob patterns. */
const EXTENSIONS = /\.(json|ya?ml|template)$/i;

const toPosix = (p: string): string => p.split(sep).join('/');

/** Builds the ignore matcher: the ignore file's patterns plus the configuration's. */
export function makeIgnore(
  cwd: string,
  ignoreFile: string | false | undefined,
  patterns: readonly string[],
): Ignore {
  const ig = ignore().add([...patterns]);
  if (ignoreFile === false) return ig;
  const path = resolve(cwd, ignoreFile ?? '.ecsdojoignore');
  if (existsSync(path)) ig.add(readFileSync(path, 'utf8'));
  else if (ignoreFile !== undefined) throw new Error(`ignore file not found: ${ignoreFile}`);
  return ig;
}

function isIgnored(ig: Ignore, cwd: string, path: string): boolean {
  const rel = toPosix(relative(cwd, resolve(cwd, path)));
  if (rel === '' || rel.startsWith('..') || /^[a-zA-Z]:/.test(rel)) return false;
  return ig.ignores(rel);
}

function walk(dir: string, cwd: string, ig: Ignore, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name) || isIgnored(ig, cwd, path + sep)) continue;
      walk(path, cwd, ig, out);
    } else if ((e.isFile() || e.isSymbolicLink()) && EXTENSIONS.test(e.name) && !isIgnored(ig, cwd, path)) {
      out.push(path);
    }
  }
}

const GLOB_CHARS = /[*?[\]{}]/;

/** Expands inputs in order, without duplicates. */
export function expandInputs(
  inputs: readonly string[],
  options: { readonly cwd: string; readonly ignore: Ignore; readonly stdinFilename?: string },
): ExpandResult {
  const { cwd, ignore: ig } = options;
  const files: InputFile[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (path: string, explicit: boolean): void => {
    const key = resolve(cwd, path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ name: toPosix(path), path: resolve(cwd, path), explicit });
  };
  for (const input of inputs) {
    if (input === '-') {
      files.push({ name: options.stdinFilename ?? '<stdin>', path: '-', explicit: true });
      continue;
    }
    const abs = resolve(cwd, input);
    let st;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const found: string[] = [];
      walk(abs, cwd, ig, found);
      for (const f of found) add(toPosix(relative(cwd, f)) || f, false);
      continue;
    }
    if (st) {
      add(input, true);
      continue;
    }
    if (!GLOB_CHARS.test(input)) {
      add(input, true);
      continue;
    }
    const { base } = picomatch.scan(input);
    const root = resolve(cwd, base || '.');
    const isMatch = picomatch(toPosix(input), { dot: false });
    const found: string[] = [];
    if (existsSync(root)) walk(root, cwd, ig, found);
    const absolute = isAbsolute(input);
    const matched = found.filter((f) => isMatch(toPosix(absolute ? f : relative(cwd, f))));
    if (matched.length === 0) missing.push(input);
    for (const f of matched) add(absolute ? f : relative(cwd, f), false);
  }
  return { files, missing };
}
