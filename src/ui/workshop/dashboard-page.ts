/** The browser side of the facilitator dashboard: inputs, table, sorting, filtering and CSV. */
import { toCsv } from '../../progress/csv.ts';
import { downloadText } from '../download.ts';
import { decodeShareCode } from '../../progress/share-code.ts';
import { knownIdsFilter, readCatalogue, type UnknownIds } from '../../progress/known-ids.ts';
import {
  MAX_IMPORT_BYTES,
  parseExport,
  type ImportProblem,
  type ImportResult,
} from '../../progress/transfer.ts';
import { h, logFailures } from '../dom.ts';
import { browserStorage } from '../safe-storage.ts';
import { cappedLines, memoise, pageOf, replaceChildrenMany } from '../../workshop/dashboard-paging.ts';
import {
  MAX_DASHBOARD_LEARNERS,
  addLearner,
  readLearners,
  csvRows,
  dashboardRows,
  filterRows,
  sortRows,
  type DashboardRow,
  type ItemKind,
  type ItemTitles,
  type Learner,
  type RowStatus,
  type SortKey,
} from '../../workshop/dashboard.ts';

interface Texts {
  statuses: Record<RowStatus | 'all' | 'stuck', string>;
  kinds: Record<ItemKind, string>;
  cols: string[];
  /** The learner's passes per kind, with `{exercise}`, `{scenario}` and `{lab}`. */
  passesByKind: string;
  minutes: string;
  stuck: string;
  learners: string;
  unnamed: string;
  line: string;
  reasons: Record<ImportProblem, string>;
  unknownIds: string;
  pageStatus: string;
  moreLines: string;
  tooManyLearners: string;
}

/** Where the loaded learners are kept, so a reload (or a closed tab) loses nothing. */
export const DASHBOARD_KEY = 'ecs-dojo:dashboard';

const KEYS: SortKey[] = ['learner', 'kind', 'item', 'status', 'passes', 'minutes'];

