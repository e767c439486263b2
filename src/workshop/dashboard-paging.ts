/**
 * The dashboard's table shows one page of rows at a time, so 100,000 rows cost no more to draw than
 * a hundred; sorting is done once per change of data or column, filtering per keystroke. Pure.
 */

/** Rows drawn per page: enough to scan, few enough to draw at once on a phone. */
export const DASHBOARD_PAGE_SIZE = 100;

/** One page of a list: its rows and where it sits. */
export interface Page<T> {
  rows: T[];
  /** Zero-based page index, clamped into range. */
  index: number;
  pages: number;
  /** One-based number of the first row shown, 0 when there is none. */
  from: number;
  /** One-based number of the last row shown. */
  to: number;
  total: number;
}

/** The `index`-th page of `items` (clamped into range; an empty list has one empty page). */
export function pageOf<T>(items: readonly T[], index: number, size = DASHBOARD_PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const clamped = Math.min(Math.max(0, Math.trunc(Number.isFinite(index) ? index : 0)), pages - 1);
  const start = clamped * size;
  const rows = items.slice(start, start + size);
  return {
    rows,
    index: clamped,
    pages,
    from: rows.length === 0 ? 0 : start + 1,
    to: start + rows.length,
    total: items.length,
  };
}

/**
 * Keeps the expensive steps from repeating: `rows` is rebuilt only when `version` changes, `sorted`
 * only when that or the sort changes. Filtering and paging then run on the sorted rows.
 */
export function memoise<K, V>(compute: (key: K) => V, same: (a: K, b: K) => boolean): (key: K) => V {
  let last: { key: K; value: V } | undefined;
  return (key) => {
    if (!last || !same(last.key, key)) last = { key, value: compute(key) };
    return last.value;
  };
}

/** Lines of the "could not be read" and "ignored" lists drawn at most; the rest are counted. */
export const MAX_LISTED_LINES = 200;

/** The first `max` lines, then one line saying how many more there are (`more` holds `{n}`). */
export function cappedLines(lines: readonly string[], more: string, max = MAX_LISTED_LINES): string[] {
  if (lines.length <= max) return [...lines];
  return [...lines.slice(0, max), more.replace('{n}', String(lines.length - max))];
}

/** Replaces an element's children with many nodes without spreading them into one call's arguments. */
export function replaceChildrenMany(parent: Element, nodes: Iterable<Node>): void {
  const fragment = parent.ownerDocument.createDocumentFragment();
  for (const node of nodes) fragment.append(node);
  parent.replaceChildren(fragment);
}
