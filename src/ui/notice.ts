/** A dismissible notice at the bottom of the page (text only), announced politely. */
import { h } from './dom.ts';

export interface NoticeAction {
  label: string;
  run: () => void;
}

/** Shows a notice with an optional action and a Dismiss button; returns its element. */
export function showNotice(message: string, dismiss: string, action?: NoticeAction): HTMLElement {
  const close = h('button', { type: 'button' }, dismiss);
  const notice = h(
    'div',
    { class: 'dojo-notice', role: 'status', 'aria-live': 'polite' },
    h('p', {}, message),
    action ? h('button', { type: 'button' }, action.label) : null,
    close,
  );
  if (action) notice.querySelector('button')?.addEventListener('click', action.run);
  close.addEventListener('click', () => notice.remove());
  document.body.append(notice);
  return notice;
}
