/** Positions in an editor's text, for the plain textarea (Monaco has its own). */

/** The character offset of a 1-based line and column, clamped to the text. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  const end = text.indexOf('\n', offset);
  const lineEnd = end < 0 ? text.length : end;
  return Math.min(offset + Math.max(column, 1) - 1, lineEnd);
}

/** "1\n2\n…" for a line-number gutter beside a textarea holding `text`. */
export function lineNumbers(text: string): string {
  const count = text.split('\n').length;
  return Array.from({ length: count }, (_, index) => String(index + 1)).join('\n');
}
