/**
 * The facilitator dashboard's logic: learners' progress (from files or share codes) as rows of
 * learner × exercise/scenario/sandbox lab, who needs help, sorting, filtering and the CSV. Pure.
 */
import { mergeProgress } from '../progress/merge.ts';
import { readDocument, type ProgressDoc } from '../progress/store.ts';
import { isRecord } from '../util/is-record.ts';

export interface Learner {
  name: string;
  /** Where it came from: file names or share-code lines, joined when one learner came twice. */
  source: string;
  doc: ProgressDoc;
}

/**
 * Learners the dashboard takes in at most: far above any workshop, and with every item of the course
 * per learner still a table the page can sort in well under a second. Files beyond it are counted.
 */
export const MAX_DASHBOARD_LEARNERS = 5_000;

/** Titles of exercises, scenarios and labs by id, so rows and the CSV name items, not just ids. */
export interface ItemTitles {
  exercise: Readonly<Record<string, string>>;
  scenario: Readonly<Record<string, string>>;
  lab: Readonly<Record<string, string>>;
}

/**
 * Adds a learner, or merges them into the one already there: the same named learner from a file
 * and a share code is one learner (their progress merged, nothing achieved lost). Unnamed learners
 * are the same only when their progress is identical.
 */
export function addLearner(learners: readonly Learner[], incoming: Learner, named: boolean): Learner[] {
  // Named: compare names only (cheap). Unnamed: compare whole documents, serialising the incoming one once.
  const wantedDoc = named ? '' : JSON.stringify(incoming.doc);
  const index = learners.findIndex((learner) =>
    named ? learner.name === incoming.name : JSON.stringify(learner.doc) === wantedDoc,
  );
  const existing = learners[index];
  if (!existing) return [...learners, incoming];
  const sources = existing.source.split(', ');
  const merged: Learner = {
    name: existing.name,
    source: sources.includes(incoming.source) ? existing.source : `${existing.source}, ${incoming.source}`,
    doc: mergeProgress(existing.doc, incoming.doc),
  };
  return learners.map((learner, i) => (i === index ? merged : learner));
}

/** Learners read back from storage; anything malformed is dropped, never trusted. */
export function readLearners(raw: string | null): Learner[] {
  if (!raw) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((item: unknown): Learner[] => {
    if (!isRecord(item) || typeof item['name'] !== 'string' || typeof item['source'] !== 'string') return [];
    if (!isRecord(item['doc'])) return [];
    const { doc, problem } = readDocument(item['doc']);
    return problem ? [] : [{ name: item['name'].slice(0, 200), source: item['source'].slice(0, 500), doc }];
  });
}

export type ItemKind = 'exercise' | 'scenario' | 'lab';

/** A learner's passes (on their own) per kind of item. */
export type PassCounts = Record<ItemKind, number>;
export type RowStatus = 'passed' | 'solved-with-help' | 'in-progress';

export interface DashboardRow {
  learner: string;
  kind: ItemKind;
  item: string;
  /** The item's title in the page's language ('' when the id is not in this course). */
  title: string;
  status: RowStatus;
  /** The learner's passes in total (exercises, scenarios and labs). */
  passes: number;
  /** The same passes per kind of item. */
  passed: PassCounts;
  /** Needs help: in progress on an exercise someone else passed, or among the fewest passes. */
  stuck: boolean;
  /** Minutes from first working on an exercise to completing it; null when unknown or not done. */
  minutes: number | null;
}

/** Whole minutes between two ISO timestamps, or null when either is missing or they are out of order. */
export function minutesBetween(start: string | undefined, end: string | undefined): number | null {
  if (!start || !end) return null;
  const ms = Date.parse(end) - Date.parse(start);
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms / 60_000) : null;
}

/** A learner's passes per kind: exercises, scenarios and sandbox labs passed on their own. */
export function passCounts(doc: ProgressDoc): PassCounts {
  return {
    exercise: Object.values(doc.exercises ?? {}).filter((e) => e.status === 'passed').length,
    scenario: Object.values(doc.scenarios).filter((s) => s === 'passed').length,
    lab: Object.values(doc.labs ?? {}).filter((s) => s === 'passed').length,
  };
}

const NO_TITLES: ItemTitles = { exercise: {}, scenario: {}, lab: {} };

function titleOf(titles: ItemTitles, kind: ItemKind, id: string): string {
  const table = titles[kind];
  return Object.prototype.hasOwnProperty.call(table, id) ? (table[id] ?? '') : '';
}

