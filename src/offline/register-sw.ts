/**
 * Registers the service worker (dist/sw.js, generated at build time) so the course works offline
 * after the first visit. A new version installs in the background as a whole (see
 * src/integrations/service-worker.ts) and waits; the page then says a new version is ready and
 * reloads into it when the learner chooses. Progress lives in localStorage and is not touched.
 */
import { showNotice } from '../ui/notice.ts';

/** How long after `load` to wait before precaching starts. */
const SETTLE_MS = 3000;

/** Set when the learner chose to reload into the new version in this tab. */
let chose = false;

/** Tells the learner a new version is ready; "Reload" activates it and reloads this tab. */
function offerUpdate(waiting: ServiceWorker | null, labels: Record<string, string | undefined>): void {
  document.querySelector('.dojo-notice[data-update]')?.remove();
  const notice = showNotice(labels['update'] ?? '', labels['dismiss'] ?? '×', {
    label: labels['reload'] ?? 'Reload',
    run: () => {
      chose = true;
      if (waiting) waiting.postMessage({ type: 'ecs-dojo:activate' });
      else location.reload();
    },
  });
  notice.dataset['update'] = '';
}

/** Watches a registration for a complete new build waiting to take over. */
function watchUpdates(
  registration: ServiceWorkerRegistration,
  labels: Record<string, string | undefined>,
): void {
  if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting, labels);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && navigator.serviceWorker.controller)
        offerUpdate(installing, labels);
    });
  });
}

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
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!hadController) return;
    // Reload into the new version here if the learner chose to; a tab where they did not keeps
    // its page (its own assets stay available) and offers the reload.
    if (chose) location.reload();
    else offerUpdate(null, labels);
  });
  // Precaching downloads the whole course; start it only once the page has settled (the exercise
  // editor, say, has started), so it does not compete with the first visit itself.
  const register = () =>
    navigator.serviceWorker
      .register(`${root}sw.js`, { scope: root })
      .then((registration) => {
        watchUpdates(registration, labels);
        onRegistered?.(registration);
      })
      .catch(() => undefined);
  const start = () =>
    setTimeout(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(() => void register(), { timeout: 5000 });
      else void register();
    }, SETTLE_MS);
  if (document.readyState === 'complete') start();
  else addEventListener('load', start);
}
