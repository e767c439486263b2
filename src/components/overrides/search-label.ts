/**
 * Starlight 0.42 labels its search button "Search" (aria-label) while the button shows "Search Ctrl K".
 * WCAG 2.5.3 (Label in Name) asks that the name contain the visible words, so a speech-input user can
 * say what they see; axe reports it as `label-content-name-mismatch`. This takes the aria-label off
 * the button in the rendered HTML and puts the same words first in its content, for screen readers
 * only: the name then comes from the content, "Search" followed by the visible shortcut once
 * Starlight's script shows it ("Ctrl K", or "⌘ K" on Apple devices), and "Search" alone where only
 * the icon shows (a phone) or without JavaScript. Done at build time, so no script ships for it.
 */

const OPEN_BUTTON = /<button\b(?=[^>]*\bdata-open-modal\b)([^>]*?)\saria-label="([^"]*)"([^>]*)>/;

/** The rendered search component with its open button named by its content; throws if there is none. */
export function nameSearchButtonFromContent(html: string): string {
  const match = OPEN_BUTTON.exec(html);
  if (!match) throw new Error('search-label: no search button with an aria-label in Starlight’s markup');
  const [whole, before = '', label = '', after = ''] = match;
  return html.replace(whole, `<button${before}${after}><span class="sr-only">${label}</span>`);
}
