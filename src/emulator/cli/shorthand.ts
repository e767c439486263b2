/**
 * The AWS CLI's shorthand syntax (`key=value,list=[a,b],nested={k=v}`), parsed into strings,
 * lists and objects; the caller converts scalars with the API model.
 * @see https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-shorthand.html
 */

/** A parsed shorthand value. */
export type Shorthand = string | Shorthand[] | { [key: string]: Shorthand };

/** Raised for malformed shorthand. */
export class ShorthandError extends Error {}

class Parser {
  private i = 0;
  private readonly s: string;
  constructor(text: string) {
    this.s = text;
  }

  parseStruct(close?: string): Record<string, Shorthand> {
    const out: Record<string, Shorthand> = {};
    for (;;) {
      this.ws();
      if (close !== undefined && this.s[this.i] === close) break;
      const key = this.key();
      this.ws();
      if (this.s[this.i] !== '=')
        throw new ShorthandError(
          `Expected: '=', received: '${this.s[this.i] ?? 'EOF'}' for input:\n${this.s}`,
        );
      this.i += 1;
      out[key] = this.valueWithContinuation(close);
      this.ws();
      if (this.s[this.i] === ',') {
        this.i += 1;
        continue;
      }
      break;
    }
    if (close !== undefined) {
      if (this.s[this.i] !== close)
        throw new ShorthandError(
          `Expected: '${close}', received: '${this.s[this.i] ?? 'EOF'}' for input:\n${this.s}`,
        );
      this.i += 1;
    }
    return out;
  }

  atEnd(): boolean {
    this.ws();
    return this.i >= this.s.length;
  }

  private ws(): void {
    while (this.s[this.i] === ' ') this.i += 1;
  }

  private key(): string {
    const m = /^[A-Za-z0-9_.:-]+/.exec(this.s.slice(this.i));
    if (m === null) throw new ShorthandError(`Expected a key at position ${this.i + 1} of input:\n${this.s}`);
    this.i += m[0].length;
    return m[0];
  }

  /** A value; `a,b,c` without keys after the commas becomes a list. */
  private valueWithContinuation(close?: string): Shorthand {
    const first = this.value(close);
    if (typeof first !== 'string') return first;
    const items = [first];
    while (this.s[this.i] === ',' && !this.nextIsKey()) {
      this.i += 1;
      items.push(this.value(close) as string);
    }
    return items.length === 1 ? first : items;
  }

  private nextIsKey(): boolean {
    return /^,\s*[A-Za-z0-9_.:-]+\s*=/.test(this.s.slice(this.i));
  }

  value(close?: string): Shorthand {
    this.ws();
    const c = this.s[this.i];
    if (c === '[') {
      this.i += 1;
      const items: Shorthand[] = [];
      this.ws();
      if (this.s[this.i] === ']') {
        this.i += 1;
        return items;
      }
      for (;;) {
        this.ws();
        items.push(
          this.s[this.i] === '{'
            ? this.value(']')
            : this.looksLikeStruct()
              ? this.parseStruct(']')
              : this.value(']'),
        );
        this.ws();
        if (this.s[this.i] === ',') {
          this.i += 1;
          continue;
        }
        if (this.s[this.i] === ']') {
          this.i += 1;
          return items;
        }
        throw new ShorthandError(
          `Expected: ',' or ']', received: '${this.s[this.i] ?? 'EOF'}' for input:\n${this.s}`,
        );
      }
    }
    if (c === '{') {
      this.i += 1;
      return this.parseStruct('}');
    }
    if (c === '"' || c === "'") {
      const end = this.s.indexOf(c, this.i + 1);
      if (end < 0) throw new ShorthandError(`Unterminated quote in input:\n${this.s}`);
      const v = this.s.slice(this.i + 1, end);
      this.i = end + 1;
      return v;
    }
    let out = '';
    while (this.i < this.s.length) {
      const ch = this.s[this.i] as string;
      if (ch === ',' || ch === ']' || ch === '}' || (close === undefined && false)) break;
      if (ch === '\\' && this.i + 1 < this.s.length) {
        out += this.s[this.i + 1];
        this.i += 2;
        continue;
      }
      out += ch;
      this.i += 1;
    }
    return out.trimEnd();
  }

  private looksLikeStruct(): boolean {
    return /^[A-Za-z0-9_.:-]+\s*=/.test(this.s.slice(this.i));
  }
}

/** True when a string is shorthand for a structure (`key=…`). */
export function looksLikeShorthandStruct(text: string): boolean {
  return /^\s*[A-Za-z0-9_.:-]+\s*=/.test(text);
}

/** Parses `key=value,…` into an object. */
export function parseShorthandStruct(text: string): Record<string, Shorthand> {
  const p = new Parser(text);
  const out = p.parseStruct();
  if (!p.atEnd()) throw new ShorthandError(`Unexpected text after the shorthand value in input:\n${text}`);
  return out;
}

/** Parses a list element value (`a`, `[a,b]`, `{k=v}`). */
export function parseShorthandValue(text: string): Shorthand {
  const p = new Parser(text);
  const v = p.value();
  if (!p.atEnd()) throw new ShorthandError(`Unexpected text after the shorthand value in input:\n${text}`);
  return v;
}
