/**
 * What the learner is told about offline use: once, when the service worker has first cached the
 * course ("available offline"), and for as long as the browser reports no network (a small badge).
 */
import { h } from '../ui/dom.ts';
import { showNotice } from '../ui/notice.ts';

/** localStorage key remembering that "available offline" was said in this browser. */
export const ANNOUNCED_KEY = 'ecs-dojo:offline-announced';

type Labels = Record<string, string | undefined>;

interface FlagStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** True (and remembered) the first time it is asked in a browser; false afterwards. */
export function claimFirstAnnouncement(storage: FlagStorage): boolean {
  try {
    if (storage.getItem(ANNOUNCED_KEY) !== null) return false;
    storage.setItem(ANNOUNCED_KEY, new Date().toISOString());
    return true;
  } catch {
    // Storage blocked (private mode, quota): saying nothing is better than saying it on every page.
    return false;
  }
}

/** Says "available offline" once, after the service worker has activated for the first time. */
export function announceWhenCached(
  registration: ServiceWorkerRegistration,
  storage: FlagStorage,
  labels: Labels,
): void {
  const say = () => {
    if (claimFirstAnnouncement(storage)) showNotice(labels['offlineReady'] ?? '', labels['dismiss'] ?? '×');
  };
  if (registration.active && !registration.installing) {
    say();
    return;
  }
  const worker = registration.installing ?? registration.waiting;
  worker?.addEventListener('statechange', () => {
    if (worker.state === 'activated') say();
  });
}

/** Shows a badge while the browser is offline; the course keeps working from the cache. */
export function watchConnection(labels: Labels): void {
  const badge = h(
    'p',
    { class: 'dojo-offline-badge', role: 'status', hidden: true },
    labels['offline'] ?? '',
  );
  document.body.append(badge);
  const update = () => {
    badge.hidden = navigator.onLine;
  };
  addEventListener('online', update);
  addEventListener('offline', update);
  update();
}
