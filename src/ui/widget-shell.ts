import { h } from './dom.ts';
import { limitMessage, type Bounded, type LimitedField } from '../widgets/input-bounds.ts';
import { decodeState, readStateParam, withAnchor, withStateParam } from '../widgets/url-state.ts';
import { simErrorText, type SimErrorInfo } from '../widgets/sim-error-text.ts';
import type { Lang } from '../i18n/ui.ts';

const SHELL_TEXT = {
  ja: { reset: '最初の状態に戻す', copy: 'この状態のリンクをコピー', copied: 'リンクをコピーしました。' },
  en: { reset: 'Reset to start', copy: 'Copy a link to this state', copied: 'Link copied.' },
} as const;

/**
 * What every widget shares: its language, its state kept in the URL (so links reproduce it and a
 * reload keeps it), and the reset and copy-link buttons.
 */
export interface WidgetContext<S> {
  lang: Lang;
  /** Unique per widget on a page; used for element ids and as the URL parameter name. */
  key: string;
  state: S;
  /** Fields of the current state that were lowered to the widget's bounds (see input-bounds.ts). */
  limited: LimitedField[];
  update(next: S): void;
  reset(): void;
  toolbar(): HTMLElement;
  /** The message saying what was limited and why, or null when nothing was. */
  notice(): HTMLElement | null;
}

/** Each widget host's last announced state. */
const announced = new WeakMap<Element, unknown>();

const unbounded = <S>(state: S): Bounded<S> => ({ state, limited: [] });

export function createWidgetContext<S>(options: {
  host: HTMLElement;
  start: S;
  read: (value: unknown) => S | undefined;
  render: () => void;
  /** Lowers settings the widget cannot show responsively; applied to links, scenario starts and input. */
  bound?: (state: S) => Bounded<S>;
}): WidgetContext<S> {
  const { host, read, render } = options;
  const bound = options.bound ?? unbounded;
  const lang: Lang = host.dataset['lang'] === 'en' ? 'en' : 'ja';
  const key = host.dataset['key'] ?? host.tagName.toLowerCase();
  const text = SHELL_TEXT[lang];
  // A scenario gives the widget its own start state; the URL, when it holds one, wins.
  const start = read(decodeState(host.dataset['start'])) ?? options.start;
  const saved = read(readStateParam(new URL(window.location.href), key));
  const announce = (state: S) => {
    announced.set(host, state);
    host.dispatchEvent(new CustomEvent(WIDGET_STATE_EVENT, { detail: { key, state }, bubbles: true }));
  };
  const persist = (state: S | undefined) => {
    const next = withStateParam(new URL(window.location.href), key, state);
    window.history.replaceState(window.history.state, '', next);
  };
  const initial = bound(saved ?? start);
  const context: WidgetContext<S> = {
    lang,
    key,
    state: initial.state,
    limited: initial.limited,
    update(next) {
      const bounded = bound(next);
      context.state = bounded.state;
      context.limited = bounded.limited;
      persist(bounded.state);
      render();
      announce(bounded.state);
    },
    reset() {
      const bounded = bound(start);
      context.state = bounded.state;
      context.limited = bounded.limited;
      persist(undefined);
      render();
      announce(bounded.state);
    },
    notice() {
      const message = limitMessage(context.limited, lang);
      return message === '' ? null : h('p', { class: 'dw-limit', role: 'status' }, message);
    },
    toolbar() {
      const status = h('span', { class: 'dw-toolbar__status', role: 'status' });
      const reset = h('button', { type: 'button', class: 'dw-button dw-button--quiet' }, text.reset);
      reset.addEventListener('click', () => context.reset());
      const copy = h('button', { type: 'button', class: 'dw-button dw-button--quiet' }, text.copy);
      copy.addEventListener('click', () => {
        // The link opens the page at this widget (its heading), in this state.
        const heading = host.closest('.dw-frame')?.querySelector('h2[id]')?.id;
        const link = withAnchor(new URL(window.location.href), heading).href;
        navigator.clipboard
          ?.writeText(link)
          .then(() => (status.textContent = text.copied))
          .catch(() => (status.textContent = link));
      });
      return h('div', { class: 'dw-toolbar' }, reset, copy, status);
    },
  };
  queueMicrotask(() => announce(context.state));
  return context;
}

/** Fired on the widget's host (bubbling) with `{ key, state }` whenever its state is set. */
export const WIDGET_STATE_EVENT = 'dojo-widget-state';

/**
 * The states last announced by the widgets inside `root`, for a listener that starts after a widget
 * has already announced its first state (a page's scripts run in an order the network decides).
 */
export function announcedStates(root: Element): unknown[] {
  return [...root.querySelectorAll('*')].filter((el) => announced.has(el)).map((el) => announced.get(el));
}

/**
 * Mounts a widget whose whole view is redrawn from its state on every change: builds the context,
 * renders `view` followed by the toolbar, and keeps keyboard focus on the control that had it.
 */
export function mountWidget<S>(options: {
  host: HTMLElement;
  className: string;
  start: S;
  read: (value: unknown) => S | undefined;
  view: (ctx: WidgetContext<S>) => Node[];
  bound?: (state: S) => Bounded<S>;
}): WidgetContext<S> {
  const root = h('div', { class: `dw ${options.className}` });
  const ctx = createWidgetContext<S>({
    host: options.host,
    start: options.start,
    read: options.read,
    render: () => render(),
    ...(options.bound ? { bound: options.bound } : {}),
  });
  function render(): void {
    const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    // The settings come first in every view; the limit message goes right after them.
    const [settings, ...rest] = options.view(ctx);
    const notice = ctx.notice();
    root.replaceChildren(
      ...(settings ? [settings] : []),
      ...(notice ? [notice] : []),
      ...rest,
      ctx.toolbar(),
    );
    if (focusedId) document.getElementById(focusedId)?.focus();
  }
  options.host.replaceChildren(root);
  render();
  return ctx;
}

/** The message shown in place of results when the simulator refuses the settings. */
export function errorMessage(label: string, lang: Lang, error: SimErrorInfo): HTMLElement {
  return h(
    'p',
    { class: 'dw-error', role: 'status' },
    h('strong', {}, `${label}: `),
    h('span', {}, simErrorText(lang, error)),
  );
}

/** A scrollable log of simulator events (already in the page's language); focusable so keyboard users can scroll it. */
export function eventLog(label: string, entries: readonly { time: string; message: string }[]): HTMLElement {
  return h(
    'ol',
    // The log scrolls: focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
    { class: 'dw-log', tabindex: 0, 'aria-label': label },
    ...entries.map((entry) =>
      h('li', {}, h('span', { class: 'dw-log__time' }, entry.time), ' ', h('span', {}, entry.message)),
    ),
  );
}
