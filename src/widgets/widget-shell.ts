import { h } from './dom.ts';
import { decodeState, readStateParam, withStateParam } from './url-state.ts';
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
  update(next: S): void;
  reset(): void;
  toolbar(): HTMLElement;
}

export function createWidgetContext<S>(options: {
  host: HTMLElement;
  start: S;
  read: (value: unknown) => S | undefined;
  render: () => void;
}): WidgetContext<S> {
  const { host, read, render } = options;
  const lang: Lang = host.dataset['lang'] === 'en' ? 'en' : 'ja';
  const key = host.dataset['key'] ?? host.tagName.toLowerCase();
  const text = SHELL_TEXT[lang];
  // A scenario gives the widget its own start state; the URL, when it holds one, wins.
  const start = read(decodeState(host.dataset['start'])) ?? options.start;
  const saved = read(readStateParam(new URL(window.location.href), key));
  const announce = (state: S) =>
    host.dispatchEvent(new CustomEvent(WIDGET_STATE_EVENT, { detail: { key, state }, bubbles: true }));
  const persist = (state: S | undefined) => {
    const next = withStateParam(new URL(window.location.href), key, state);
    window.history.replaceState(window.history.state, '', next);
  };
  const context: WidgetContext<S> = {
    lang,
    key,
    state: saved ?? start,
    update(next) {
      context.state = next;
      persist(next);
      render();
      announce(next);
    },
    reset() {
      context.state = start;
      persist(undefined);
      render();
      announce(start);
    },
    toolbar() {
      const status = h('span', { class: 'dw-toolbar__status', role: 'status' });
      const reset = h('button', { type: 'button', class: 'dw-button dw-button--quiet' }, text.reset);
      reset.addEventListener('click', () => context.reset());
      const copy = h('button', { type: 'button', class: 'dw-button dw-button--quiet' }, text.copy);
      copy.addEventListener('click', () => {
        navigator.clipboard
          ?.writeText(window.location.href)
          .then(() => (status.textContent = text.copied))
          .catch(() => (status.textContent = window.location.href));
      });
      return h('div', { class: 'dw-toolbar' }, reset, copy, status);
    },
  };
  queueMicrotask(() => announce(context.state));
  return context;
}

/** Fired on the widget's host (bubbling) with `{ key, state }` whenever its state is set. */
export const WIDGET_STATE_EVENT = 'dojo-widget-state';
