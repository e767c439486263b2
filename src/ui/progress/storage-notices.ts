/**
 * Says plainly, once per problem, when the learner's progress is not being saved, and offers what
 * can still be done: download the progress kept in memory, or the unreadable data that could not be
 * backed up (then start afresh).
 */
import { downloadText } from '../download.ts';
import { showNotice } from '../notice.ts';
import type { ResilientStorage, StorageProblem } from '../../progress/resilient-storage.ts';
import { PROGRESS_KEY, loadProgress, type LoadResult } from '../../progress/store.ts';
import { buildExport, exportFileName } from '../../progress/export-file.ts';

/** The notices' words, rendered by the page in its language (Footer.astro's labels). */
export type StorageLabels = Record<string, string | undefined>;

const text = (labels: StorageLabels, key: string): string => labels[key] ?? '';

function downloadProgress(storage: ResilientStorage): void {
  const now = new Date();
  const file = buildExport(loadProgress(storage).doc, now, '');
  downloadText(JSON.stringify(file, null, 2), exportFileName(now, ''), 'application/json');
}

/** One notice per storage problem, with a download of what is kept in memory. */
export function watchStorageProblems(storage: ResilientStorage, labels: StorageLabels): void {
  const key: Record<StorageProblem, string> = { quota: 'storageQuota', blocked: 'storageBlocked' };
  storage.onProblem((problem: StorageProblem) => {
    showNotice(text(labels, key[problem]), text(labels, 'dismiss'), {
      label: text(labels, 'downloadProgress'),
      run: () => downloadProgress(storage),
    });
  });
}

/**
 * The notice for a stored document that could not be read at page start: started afresh (it is in
 * a backup), repaired (entries left out; the original is in a backup), or kept in place because
 * there was no room for a backup (download it, then start afresh).
 */
export function reportUnreadable(
  storage: ResilientStorage,
  result: LoadResult,
  raw: string | null,
  labels: StorageLabels,
): void {
  if (!result.problem && !result.damaged) return;
  if (result.backedUp) {
    showNotice(text(labels, result.problem ? 'problem' : 'storageRepaired'), text(labels, 'dismiss'));
    return;
  }
  storage.pin(PROGRESS_KEY);
  let downloaded = false;
  const notice = showNotice(text(labels, 'storageNoRoom'), text(labels, 'dismiss'), {
    label: text(labels, 'downloadDamaged'),
    run: () => {
      if (raw !== null) downloadText(raw, 'ecs-dojo-progress-unreadable.txt', 'text/plain');
      downloaded = true;
      fresh.hidden = false;
    },
  });
  const fresh = document.createElement('button');
  fresh.type = 'button';
  fresh.textContent = text(labels, 'startFresh');
  fresh.hidden = true;
  fresh.addEventListener('click', () => {
    if (!downloaded) return;
    // The learner has the original now: free its space and save what is in memory.
    const held = storage.getItem(PROGRESS_KEY);
    storage.removeItem(PROGRESS_KEY);
    if (held !== null) storage.setItem(PROGRESS_KEY, held);
    storage.unpin(PROGRESS_KEY);
    notice.remove();
  });
  notice.querySelector('p')?.after(fresh);
}
