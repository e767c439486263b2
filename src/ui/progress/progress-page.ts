/** The browser side of the "My progress" page: renders the figures, exports, imports, share codes. */
import { h, logFailures } from '../dom.ts';
import { listBackups, type BackupReason } from '../../progress/backups.ts';
import { downloadText } from '../download.ts';
import { knownIdsFilter, readCatalogue, type UnknownIds } from '../../progress/known-ids.ts';
import { mergeProgress } from '../../progress/merge.ts';
import { decodeShareCode, encodeShareCode } from '../../progress/share-code.ts';
import {
  loadProgress,
  updateProgress,
  type KeyValueStorage,
  type ProgressDoc,
} from '../../progress/store.ts';
import { labsTally, summarizeCourse, type ChapterItems, type Tally } from '../../progress/summary.ts';
import {
  buildExport,
  exportFileName,
  parseExport,
  type ImportProblem,
  type ImportResult,
} from '../../progress/transfer.ts';

interface Texts {
  imported: string;
  unknownIds: string;
  copied: string;
  reasons: Record<ImportProblem, string>;
  backupItem: string;
  backupDownload: string;
  backupReasons: Record<BackupReason, string>;
}

function cell(tally: Tally): HTMLElement {
  return h('td', {}, `${tally.done}/${tally.total}`);
}

function renderTable(
  root: HTMLElement,
  doc: ProgressDoc,
  map: readonly ChapterItems[],
  labIds: readonly string[],
): number {
  const summary = summarizeCourse(doc, map);
  const rows = root.querySelectorAll<HTMLTableRowElement>('[data-rows] tr');
  summary.chapters.forEach((chapter, index) => {
    const row = rows[index];
    if (!row) return;
    const heading = row.querySelector('th');
    row.replaceChildren(
      ...(heading ? [heading] : []),
      cell(chapter.lessons),
      cell(chapter.quizzes),
      cell(chapter.exercises),
      cell(chapter.scenarios),
      h('td', {}, `${chapter.percent}%`),
    );
  });
  const overall = root.querySelector('[data-overall]');
  if (overall) overall.textContent = `${summary.percent}%`;
  const labs = root.querySelector('[data-labs]');
  const passedLabs = labsTally(doc, labIds);
  if (labs) labs.textContent = `${passedLabs.done}/${passedLabs.total}`;
  return summary.percent;
}

/** Wires the page: figures, export, import (merged), share codes and the backup download. */
export function startProgressPage(root: HTMLElement, storage: KeyValueStorage): void {
  const map = JSON.parse(root.dataset['map'] ?? '[]') as ChapterItems[];
  const texts = JSON.parse(root.dataset['texts'] ?? '{}') as Texts;
  const status = root.querySelector<HTMLElement>('[data-status]');
  const say = (message: string) => {
    if (status) status.textContent = message;
  };
  const nameInput = root.querySelector<HTMLInputElement>('#dojo-learner');
  const learner = () => nameInput?.value ?? '';
  const catalogue = readCatalogue(root.dataset['catalogue']);
  const refresh = () => renderTable(root, loadProgress(storage).doc, map, catalogue?.labs ?? []);
  // Without a catalogue (an old cached page) nothing is known, so nothing from a file is stored.
  const checkIds = knownIdsFilter(
    catalogue ?? { exercises: [], scenarios: [], lessons: [], quizzes: [], labs: [] },
  );
  const ignoredNote = (unknown: UnknownIds) =>
    unknown.count === 0
      ? ''
      : ' ' +
        texts.unknownIds
          .replace('{n}', String(unknown.count))
          .replace('{ids}', unknown.sample.join(', ') + (unknown.count > unknown.sample.length ? ', …' : ''));
  refresh();

  const apply = (result: ImportResult, fallbackName: string) => {
    if (!result.ok) {
      say(texts.reasons[result.reason]);
      return;
    }
    const { doc: known, unknown } = checkIds(result.doc);
    updateProgress(storage, (doc) => Object.assign(doc, mergeProgress(doc, known)));
    const percent = refresh();
    say(
      texts.imported.replace('{name}', result.learner ?? fallbackName).replace('{n}', String(percent)) +
        ignoredNote(unknown),
    );
    dispatchEvent(new Event('dojo:progress-changed'));
  };

  root.querySelector('[data-export]')?.addEventListener('click', () => {
    const now = new Date();
    const file = buildExport(loadProgress(storage).doc, now, learner());
    downloadText(JSON.stringify(file, null, 2), exportFileName(now, learner()), 'application/json');
  });

  const fileInput = root.querySelector<HTMLInputElement>('#dojo-import');
  fileInput?.addEventListener(
    'change',
    logFailures(async () => {
      const file = fileInput.files?.[0];
      if (!file) return;
      apply(parseExport(await file.text()), file.name);
      fileInput.value = '';
    }),
  );

  const codeOut = root.querySelector<HTMLTextAreaElement>('#dojo-code-out');
  root.querySelector('[data-make-code]')?.addEventListener(
    'click',
    logFailures(async () => {
      if (codeOut) codeOut.value = await encodeShareCode(loadProgress(storage).doc, new Date(), learner());
    }),
  );
  root.querySelector('[data-copy]')?.addEventListener(
    'click',
    logFailures(async () => {
      if (!codeOut?.value) return;
      try {
        await navigator.clipboard.writeText(codeOut.value);
        say(texts.copied);
      } catch {
        codeOut.select();
      }
    }),
  );
  const codeIn = root.querySelector<HTMLTextAreaElement>('#dojo-code-in');
  root.querySelector('[data-apply-code]')?.addEventListener(
    'click',
    logFailures(async () => {
      apply(await decodeShareCode(codeIn?.value ?? ''), 'share code');
    }),
  );

  renderBackups(root, storage, texts);
}

/** Lists the backups kept in this browser, each with a download button. */
function renderBackups(root: HTMLElement, storage: KeyValueStorage, texts: Texts): void {
  const backups = listBackups(storage);
  const section = root.querySelector<HTMLElement>('[data-backup]');
  const list = root.querySelector<HTMLElement>('[data-backup-list]');
  if (!section || !list || backups.length === 0) return;
  section.hidden = false;
  const lang = document.documentElement.lang.startsWith('en') ? 'en' : 'ja';
  list.replaceChildren(
    ...backups.map((backup, i) => {
      const date = backup.at ? new Date(backup.at).toLocaleString(lang === 'en' ? 'en-GB' : 'ja-JP') : '—';
      const size = `${Math.max(1, Math.round(backup.bytes / 1024))} KB`;
      const label = texts.backupItem
        .replace('{date}', date)
        .replace('{reason}', texts.backupReasons[backup.reason])
        .replace('{size}', size);
      const button = h('button', { type: 'button' }, texts.backupDownload);
      button.addEventListener('click', () =>
        downloadText(backup.text, `ecs-dojo-progress-backup-${i + 1}.txt`, 'text/plain'),
      );
      return h('li', {}, `${label} `, button);
    }),
  );
}
