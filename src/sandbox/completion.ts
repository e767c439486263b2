/** Tab completion of sandbox command lines: programs, services, operations and their options. */
import { API_MODEL, shapeOf } from '../emulator/api-model.ts';
import { CLI_OPERATIONS } from '../emulator/index.ts';
import { kebab } from '../emulator/cli/names.ts';
import { GLOBAL_FLAGS, GLOBAL_VALUE_OPTIONS } from '../emulator/cli/arguments.ts';

/** What completing a word gives: the text to insert and, when ambiguous, the choices. */
export interface Completion {
  insert: string;
  candidates: string[];
}

const PROGRAMS = ['aws', 'dojo', 'ls', 'cat'];
const DOJO = ['advance', 'time', 'load', 'images', 'help'];

function optionsOf(service: string, command: string): string[] {
  const op = CLI_OPERATIONS[service]?.[command];
  const shapes =
    op === undefined
      ? undefined
      : (API_MODEL.services as Record<string, Record<string, { input: string }>>)[service]?.[op];
  const def = shapes === undefined ? undefined : shapeOf(shapes.input);
  const members = def?.t === 'struct' ? Object.keys(def.m).map((m) => `--${kebab(m)}`) : [];
  return [
    ...members,
    '--cli-input-json',
    '--cli-input-yaml',
    '--generate-cli-skeleton',
    ...GLOBAL_VALUE_OPTIONS,
    ...GLOBAL_FLAGS,
  ];
}

function commonPrefix(words: string[]): string {
  let p = words[0] ?? '';
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** Completes the last word of `before` (the text left of the cursor). */
export function complete(before: string, files: readonly string[] = []): Completion {
  const words = before.split(/\s+/);
  const current = words[words.length - 1] ?? '';
  const done = words.slice(0, -1).filter((w) => w !== '');
  let pool: string[];
  if (done.length === 0) pool = PROGRAMS;
  else if (done[0] === 'dojo') pool = done.length === 1 ? DOJO : [];
  else if (done[0] === 'cat') pool = [...files];
  else if (done[0] !== 'aws') pool = [];
  else if (done.length === 1) pool = Object.keys(CLI_OPERATIONS);
  else if (done.length === 2)
    pool = [
      ...Object.keys(CLI_OPERATIONS[done[1] ?? ''] ?? {}),
      ...(done[1] === 'ecs' ? ['wait'] : []),
      'help',
    ];
  else if (done[2] === 'wait' && done.length === 3)
    pool = ['services-stable', 'tasks-running', 'tasks-stopped'];
  else if (current.startsWith('file://')) pool = files.map((f) => `file://${f}`);
  else if (current.startsWith('-'))
    pool = optionsOf(done[1] ?? '', done[2] === 'wait' ? '' : (done[2] ?? ''));
  else pool = [];
  const candidates = [...new Set(pool)].filter((p) => p.startsWith(current)).sort();
  if (candidates.length === 0) return { insert: '', candidates: [] };
  if (candidates.length === 1)
    return { insert: `${(candidates[0] ?? '').slice(current.length)} `, candidates: [] };
  return { insert: commonPrefix(candidates).slice(current.length), candidates };
}
