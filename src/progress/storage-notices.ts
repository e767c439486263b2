/**
 * Says plainly, once per problem, when the learner's progress is not being saved, and offers what
 * can still be done: download the progress kept in memory, or the unreadable data that could not be
 * backed up (then start afresh).
 */
import { downloadText } from './download.ts';
import { showNotice } from './notice.ts';
import type { ResilientStorage, StorageProblem } from './resilient-storage.ts';
import { PROGRESS_KEY, loadProgress, type LoadResult } from './store.ts';
import { buildExport, exportFileName } from './transfer.ts';

type Lang = 'ja' | 'en';

const TEXT = {
  ja: {
    quota:
      'このブラウザーのサイト用ストレージがいっぱいのため、進捗を保存できません。いま入力した内容や結果は、このページを閉じるまでしか残りません。',
    blocked:
      'このブラウザーではサイトのデータ保存が許可されていません（サイトデータの無効化や、埋め込まれたページなど）。進捗はこのページを閉じるまでしか残りません。',
    noRoom:
      '保存されていた進捗を読み込めず、控えを取る空きもありません。元のデータはそのまま残してあり、新しい進捗はこのページを閉じるまでしか残りません。元のデータをダウンロードしてから、新しく始められます。',
    repaired:
      '保存されていた進捗の一部の項目を読み込めなかったため、読み込めた分だけを使っています。元のデータは「学習の進捗」ページのバックアップからダウンロードできます。',
    restarted:
      '保存されていた進捗を読み込めませんでした。元のデータはバックアップとしてこのブラウザーに残してあります（「学習の進捗」ページから保存できます）。',
    download: '進捗をダウンロード',
    downloadDamaged: '元のデータをダウンロード',
    startFresh: '新しく始める',
    dismiss: '閉じる',
  },
  en: {
    quota:
      "Your progress cannot be saved: this browser's storage for the site is full. What you type and achieve now is kept only until you close this page.",
    blocked:
      'This browser does not let the site store data (site data is turned off, or the page is embedded). Your progress is kept only until you close this page.',
    noRoom:
      'Your saved progress could not be read, and there is no room to keep a copy of it. The original is left untouched and new progress is kept only until you close this page. Download the original, then start afresh.',
    repaired:
      'Some entries of your saved progress could not be read; the rest is in use. The original data can be downloaded from the backups on the My progress page.',
    restarted:
      'Your saved progress could not be read. The original data is kept as a backup in this browser (you can download it from the My progress page).',
    download: 'Download my progress',
    downloadDamaged: 'Download the original',
    startFresh: 'Start afresh',
    dismiss: 'Dismiss',
  },
} as const;

function pageLang(): Lang {
  return document.documentElement.lang.startsWith('en') ? 'en' : 'ja';
}

function downloadProgress(storage: ResilientStorage): void {
  const now = new Date();
  const file = buildExport(loadProgress(storage).doc, now, '');
  downloadText(JSON.stringify(file, null, 2), exportFileName(now, ''), 'application/json');
}

/** One notice per storage problem, with a download of what is kept in memory. */
export function watchStorageProblems(storage: ResilientStorage): void {
  const T = TEXT[pageLang()];
  storage.onProblem((problem: StorageProblem) => {
    showNotice(T[problem], T.dismiss, { label: T.download, run: () => downloadProgress(storage) });
  });
}

/**
 * The notice for a stored document that could not be read at page start: started afresh (it is in
 * a backup), repaired (entries left out; the original is in a backup), or kept in place because
 * there was no room for a backup (download it, then start afresh).
 */
export function reportUnreadable(storage: ResilientStorage, result: LoadResult, raw: string | null): void {
  const T = TEXT[pageLang()];
  if (!result.problem && !result.damaged) return;
  if (result.backedUp) {
    showNotice(result.problem ? T.restarted : T.repaired, T.dismiss);
    return;
  }
  storage.pin(PROGRESS_KEY);
  let downloaded = false;
  const notice = showNotice(T.noRoom, T.dismiss, {
    label: T.downloadDamaged,
    run: () => {
      if (raw !== null) downloadText(raw, 'ecs-dojo-progress-unreadable.txt', 'text/plain');
      downloaded = true;
      fresh.hidden = false;
    },
  });
  const fresh = document.createElement('button');
  fresh.type = 'button';
  fresh.textContent = T.startFresh;
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
