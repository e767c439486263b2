/**
 * Splits a command line into words like a POSIX shell: single quotes, double quotes with
 * backslash escapes, backslash-newline continuations and `#` comments. No variables, globs or
 * pipes: the sandbox runs one command at a time.
 */

/** The words of a line, or an error message for an unterminated quote. */
export type ShellWords = { ok: true; words: string[] } | { ok: false; error: string };

/** Splits `line` into words. */
export function shellWords(line: string): ShellWords {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  let i = 0;
  const text = String(line);
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '\\') {
      const next = text[i + 1];
      if (next === '\n') i += 2;
      else if (next === '\r' && text[i + 2] === '\n') i += 3;
      else if (next === undefined) i += 1;
      else {
        current += next;
        inWord = true;
        i += 2;
      }
      continue;
    }
    if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return { ok: false, error: "unexpected EOF while looking for matching `''" };
      current += text.slice(i + 1, end);
      inWord = true;
      i = end + 1;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let closed = false;
      while (j < text.length) {
        const c = text[j] as string;
        if (c === '\\' && j + 1 < text.length && '"\\$`\n'.includes(text[j + 1] as string)) {
          if (text[j + 1] !== '\n') current += text[j + 1];
          j += 2;
          continue;
        }
        if (c === '"') {
          closed = true;
          break;
        }
        current += c;
        j += 1;
      }
      if (!closed) return { ok: false, error: 'unexpected EOF while looking for matching `"\'' };
      inWord = true;
      i = j + 1;
      continue;
    }
    if (ch === '#' && !inWord) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
      i += 1;
      continue;
    }
    current += ch;
    inWord = true;
    i += 1;
  }
  if (inWord) words.push(current);
  return { ok: true, words };
}

/** Quotes a word for a POSIX shell (used by the script export). */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_./:=@,+-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
