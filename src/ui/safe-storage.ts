/**
 * The page's storage, reached safely. Reading `window.localStorage` itself throws where the browser
 * refuses site data (storage turned off, a sandboxed frame), so every caller goes through here.
 * Tools that keep a convenience copy (the sandbox, the dashboard, the timer, the quiz seed) take
 * `browserStorage()` and carry on without it; the learner's progress takes `progressStorage()`, which
 * keeps unsaved writes in memory and reports them so the page can say plainly that work is not saved.
 */
import { resilientStorage, type ResilientStorage } from '../progress/resilient-storage.ts';

/** The browser's localStorage, or undefined when reading the property throws. */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

let shared: ResilientStorage | undefined;

/** The page's progress storage: localStorage behind the resilient wrapper (one per page). */
export function progressStorage(): ResilientStorage {
  shared ??= resilientStorage(() => {
    // The ThemeProvider override marks a page where the browser refused storage (and put a
    // memory-only stand-in in its place so Starlight's scripts keep working).
    if (document.documentElement.hasAttribute('data-dojo-storage-blocked'))
      throw new DOMException('Site storage is blocked', 'SecurityError');
    return window.localStorage;
  });
  return shared;
}
