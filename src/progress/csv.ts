/**
 * CSV for the facilitator dashboard's export (RFC 4180, CRLF line ends), with OWASP's guard against
 * formula injection (https://owasp.org/www-community/attacks/CSV_Injection): every cell is wrapped in
 * double quotes, inner double quotes are doubled, and a cell a spreadsheet could run as a formula gets
 * a leading apostrophe, so a learner name such as `=HYPERLINK(…)` stays text.
 */

/** Characters that make a spreadsheet read a cell as a formula (or hide what follows). */
const TRIGGER = /^[=+\-@\t\r\n\0]/;
/** Blanks a spreadsheet may skip before a trigger: spaces, NBSP, the ideographic space and so on. */
const LEADING_BLANKS = /^[\s\u00a0\u3000\u200b\ufeff]+/;
/** Separators and quotes after which a payload could start a cell of its own (`a;=1+1;`). */
const SEGMENT_BREAK = /[,;\t|"'\r\n]/;

function startsWithTrigger(text: string): boolean {
  // NFKC folds full-width and small forms (＝＋－＠, ﹦﹢﹣﹫) into = + - @.
  const folded = text.normalize('NFKC');
  return TRIGGER.test(folded) || TRIGGER.test(folded.replace(LEADING_BLANKS, ''));
}

/**
 * Whether a spreadsheet could run the cell, or a part of it, as a formula: it starts with a trigger
 * (also after blanks or in full-width form), or any part after a separator or quote does.
 */
export function isFormulaLike(text: string): boolean {
  return (
    startsWithTrigger(text) || text.split(SEGMENT_BREAK).some((part, i) => i > 0 && startsWithTrigger(part))
  );
}

/** One cell: NUL made visible, formula-like text prefixed with `'`, always quoted. */
export function csvCell(value: string | number): string {
  const raw = String(value);
  const guarded = isFormulaLike(raw) ? `'${raw}` : raw;
  // A NUL can end the text early in some readers; U+FFFD keeps its place visible instead.
  return `"${guarded.replace(/\0/g, '\ufffd').replace(/"/g, '""')}"`;
}

/** A whole table: rows of cells, joined with commas and CRLF. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
