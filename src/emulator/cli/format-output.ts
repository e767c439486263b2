/**
 * The AWS CLI's output formats: json (4-space indent, timestamps in ISO 8601), yaml, text (tab
 * separated, as awscli's text formatter lays it out) and table.
 * @see https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-output-format.html
 */
import { stringify as toYaml } from 'yaml';

/** The output formats the CLI accepts. */
export const OUTPUT_FORMATS = ['json', 'yaml', 'yaml-stream', 'text', 'table'] as const;

/** ISO 8601 as the CLI prints it (`2026-12-01T00:05:00.123000+00:00`; no fraction when zero). */
export function isoTimestamp(ms: number): string {
  const d = new Date(ms);
  const base = d.toISOString().slice(0, 19);
  const frac = d.getUTCMilliseconds();
  return `${base}${frac === 0 ? '' : `.${String(frac).padStart(3, '0')}000`}+00:00`;
}

/** Replaces Date values by the CLI's timestamp strings. */
export function plainData(value: unknown): unknown {
  if (value instanceof Date) return isoTimestamp(value.getTime());
  if (Array.isArray(value)) return value.map(plainData);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = plainData(v);
    return out;
  }
  return value;
}

function pyStr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  // Callers pass scalars only: objects and lists are laid out by textDict and textList.
  return JSON.stringify(v) ?? '';
}

const isComplex = (v: unknown): boolean => typeof v === 'object' && v !== null;

function textOf(item: unknown, out: string[], identifier?: string, scalarKeys?: string[]): void {
  if (Array.isArray(item)) {
    textList(item, out, identifier);
  } else if (isComplex(item)) {
    textDict(item as Record<string, unknown>, out, identifier, scalarKeys);
  } else {
    out.push(pyStr(item));
  }
}

function textList(list: unknown[], out: string[], identifier?: string): void {
  if (list.length === 0) return;
  if (list.some((e) => isComplex(e) && !Array.isArray(e))) {
    const keys = new Set<string>();
    for (const e of list) {
      if (isComplex(e) && !Array.isArray(e)) {
        for (const [k, v] of Object.entries(e as Record<string, unknown>)) if (!isComplex(v)) keys.add(k);
      }
    }
    const sorted = [...keys].sort();
    for (const e of list) textOf(e, out, identifier, sorted);
    return;
  }
  const scalars = list.filter((e) => !isComplex(e));
  if (scalars.length > 0) {
    if (identifier !== undefined)
      for (const s of scalars) out.push(`${identifier.toUpperCase()}\t${pyStr(s)}`);
    else out.push(scalars.map(pyStr).join('\t'));
  }
  for (const e of list.filter(isComplex)) textOf(e, out, identifier);
}

function textDict(
  d: Record<string, unknown>,
  out: string[],
  identifier?: string,
  scalarKeys?: string[],
): void {
  const scalars: string[] = [];
  const nested: [string, unknown][] = [];
  if (scalarKeys === undefined) {
    for (const k of Object.keys(d).sort()) {
      if (isComplex(d[k])) nested.push([k, d[k]]);
      else scalars.push(pyStr(d[k]));
    }
  } else {
    for (const k of scalarKeys) scalars.push(k in d ? pyStr(d[k]) : '');
    for (const k of Object.keys(d).sort()) if (!scalarKeys.includes(k)) nested.push([k, d[k]]);
  }
  if (scalars.length > 0) {
    if (identifier !== undefined) scalars.unshift(identifier.toUpperCase());
    out.push(scalars.join('\t'));
  }
  for (const [k, v] of nested) textOf(v, out, k);
}

function tableOf(title: string, value: unknown): string {
  const lines: string[] = [];
  const width = (rows: string[][]): number[] =>
    rows.reduce<number[]>((w, r) => r.map((c, i) => Math.max(w[i] ?? 0, c.length)), []);
  const section = (name: string, v: unknown, indent: number): void => {
    const pad = ' '.repeat(indent);
    if (Array.isArray(v) && v.every((e) => !isComplex(e))) {
      const rows = v.map((e) => [pyStr(e)]);
      emit(pad, name, undefined, rows);
      return;
    }
    if (Array.isArray(v)) {
      const objs = v.filter((e) => isComplex(e) && !Array.isArray(e)) as Record<string, unknown>[];
      const keys = [...new Set(objs.flatMap((o) => Object.keys(o).filter((k) => !isComplex(o[k]))))].sort();
      if (keys.length > 0)
        emit(
          pad,
          name,
          keys,
          objs.map((o) => keys.map((k) => (k in o ? pyStr(o[k]) : ''))),
        );
      for (const o of objs)
        for (const k of Object.keys(o).sort()) if (isComplex(o[k])) section(k, o[k], indent + 2);
      return;
    }
    if (isComplex(v)) {
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o)
        .filter((k) => !isComplex(o[k]))
        .sort();
      if (keys.length > 0)
        emit(
          pad,
          name,
          undefined,
          keys.map((k) => [k, pyStr(o[k])]),
        );
      else emit(pad, name, undefined, []);
      for (const k of Object.keys(o).sort()) if (isComplex(o[k])) section(k, o[k], indent + 2);
      return;
    }
    emit(pad, name, undefined, [[pyStr(v)]]);
  };
  const emit = (pad: string, name: string, header: string[] | undefined, rows: string[][]): void => {
    const all = header ? [header, ...rows] : rows;
    const w = width(all);
    const inner = Math.max(name.length + 2, w.reduce((a, b) => a + b + 3, 0) - 1, 4);
    const line = `${pad}+${'-'.repeat(inner)}+`;
    const fit = (cells: string[], center: boolean): string => {
      const parts = cells.map((c, i) =>
        center ? c.padStart(Math.floor(((w[i] ?? 0) + c.length) / 2)).padEnd(w[i] ?? 0) : c.padEnd(w[i] ?? 0),
      );
      let text = ` ${parts.join(' | ')} `;
      if (text.length < inner) text = text.padEnd(inner);
      return `${pad}|${text}|`;
    };
    lines.push(`${pad}${'-'.repeat(inner + 2)}`);
    const left = Math.floor((inner - name.length) / 2);
    lines.push(`${pad}|${' '.repeat(left)}${name}${' '.repeat(inner - name.length - left)}|`);
    lines.push(line);
    if (header) {
      lines.push(fit(header, true));
      lines.push(line);
    }
    for (const r of rows) lines.push(fit(r, false));
    if (rows.length > 0) lines.push(line);
  };
  section(title, value, 0);
  return `${lines.join('\n')}\n`;
}

/** Formats a response (already reduced by --query) in one of the CLI's output formats. */
export function formatOutput(value: unknown, format: string, title: string): string {
  const data = plainData(value);
  if (format === 'text') {
    const out: string[] = [];
    textOf(data, out);
    return out.length === 0 ? '' : `${out.join('\n')}\n`;
  }
  if (format === 'yaml' || format === 'yaml-stream') {
    if (data === null || typeof data !== 'object') return `${pyStr(data === null ? 'null' : data)}\n`;
    return toYaml(data, { lineWidth: 0 });
  }
  if (format === 'table') return tableOf(title, data);
  return `${JSON.stringify(data, null, 4)}\n`;
}
