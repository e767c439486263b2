/**
 * What every page does with the progress store: marks sidebar links of lessons read and exercises
 * passed, and reports an unreadable store once (the unreadable text stays under the backup key).
 */
import { h } from '../dom.ts';
import { markFor } from '../../progress/link-mark.ts';
import type { ResilientStorage } from '../../progress/resilient-storage.ts';
import { reportUnreadable, watchStorageProblems } from './storage-notices.ts';
import { PROGRESS_KEY, loadProgress, updateProgress, type ProgressDoc } from '../../progress/store.ts';

type Labels = Record<string, string | undefined>;

/** Adds ✓ marks (with a visually hidden word) to the sidebar's links. */
export function markSidebar(doc: ProgressDoc, labels: Labels): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('#starlight__sidebar a[href]')) {
    link.querySelector('.dojo-progress-mark')?.remove();
    const mark = markFor(doc, new URL(link.href).pathname);
    if (!mark) continue;
    link.append(
      h(
        'span',
        { class: 'dojo-progress-mark' },
        h('span', { 'aria-hidden': 'true' }, '✓'),
        h('span', { class: 'sr-only-dojo' }, ` (${labels[mark] ?? mark})`),
      ),
    );
  }
}

/** Runs on every page: storage problems said once, an unreadable store reported once, sidebar marks. */
export function startPageProgress(storage: ResilientStorage, labels: Labels): void {
  watchStorageProblems(storage, labels);
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    raw = null;
  }
  const result = loadProgress(storage);
  const { doc } = result;
  if ((result.problem || result.damaged) && result.backedUp) {
    // Save the readable part now, so the notice appears once; the original stays in a backup slot.
    try {
      updateProgress(storage, () => undefined);
    } catch {
      // A storage problem is reported by watchStorageProblems.
    }
  }
  reportUnreadable(storage, result, raw, labels);
  markSidebar(doc, labels);
  addEventListener('dojo:progress-changed', () => markSidebar(loadProgress(storage).doc, labels));
}
