/**
 * Registers the service worker (dist/sw.js, generated at build time) so the course works offline
 * after the first visit. When a new version takes over, a notice offers to reload; progress lives in
 * localStorage and is not touched by the update.
 */
import { showNotice } from '../progress/notice.ts';

/** How long after `load` to wait before precaching starts. */
const SETTLE_MS = 3000;

/**
 * Registers `${base}sw.js` on any page (home and 404 included); does nothing where service workers
 * are unavailable. `onRegistered` receives the registration, to tell the learner when it is ready.
 */
export function registerServiceWorker(
  base: string,
  labels: Record<string, string | undefined>,
  onRegistered?: (registration: ServiceWorkerRegistration) => void,
): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const root = base.endsWith('/') ? base : `${base}/`;
  const hadController = Boolean(navigator.serviceWorker.controller);
  let shown = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!hadController || shown) return;
    shown = true;
    showNotice(labels['update'] ?? '', labels['dismiss'] ?? '×', {
      label: labels['reload'] ?? 'Reload',
      run: () => location.reload(),
    });
  });
  // Precaching downloads the whole course; start it only once the page has settled (the exercise
  // editor, say, has started), so it does not compete with the first visit itself.
  const register = () =>
    navigator.serviceWorker
      .register(`${root}sw.js`, { scope: root })
      .then((registration) => onRegistered?.(registration))
      .catch(() => undefined);
  addEventListener('load', () => {
    setTimeout(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(() => void register(), { timeout: 5000 });
      else void register();
    }, SETTLE_MS);
  });
}