/** Wires the dashboard inside `root`. */
export function startDashboard(root: HTMLElement): void {
  const texts = JSON.parse(root.dataset['texts'] ?? '{}') as Texts;
  const titles = JSON.parse(root.dataset['titles'] ?? '{"exercise":{},"scenario":{},"lab":{}}') as ItemTitles;
  let learners: Learner[] = readLearners(browserStorage()?.getItem(DASHBOARD_KEY) ?? null);
  const save = () => {
    try {
      if (learners.length === 0) browserStorage()?.removeItem(DASHBOARD_KEY);
      else browserStorage()?.setItem(DASHBOARD_KEY, JSON.stringify(learners));
    } catch {
      // Storage full or blocked: the table still works in this tab.
    }
  };
  const rejected: string[] = [];
  let overLimit = 0;
  const ignored: string[] = [];
  const checkIds = knownIdsFilter(
    readCatalogue(root.dataset['catalogue']) ?? {
      exercises: [],
      scenarios: [],
      lessons: [],
      quizzes: [],
      labs: [],
    },
  );
  let sort: { key: SortKey; ascending: boolean } = { key: 'learner', ascending: true };
  // Bumped whenever learners are added or cleared, so rows are rebuilt and re-sorted only then.
  let version = 0;
  let page = 0;
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const filter = $<HTMLInputElement>('#dojo-filter');
  const status = $<HTMLSelectElement>('#dojo-status');

  const allRows = memoise(
    () => dashboardRows(learners, titles),
    (a: number, b: number) => a === b,
  );
  const sortedRows = memoise(
    (key: { version: number; sort: SortKey; ascending: boolean }) =>
      sortRows(allRows(key.version), key.sort, key.ascending),
    (a, b) => a.version === b.version && a.sort === b.sort && a.ascending === b.ascending,
  );
  const visibleRows = (): DashboardRow[] =>
    filterRows(
      sortedRows({ version, sort: sort.key, ascending: sort.ascending }),
      filter?.value ?? '',
      (status?.value ?? 'all') as RowStatus | 'all' | 'stuck',
    );

  const renderHead = () => {
    const head = $('[data-head]');
    head?.replaceChildren(
      ...texts.cols.map((label, index) => {
        const key = KEYS[index];
        if (!key) return h('th', { scope: 'col' }, label);
        const current = sort.key === key;
        const button = h('button', { type: 'button' }, label);
        button.addEventListener('click', () => {
          sort = { key, ascending: current ? !sort.ascending : true };
          page = 0;
          render();
          root.querySelectorAll<HTMLButtonElement>('[data-head] button')[index]?.focus();
        });
        return h(
          'th',
          { scope: 'col', 'aria-sort': current ? (sort.ascending ? 'ascending' : 'descending') : 'none' },
          button,
        );
      }),
    );
  };

  const renderPager = (shown: ReturnType<typeof pageOf<DashboardRow>>) => {
    const pager = $<HTMLElement>('[data-pager]');
    if (pager) pager.hidden = shown.pages <= 1;
    const label = $('[data-page-status]');
    if (label)
      label.textContent = texts.pageStatus
        .replace('{from}', String(shown.from))
        .replace('{to}', String(shown.to))
        .replace('{total}', String(shown.total));
    const previous = $<HTMLButtonElement>('[data-page-prev]');
    if (previous) previous.disabled = shown.index === 0;
    const next = $<HTMLButtonElement>('[data-page-next]');
    if (next) next.disabled = shown.index >= shown.pages - 1;
  };

  const render = () => {
    renderHead();
    const rows = visibleRows();
    const shown = pageOf(rows, page);
    page = shown.index;
    renderPager(shown);
    replaceChildrenMany(
      $('[data-body]') ?? root,
      shown.rows.map((row) =>
        h(
          'tr',
          { class: row.stuck ? 'is-stuck' : undefined },
          h('th', { scope: 'row' }, row.learner),
          h('td', {}, texts.kinds[row.kind]),
          h(
            'td',
            {},
            row.title || row.item,
            row.title ? h('span', { class: 'dojo-dashboard__id' }, ` (${row.item})`) : null,
          ),
          h('td', {}, texts.statuses[row.status]),
          h(
            'td',
            {},
            row.passes,
            h(
              'span',
              { class: 'dojo-dashboard__id' },
              ` (${texts.passesByKind
                .replace('{exercise}', String(row.passed.exercise))
                .replace('{scenario}', String(row.passed.scenario))
                .replace('{lab}', String(row.passed.lab))})`,
            ),
          ),
          h('td', {}, row.minutes === null ? '' : texts.minutes.replace('{n}', String(row.minutes))),
          h('td', {}, row.stuck ? texts.stuck : ''),
        ),
      ),
    );
    const count = $('[data-count]');
    if (count)
      count.textContent = texts.learners
        .replace('{n}', String(learners.length))
        .replace('{rows}', String(rows.length));
    const section = $<HTMLElement>('[data-rejected-section]');
    if (section) section.hidden = rejected.length === 0 && overLimit === 0;
    const list = $('[data-rejected]');
    const tooMany =
      overLimit === 0
        ? []
        : [
            texts.tooManyLearners
              .replace('{max}', String(MAX_DASHBOARD_LEARNERS))
              .replace('{n}', String(overLimit)),
          ];
    if (list)
      replaceChildrenMany(
        list,
        [...tooMany, ...cappedLines(rejected, texts.moreLines)].map((line) => h('li', {}, line)),
      );
    renderIgnored();
  };

  const renderIgnored = () => {
    const section = $<HTMLElement>('[data-ignored-section]');
    if (section) section.hidden = ignored.length === 0;
    const list = $('[data-ignored]');
    if (list)
      replaceChildrenMany(
        list,
        cappedLines(ignored, texts.moreLines).map((line) => h('li', {}, line)),
      );
  };

  const noteUnknown = (source: string, unknown: UnknownIds) => {
    if (unknown.count === 0) return;
    const more = unknown.count > unknown.sample.length ? ', …' : '';
    ignored.push(
      `${source}: ${texts.unknownIds.replace('{n}', String(unknown.count))} (${unknown.sample.join(', ')}${more})`,
    );
  };

  const add = (result: ImportResult, source: string) => {
    version += 1;
    if (!result.ok) {
      rejected.push(`${source}: ${texts.reasons[result.reason]}`);
      return;
    }
    if (learners.length >= MAX_DASHBOARD_LEARNERS) {
      overLimit += 1;
      return;
    }
    const { doc, unknown } = checkIds(result.doc);
    noteUnknown(source, unknown);
    const name = result.learner ?? `${texts.unnamed} (${source})`;
    learners = addLearner(learners, { name, source, doc }, result.learner !== undefined);
  };

  const addFiles = async (files: Iterable<File>) => {
    for (const file of files) {
      if (file.size > MAX_IMPORT_BYTES) {
        // Refused before reading, so a huge file never reaches memory.
        rejected.push(`${file.name}: ${texts.reasons['too-large']}`);
        continue;
      }
      try {
        add(parseExport(await file.text()), file.name);
      } catch {
        rejected.push(`${file.name}: ${texts.reasons['not-json']}`);
      }
    }
    save();
    render();
  };

  const input = $<HTMLInputElement>('#dojo-files');
  input?.addEventListener(
    'change',
    logFailures(async () => {
      await addFiles(input.files ?? []);
      input.value = '';
    }),
  );
  const drop = $<HTMLElement>('[data-drop]');
  drop?.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('is-over');
  });
  drop?.addEventListener('dragleave', () => drop.classList.remove('is-over'));
  drop?.addEventListener(
    'drop',
    logFailures(async (event: DragEvent) => {
      event.preventDefault();
      drop.classList.remove('is-over');
      await addFiles(event.dataTransfer?.files ?? []);
    }),
  );

  $('[data-add-codes]')?.addEventListener(
    'click',
    logFailures(async () => {
      const area = $<HTMLTextAreaElement>('#dojo-codes');
      // Each code is named by its line in the box, blank lines counted, as the facilitator sees it.
      const lines = (area?.value ?? '').split('\n');
      for (const [index, line] of lines.entries()) {
        if (line.trim() === '') continue;
        add(await decodeShareCode(line), texts.line.replace('{n}', String(index + 1)));
      }
      if (area) area.value = '';
      save();
      render();
    }),
  );
  $('[data-clear]')?.addEventListener('click', () => {
    learners = [];
    rejected.length = 0;
    overLimit = 0;
    ignored.length = 0;
    version += 1;
    page = 0;
    save();
    render();
  });
  const fromFirstPage = () => {
    page = 0;
    render();
  };
  filter?.addEventListener('input', fromFirstPage);
  status?.addEventListener('change', fromFirstPage);
  $('[data-page-prev]')?.addEventListener('click', () => {
    page -= 1;
    render();
  });
  $('[data-page-next]')?.addEventListener('click', () => {
    page += 1;
    render();
  });
  $('[data-csv]')?.addEventListener('click', () => {
    const header = [
      'learner',
      'kind',
      'item',
      'title',
      'status',
      'passes',
      'minutes_to_complete',
      'needs_help',
      'exercises_passed',
      'scenarios_passed',
      'labs_passed',
    ];
    // A byte-order mark, so spreadsheet programs read Japanese names as UTF-8.
    const csv = '\uFEFF' + toCsv(csvRows(visibleRows(), header));
    downloadText(csv, `ecs-dojo-workshop-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv');
  });
  render();
}
