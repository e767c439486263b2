/**
 * Shows the next hidden hint in a `.dojo-hints` list and moves focus to it (so a screen reader reads
 * it); disables the hint button once every hint is shown. Used by exercises and scenarios alike.
 */
export function revealNextHint(root: ParentNode): void {
  const hidden = root.querySelector<HTMLElement>('.dojo-hints li[hidden]');
  if (hidden) {
    hidden.hidden = false;
    hidden.setAttribute('tabindex', '-1');
    hidden.focus();
  }
  if (!root.querySelector('.dojo-hints li[hidden]')) {
    root.querySelector<HTMLButtonElement>('[data-action="hint"]')?.setAttribute('disabled', '');
  }
}
