/**
 * Output that file content cannot hijack: control characters (ANSI escapes, carriage returns,
 * bidirectional overrides) are shown as visible escapes, and GitHub workflow-command data is encoded.
 */

// C0 controls but tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates, line/paragraph separators.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Replaces characters that could move the cursor, colour or reorder a terminal line with `\u{…}`. */
export function visible(s: string): string {
  return s.replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16).padStart(2, '0')}}`);
}

/** One visible line: whitespace runs (newlines included) become one space. */
export function oneLine(s: string): string {
  return visible(
    s
      .replace(/[\t\n\r]+/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim(),
  );
}

/** A line that GitHub Actions would read as a workflow command (`::…`) is defused. */
export function noWorkflowCommand(line: string): string {
  return line.startsWith('::') ? `./${line}` : line;
}

/** Encodes workflow-command message data (GitHub's escaping of %, CR and LF). */
export function commandData(s: string): string {
  return visible(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Encodes a workflow-command property value (data escaping plus `:` and `,`). */
export function commandProperty(s: string): string {
  return commandData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Escapes text for XML 1.0 content and attributes, dropping characters XML cannot carry. */
export function xml(s: string): string {
  return visible(s)
    .replace(/[\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
