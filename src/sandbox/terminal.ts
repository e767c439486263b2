/**
 * The terminal: xterm.js (loaded lazily, screen-reader mode on) driven by the line editor. Output
 * is written as text; stderr in red.
 */
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { complete } from './completion.ts';
import { handleKey, initialLine, PROMPT, redraw, type LineState } from './line-editor.ts';

/** What the page gives the terminal. */
export interface TerminalOptions {
  host: HTMLElement;
  ariaLabel: string;
  history: string[];
  files: () => string[];
  run: (line: string) => { stdout: string; stderr: string };
}

/** The terminal, once created. */
export interface TerminalHandle {
  /** Writes text (as if printed by a command) and redraws the prompt. */
  print(stdout: string, stderr?: string): void;
  focus(): void;
  dispose(): void;
}

const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');

/** Creates the terminal in `host`. */
export function createTerminal(o: TerminalOptions): TerminalHandle {
  const term = new Terminal({
    screenReaderMode: true,
    cursorBlink: false,
    fontSize: 14,
    scrollback: 5000,
    theme: { background: '#10151c', foreground: '#e6edf3', cursor: '#e6edf3' },
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(o.host);
  term.textarea?.setAttribute('aria-label', o.ariaLabel);
  const refit = (): void => {
    try {
      fit.fit();
    } catch {
      // The host is hidden or has no size yet.
    }
  };
  refit();
  const observer = new ResizeObserver(refit);
  observer.observe(o.host);
  // Tab completes, so Tab alone cannot leave the terminal: Esc, then Tab (or Shift+Tab) moves focus.
  let escaped = false;
  term.attachCustomKeyEventHandler((ev) => {
    if (ev.type !== 'keydown') return true;
    if (ev.key === 'Escape') {
      escaped = true;
      return false;
    }
    if (ev.key === 'Tab' && escaped) {
      escaped = false;
      return false;
    }
    if (ev.key !== 'Shift') escaped = false;
    return true;
  });
  let line: LineState = initialLine(o.history);
  term.write(PROMPT);
  term.onData((data) => {
    for (const r of handleKey(line, data)) {
      line = r.state;
      if (r.write) term.write(r.write);
      if (r.clear) {
        term.clear();
        term.write(redraw(line));
      }
      if (r.complete) {
        const c = complete(line.buffer.slice(0, line.cursor), o.files());
        if (c.insert !== '') {
          for (const x of handleKey(line, c.insert)) line = x.state;
          term.write(redraw(line));
        } else if (c.candidates.length > 0) {
          term.write(`\r\n${c.candidates.join('  ')}\r\n${redraw(line)}`);
        }
      }
      if (r.submit !== undefined) {
        const out = o.run(r.submit);
        if (out.stdout) term.write(crlf(out.stdout));
        if (out.stderr) term.write(`\x1b[31m${crlf(out.stderr)}\x1b[0m`);
        term.write(PROMPT);
      }
    }
  });
  return {
    print(stdout, stderr = '') {
      term.write(`\r\x1b[2K${crlf(stdout)}${stderr ? `\x1b[31m${crlf(stderr)}\x1b[0m` : ''}${redraw(line)}`);
    },
    focus: () => term.focus(),
    dispose() {
      observer.disconnect();
      term.dispose();
    },
  };
}
