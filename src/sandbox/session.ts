/**
 * A sandbox session as a replayable log: the lab it started from, then file edits, command lines
 * and time steps. The emulator is deterministic, so replaying the log rebuilds the state; the log is
 * what is saved, shared as a link and exported as a file (small, and readable).
 */
import { createEcsEmulator, type EcsEmulator } from '../emulator/index.ts';
import type { TranscriptEntry } from '../emulator/export-script.ts';
import { findLab, startLab } from '../labs/index.ts';

/** One thing the learner did. */
export type SessionAction =
  { t: 'run'; line: string } | { t: 'advance'; s: number } | { t: 'file'; path: string; text: string };

/** A session: optional lab, then actions in order. */
export interface Session {
  v: 1;
  lab?: string;
  actions: SessionAction[];
}

/** Most actions kept (older ones are folded into nothing: the session restarts from the lab). */
export const MAX_ACTIONS = 400;
/** Largest saved session, in characters. */
export const MAX_SESSION_CHARS = 400_000;
/** The localStorage key of the current session. */
export const SESSION_KEY = 'ecs-dojo:sandbox';

/** A new, empty session (optionally of a lab). */
export function newSession(lab?: string): Session {
  return lab === undefined ? { v: 1, actions: [] } : { v: 1, lab, actions: [] };
}

/** Reads a session from untrusted JSON data; undefined when it is not one. */
export function readSession(value: unknown): Session | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v['v'] !== 1 || !Array.isArray(v['actions'])) return undefined;
  const actions: SessionAction[] = [];
  for (const a of v['actions'].slice(0, MAX_ACTIONS) as unknown[]) {
    if (typeof a !== 'object' || a === null) return undefined;
    const r = a as Record<string, unknown>;
    if (r['t'] === 'run' && typeof r['line'] === 'string' && r['line'].length <= 20_000)
      actions.push({ t: 'run', line: r['line'] });
    else if (
      r['t'] === 'advance' &&
      typeof r['s'] === 'number' &&
      Number.isFinite(r['s']) &&
      r['s'] >= 0 &&
      r['s'] <= 604_800
    )
      actions.push({ t: 'advance', s: r['s'] });
    else if (
      r['t'] === 'file' &&
      typeof r['path'] === 'string' &&
      typeof r['text'] === 'string' &&
      r['path'].length <= 200 &&
      r['text'].length <= 100_000
    )
      actions.push({ t: 'file', path: r['path'], text: r['text'] });
    else return undefined;
  }
  const lab = typeof v['lab'] === 'string' && findLab(v['lab']) !== undefined ? v['lab'] : undefined;
  return lab === undefined ? { v: 1, actions } : { v: 1, lab, actions };
}

/** The emulator a session starts from: the lab's start state, or an empty account with a sample file. */
export function startingEmulator(session: Session, sampleFiles: Record<string, string>): EcsEmulator {
  const lab = session.lab === undefined ? undefined : findLab(session.lab);
  if (lab !== undefined) return startLab(lab);
  const e = createEcsEmulator({ seed: 1 });
  for (const [path, text] of Object.entries(sampleFiles)) e.files.write(path, text);
  return e;
}

/** Applies one action; returns the command's result for `run`. */
export function apply(e: EcsEmulator, action: SessionAction): TranscriptEntry | undefined {
  if (action.t === 'file') e.files.write(action.path, action.text);
  else if (action.t === 'advance') e.advance(action.s);
  else return { line: action.line, exitCode: e.run(action.line).exitCode };
  return undefined;
}

/**
 * Replays a whole session; returns the emulator and the transcript of command lines. `afterEach`
 * sees the emulator after every action (the console's charts sample it).
 */
export function replay(
  session: Session,
  sampleFiles: Record<string, string>,
  afterEach?: (emulator: EcsEmulator) => void,
): { emulator: EcsEmulator; transcript: TranscriptEntry[] } {
  const emulator = startingEmulator(session, sampleFiles);
  const transcript: TranscriptEntry[] = [];
  afterEach?.(emulator);
  for (const a of session.actions) {
    const entry = apply(emulator, a);
    if (entry) transcript.push(entry);
    afterEach?.(emulator);
  }
  return { emulator, transcript };
}

/** Appends an action, merging consecutive time steps and edits of the same file; keeps the log bounded. */
export function record(session: Session, action: SessionAction): Session {
  const actions = [...session.actions];
  const last = actions[actions.length - 1];
  if (action.t === 'advance' && last?.t === 'advance' && last.s + action.s <= 604_800)
    actions[actions.length - 1] = { t: 'advance', s: last.s + action.s };
  else if (action.t === 'file' && last?.t === 'file' && last.path === action.path)
    actions[actions.length - 1] = action;
  else actions.push(action);
  return { ...session, actions: actions.slice(-MAX_ACTIONS) };
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | undefined {
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** The URL fragment that shares a session (`#s=…`). */
export function sessionToFragment(session: Session): string {
  return `s=${toBase64Url(JSON.stringify(session))}`;
}

/** The session in a URL fragment, or undefined. */
export function sessionFromFragment(hash: string): Session | undefined {
  const m = /(?:^#?|&)s=([A-Za-z0-9_-]+)/.exec(hash);
  if (m === null || (m[1] ?? '').length > MAX_SESSION_CHARS * 2) return undefined;
  const text = fromBase64Url(m[1] ?? '');
  if (text === undefined) return undefined;
  try {
    return readSession(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** Storage as the page gets it (may be missing or throw when blocked). */
export interface SessionStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Saves a session; false when it is too large or storage refuses. */
export function saveSession(storage: SessionStorage | undefined, session: Session): boolean {
  const text = JSON.stringify(session);
  if (storage === undefined || text.length > MAX_SESSION_CHARS) return false;
  try {
    storage.setItem(SESSION_KEY, text);
    return true;
  } catch {
    return false;
  }
}

/** Loads the saved session, or undefined (missing, unreadable or blocked storage). */
export function loadSession(storage: SessionStorage | undefined): Session | undefined {
  try {
    const raw = storage?.getItem(SESSION_KEY) ?? null;
    return raw === null || raw.length > MAX_SESSION_CHARS ? undefined : readSession(JSON.parse(raw));
  } catch {
    return undefined;
  }
}
