/**
 * The budgets report: each budget returns a section (a table, notes, breaches); this module turns
 * the sections into one readable text report and decides the exit code.
 */

/** One budget's outcome. A section with any breach fails the whole command. */
export interface Section {
  title: string;
  /** Column headers and rows of the section's table, if it has one. */
  table?: { headers: string[]; rows: string[][] };
  /** Lines worth reading that are not breaches (skipped checks, totals). */
  notes: string[];
  /** What broke the budget, one line each. */
  breaches: string[];
}

/** Formats rows as a plain-text table; columns whose cells all look numeric are right-aligned. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const numeric = headers.map(
    (_, column) => rows.length > 0 && rows.every((row) => /^[-\d.,%]+$|^-$/.test(row[column] ?? '')),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        numeric[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [
    line(headers),
    rule,
    ...rows.map((row) => line(headers.map((_, column) => row[column] ?? ''))),
  ].join('\n');
}

/** A breach list longer than this is cut, with a count of the rest. */
const MAX_BREACH_LINES = 40;

function formatSection(section: Section): string {
  const status = section.breaches.length === 0 ? 'PASS' : `FAIL (${section.breaches.length})`;
  const parts = [`== ${section.title}: ${status}`];
  if (section.table) parts.push(formatTable(section.table.headers, section.table.rows));
  parts.push(...section.notes);
  const shown = section.breaches.slice(0, MAX_BREACH_LINES).map((breach) => `  ✗ ${breach}`);
  const hidden = section.breaches.length - shown.length;
  if (hidden > 0) shown.push(`  … and ${hidden} more`);
  parts.push(...shown);
  return parts.join('\n');
}

/** How many breaches of a failed budget the summary repeats. */
const SUMMARY_BREACH_LINES = 5;

/**
 * The whole report: every section, then a one-line verdict per section. Under a failed budget the
 * summary repeats its first breaches, so a log cut to its last lines (a CI page) still says what broke.
 */
export function formatReport(sections: readonly Section[], seconds: number): string {
  const summary = sections.flatMap((section) => {
    if (section.breaches.length === 0) return [`  PASS  ${section.title}`];
    const rest = section.breaches.length - SUMMARY_BREACH_LINES;
    return [
      `  FAIL  ${section.title}`,
      ...section.breaches.slice(0, SUMMARY_BREACH_LINES).map((breach) => `        ✗ ${breach}`),
      ...(rest > 0 ? [`        … and ${rest} more (in its section above)`] : []),
    ];
  });
  const failed = sections.filter((section) => section.breaches.length > 0).length;
  const verdict =
    failed === 0
      ? `All ${sections.length} budgets met (${seconds.toFixed(0)} s).`
      : `${failed} of ${sections.length} budgets broken (${seconds.toFixed(0)} s).`;
  return [...sections.map(formatSection), ['== Summary', ...summary, verdict].join('\n')].join('\n\n');
}

/** The process exit code: 1 when any section has a breach. */
export function exitCode(sections: readonly Section[]): number {
  return sections.some((section) => section.breaches.length > 0) ? 1 : 0;
}

/** Bytes as kilobytes with one decimal, the unit every size budget is written in. */
export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
