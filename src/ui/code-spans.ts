/**
 * Course text may mark code with backticks (`web`, `/ecs/web`). This is the whole Markdown we
 * support there: code spans. Text is split into plain and code segments and rendered with DOM APIs
 * (or Astro's escaping), never parsed as HTML, so nothing in it can become markup.
 */

/** A piece of text: plain, or the inside of a code span. */
export interface TextSegment {
  readonly text: string;
  readonly code: boolean;
}

/**
 * Splits text at backtick pairs. An unpaired backtick stays literal; an empty pair (``) is kept as
 * text. Runs of plain text are merged, so `join` of the texts gives back the text without the
 * backticks that formed spans.
 */
export function splitCodeSpans(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  const push = (piece: string, code: boolean) => {
    if (piece === '') return;
    const last = segments.at(-1);
    if (last && !last.code && !code) segments[segments.length - 1] = { text: last.text + piece, code };
    else segments.push({ text: piece, code });
  };
  let rest = text;
  for (;;) {
    const open = rest.indexOf('`');
    const close = open < 0 ? -1 : rest.indexOf('`', open + 1);
    if (open < 0 || close < 0) break;
    push(rest.slice(0, open), false);
    const inside = rest.slice(open + 1, close);
    if (inside === '') push('``', false);
    else push(inside, true);
    rest = rest.slice(close + 1);
  }
  push(rest, false);
  return segments;
}

/** Replaces an element's content with the text, code spans as `<code>` elements. */
export function renderCodeSpans(element: Element, text: string): void {
  element.replaceChildren(
    ...splitCodeSpans(text).map((segment) => {
      if (!segment.code) return document.createTextNode(segment.text);
      const code = document.createElement('code');
      code.textContent = segment.text;
      return code;
    }),
  );
}

const MARKDOWN_SPECIALS = /[\\`*_{}[\]()#+\-.!<>|~&]/g;

/**
 * The text as Markdown in which only the code spans are Markdown: every other special character is
 * escaped (for Monaco's hovers, which render a schema's `markdownDescription`).
 */
export function codeSpansToMarkdown(text: string): string {
  return splitCodeSpans(text)
    .map((segment) => {
      if (!segment.code) return segment.text.replace(MARKDOWN_SPECIALS, (c) => `\\${c}`);
      const fence = segment.text.includes('`') ? '``' : '`';
      return `${fence}${segment.text}${fence}`;
    })
    .join('');
}