/** One row per learner and started exercise, scenario or completed lab, with the "stuck" flags. */
export function dashboardRows(learners: readonly Learner[], titles: ItemTitles = NO_TITLES): DashboardRow[] {
  const counts = learners.map((learner) => passCounts(learner.doc));
  const passes = counts.map((count) => count.exercise + count.scenario + count.lab);
  // A loop, not Math.min(...passes): spreading a large array overflows the call stack.
  let fewest = Infinity;
  let most = -Infinity;
  for (const total of passes) {
    fewest = Math.min(fewest, total);
    most = Math.max(most, total);
  }
  const passedBySomeone = new Set<string>();
  for (const learner of learners)
    for (const [id, entry] of Object.entries(learner.doc.exercises ?? {}))
      if (entry.status === 'passed') passedBySomeone.add(id);
  return learners.flatMap((learner, index) => {
    const total = passes[index] ?? 0;
    const passed = counts[index] ?? { exercise: 0, scenario: 0, lab: 0 };
    const behind = learners.length > 1 && total === fewest && fewest < most;
    const exercises = Object.entries(learner.doc.exercises ?? {}).map(([item, entry]): DashboardRow => ({
      learner: learner.name,
      kind: 'exercise',
      item,
      title: titleOf(titles, 'exercise', item),
      status: entry.status,
      passes: total,
      passed,
      stuck: behind || (entry.status === 'in-progress' && passedBySomeone.has(item)),
      minutes: minutesBetween(entry.startedAt, entry.completedAt),
    }));
    const scenarios = Object.entries(learner.doc.scenarios).map(([item, status]): DashboardRow => ({
      learner: learner.name,
      kind: 'scenario',
      item,
      title: titleOf(titles, 'scenario', item),
      status,
      passes: total,
      passed,
      stuck: behind,
      minutes: null,
    }));
    const labs = Object.entries(learner.doc.labs ?? {}).map(([item, status]): DashboardRow => ({
      learner: learner.name,
      kind: 'lab',
      item,
      title: titleOf(titles, 'lab', item),
      status,
      passes: total,
      passed,
      stuck: behind,
      minutes: null,
    }));
    return exercises.concat(scenarios, labs);
  });
}

export type SortKey = 'learner' | 'kind' | 'item' | 'status' | 'passes' | 'minutes';

const STATUS_ORDER: Record<RowStatus, number> = { 'in-progress': 0, 'solved-with-help': 1, passed: 2 };

/** One collator for every comparison: far faster than `localeCompare` on 100,000 rows. */
const collator = new Intl.Collator();

/** Rows sorted by a column (stable; ties keep learner, then item order). */
export function sortRows(rows: readonly DashboardRow[], key: SortKey, ascending: boolean): DashboardRow[] {
  const value = (row: DashboardRow): string | number =>
    key === 'status' ? STATUS_ORDER[row.status] : key === 'minutes' ? (row.minutes ?? Infinity) : row[key];
  const sign = ascending ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x === y
          ? 0
          : x - y
        : collator.compare(String(x), String(y));
    return sign * order || collator.compare(a.learner, b.learner) || collator.compare(a.item, b.item);
  });
}

/** Rows whose learner, item id or title contains the text (case-insensitive), with the status if given. */
export function filterRows(
  rows: readonly DashboardRow[],
  text: string,
  status: RowStatus | 'all' | 'stuck',
): DashboardRow[] {
  const needle = text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (needle === '' ||
        row.learner.toLowerCase().includes(needle) ||
        row.item.toLowerCase().includes(needle) ||
        row.title.toLowerCase().includes(needle)) &&
      (status === 'all' || (status === 'stuck' ? row.stuck : row.status === status)),
  );
}

/**
 * The rows as CSV cells, with a header row (the item's title follows its id; the learner's passes
 * per kind follow the other columns).
 */
export function csvRows(rows: readonly DashboardRow[], header: readonly string[]): string[][] {
  return [
    [...header],
    ...rows.map((r) => [
      r.learner,
      r.kind,
      r.item,
      r.title,
      r.status,
      String(r.passes),
      r.minutes === null ? '' : String(r.minutes),
      r.stuck ? 'yes' : '',
      String(r.passed.exercise),
      String(r.passed.scenario),
      String(r.passed.lab),
    ]),
  ];
}
