/**
 * CSV for the facilitator dashboard's export (RFC 4180, CRLF line ends). Cells that a spreadsheet
 * would run as a formula (starting with = + - @, a tab or a carriage return) get a leading
 * apostrophe, so a learner name such as `=HYPERLINK(…)` stays text (OWASP: CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralised and quoted where needed. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole table: rows of cells, joined with commas and CRLF. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
