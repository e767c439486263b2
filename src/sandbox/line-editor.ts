/**
 * The terminal's line editor (xterm.js gives keys, not lines): insert, delete, cursor moves,
 * history, Ctrl+C, `\` continuation lines and completion. Pure: input key data in, new state and
 * the text to write out.
 */

/** The editor's state. */
export interface LineState {
  buffer: string;
  cursor: number;
  history: string[];
  /** Position while browsing history (history.length = the line being typed). */
  browse: number;
  /** Lines before a trailing backslash. */
  pending: string[];
  /** The line being typed before browsing history. */
  draft: string;
}

/** What a key did. */
export interface KeyResult {
  state: LineState;
  /** Text (with control sequences) to write to the terminal. */
  write: string;
  /** A complete command line to run. */
  submit?: string;
  /** True when Tab asked for completion (the caller fills it in). */
  complete?: boolean;
  clear?: boolean;
}

/** Prompt of a first line and of a continuation line. */
export const PROMPT = '$ ';
export const CONTINUATION = '> ';
/** History entries kept. */
export const MAX_HISTORY = 200;

/** A fresh editor with some history. */
export function initialLine(history: string[] = []): LineState {
  return {
    buffer: '',
    cursor: 0,
    history: history.slice(-MAX_HISTORY),
    browse: history.length,
    pending: [],
    draft: '',
  };
}

/** The text that redraws the current line with the cursor in place. */
export function redraw(s: LineState): string {
  const prompt = s.pending.length > 0 ? CONTINUATION : PROMPT;
  const back = [...s.buffer.slice(s.cursor)].length;
  return `\r\x1b[2K${prompt}${s.buffer}${back > 0 ? `\x1b[${back}D` : ''}`;
}

function edit(s: LineState, buffer: string, cursor: number): KeyResult {
  const next = { ...s, buffer, cursor };
  return { state: next, write: redraw(next) };
}

function enter(s: LineState): KeyResult {
  const line = s.buffer;
  if (line.endsWith('\\')) {
    const next = { ...s, pending: [...s.pending, line], buffer: '', cursor: 0 };
    return { state: next, write: `\r\n${CONTINUATION}` };
  }
  const full = [...s.pending, line].join('\n');
  const history =
    full.trim() === '' || s.history[s.history.length - 1] === full
      ? s.history
      : [...s.history, full].slice(-MAX_HISTORY);
  const next: LineState = { buffer: '', cursor: 0, history, browse: history.length, pending: [], draft: '' };
  return { state: next, write: '\r\n', submit: full };
}

function historyMove(s: LineState, delta: number): KeyResult {
  const target = Math.min(s.history.length, Math.max(0, s.browse + delta));
  if (target === s.browse) return { state: s, write: '' };
  const draft = s.browse === s.history.length ? s.buffer : s.draft;
  const text = target === s.history.length ? draft : (s.history[target] ?? '').replace(/\\\n/g, '\\ ');
  const next = { ...s, browse: target, draft, buffer: text, cursor: text.length };
  return { state: next, write: redraw(next) };
}

const KEYS: Record<string, (s: LineState) => KeyResult> = {
  '\r': enter,
  '\x7f': (s) =>
    s.cursor === 0
      ? { state: s, write: '' }
      : edit(s, s.buffer.slice(0, s.cursor - 1) + s.buffer.slice(s.cursor), s.cursor - 1),
  '\x1b[3~': (s) => edit(s, s.buffer.slice(0, s.cursor) + s.buffer.slice(s.cursor + 1), s.cursor),
  '\x1b[D': (s) => edit(s, s.buffer, Math.max(0, s.cursor - 1)),
  '\x1b[C': (s) => edit(s, s.buffer, Math.min(s.buffer.length, s.cursor + 1)),
  '\x1b[H': (s) => edit(s, s.buffer, 0),
  '\x01': (s) => edit(s, s.buffer, 0),
  '\x1b[F': (s) => edit(s, s.buffer, s.buffer.length),
  '\x05': (s) => edit(s, s.buffer, s.buffer.length),
  '\x15': (s) => edit(s, '', 0),
  '\x1b[A': (s) => historyMove(s, -1),
  '\x1b[B': (s) => historyMove(s, 1),
  '\x03': (s) => {
    const next = { ...s, buffer: '', cursor: 0, pending: [], browse: s.history.length, draft: '' };
    return { state: next, write: `^C\r\n${PROMPT}` };
  },
  '\x0c': (s) => ({ state: s, write: '', clear: true }),
  '\t': (s) => ({ state: s, write: '', complete: true }),
};

/** Inserts text at the cursor (typed or pasted; newlines in a paste submit lines). */
export function insert(s: LineState, text: string): KeyResult[] {
  const results: KeyResult[] = [];
  let state = s;
  const parts = text.replace(/\r\n?/g, '\n').split('\n');
  parts.forEach((part, i) => {
    const clean = [...part].filter((c) => c >= ' ' && c !== '\x7f').join('');
    const r = edit(
      state,
      state.buffer.slice(0, state.cursor) + clean + state.buffer.slice(state.cursor),
      state.cursor + clean.length,
    );
    state = r.state;
    results.push(r);
    if (i < parts.length - 1) {
      const e = enter(state);
      state = e.state;
      results.push(e);
    }
  });
  return results;
}

/** Handles one chunk of key data from the terminal. */
export function handleKey(s: LineState, data: string): KeyResult[] {
  const key = KEYS[data];
  if (key !== undefined) return [key(s)];
  if (data.startsWith('\x1b')) return [{ state: s, write: '' }];
  return insert(s, data);
}
