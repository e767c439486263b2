import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildValidatorFiles } from '../../../scripts/build-validators.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');

/** Walks the static import graph from an entry file; returns every module specifier seen per file. */
function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (graph.has(file)) continue;
    const src = readFileSync(file, 'utf8');
    const specs = [
      ...src.matchAll(
        /(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g,
      ),
    ].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
    graph.set(file, specs);
    for (const s of specs) if (s.startsWith('.')) pending.push(resolve(dirname(file), s));
  }
  return graph;
}

describe('grader architecture', () => {
  const graph = importGraph(join(here, 'index.ts'));
  const external = [...graph.entries()].flatMap(([file, specs]) =>
    specs.filter((s) => !s.startsWith('.')).map((s) => `${file.slice(root.length + 1)} → ${s}`),
  );

  it('imports no Node built-ins (it runs in the browser)', () => {
    expect(external.filter((e) => /→ (node:|fs$|path$|url$|process$)/.test(e))).toEqual([]);
  });

  it('never compiles schemas at run time: no ajv import, only the generated validators', () => {
    expect(external.filter((e) => e.includes('ajv'))).toEqual([]);
    expect([...graph.keys()].some((f) => f.endsWith('schemas/generated/validators.js'))).toBe(true);
    for (const f of graph.keys()) expect(readFileSync(f, 'utf8')).not.toMatch(/new Function\(|\beval\(/);
  });

  it('is self-contained: of our code it reaches only the grader, its schemas, src/aws, src/util and the language and link vocabularies', () => {
    const allowed = [
      'src/exercises/grader/',
      'src/exercises/schemas/',
      'src/aws/',
      'src/util/',
      'src/i18n/lang.ts',
      'src/i18n/links.ts',
    ];
    const outside = [...graph.keys()]
      .map((f) => f.slice(root.length + 1))
      .filter((f) => !allowed.some((dir) => f.startsWith(dir)));
    expect(outside).toEqual([]);
    expect([...graph.keys()].some((f) => f.includes('/src/aws/'))).toBe(true);
  });

  it('uses only jsonc-parser and yaml as third-party packages', () => {
    const pkgs = new Set(external.map((e) => e.split('→ ')[1]));
    expect([...pkgs].sort()).toEqual(['jsonc-parser', 'yaml']);
  });
});

describe('generated validators and JSON Schemas', () => {
  it('are up to date (run node scripts/build-validators.ts)', async () => {
    const files = await buildValidatorFiles();
    for (const [rel, content] of Object.entries(files)) {
      expect(readFileSync(join(root, rel), 'utf8'), `${rel} is stale`).toBe(content);
    }
  });

  it('carry English and Japanese descriptions', () => {
    const schema = JSON.parse(
      readFileSync(join(root, 'src/exercises/schemas/json/taskdef.schema.json'), 'utf8'),
    ) as {
      properties: Record<string, { description?: string; 'x-description-ja'?: string }>;
    };
    for (const [key, prop] of Object.entries(schema.properties)) {
      expect(prop.description, key).toBeTruthy();
      expect(prop['x-description-ja'], key).toBeTruthy();
    }
  });
});
