/**
 * The house rules, read from the code itself: which layer may import which, and which folders stay
 * pure (no DOM). eslint.config.js says the same rules while people type; this test is the one that
 * cannot be switched off by a comment. Folder-specific guards stay beside their folders
 * (src/aws/architecture.test.ts: fact tables held once; src/exercises/grader/architecture.test.ts:
 * the grader's packages and generated validators; src/sim/assumptions.test.ts: no clocks or
 * randomness).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DOM_GLOBALS as DOM_GLOBAL_NAMES } from '../scripts/lib/dom-globals.mjs';

const root = resolve(import.meta.dirname, '..');

/** Source file (repository-relative) → what it imports: repository paths for ours, names for packages. */
type ImportGraph = ReadonlyMap<string, readonly string[]>;

/** A layer: the files it covers and what they may import (globs over repository paths, or package names). */
interface LayerRule {
  layer: string;
  covers: readonly string[];
  /** Allowed targets; when left out, anything not in `mayNotImport`. */
  mayImport?: readonly string[];
  mayNotImport?: readonly string[];
}

/** Plain TypeScript that runs anywhere (Node, the CLI, the browser) and so touches no DOM. */
const PURE = [
  'src/aws/**',
  'src/sim/**',
  'src/emulator/**',
  'src/exercises/grader/**',
  'src/exercises/catalog/**',
  'src/progress/**',
  'src/workshop/**',
  'src/scenarios/**',
  'src/labs/**',
  'src/course/**',
  'src/util/**',
  'src/i18n/**',
  'src/cli/**',
  // The simulator widgets' models and state helpers; their DOM lives in src/ui/widgets.
  'src/widgets/**',
];

/** The browser-only layers a pure module never imports. */
const BROWSER = ['src/ui/**', 'src/components/**', 'src/pages/**', 'src/sandbox/**'];

/**
 * What the lesson frontmatter schema may read to check exercise and scenario ids. The
 * catalog-home branch replaces these two with a light ids list; this line then names that file.
 */

const RULES: readonly LayerRule[] = [
  {
    layer: 'aws (AWS facts, the lowest floor)',
    covers: ['src/aws/**'],
    mayImport: ['src/aws/**', 'src/util/**'],
  },
  {
    layer: 'sim (the pure simulator)',
    covers: ['src/sim/**'],
    mayImport: ['src/sim/**', 'src/aws/**', 'src/util/**'],
  },
  {
    layer: 'schemas (content schemas)',
    covers: ['src/schemas/**'],
    mayImport: ['astro/zod', 'zod', 'src/schemas/**', 'src/aws/**'],
  },
  { layer: 'pure modules', covers: PURE, mayNotImport: BROWSER },
  {
    layer: 'ui (the browser toolkit)',
    covers: ['src/ui/**'],
    mayNotImport: ['src/components/**', 'src/pages/**'],
  },
];

/** Browser globals that pure folders never name. */
const DOM_GLOBALS: ReadonlySet<string> = new Set(DOM_GLOBAL_NAMES);

const matchers = new Map<readonly string[], (path: string) => boolean>();

/** True when `target` matches one of `patterns` (compiled once per list). */
function matches(target: string, patterns: readonly string[]): boolean {
  let test = matchers.get(patterns);
  if (!test) {
    test = patterns.length === 0 ? () => false : picomatch([...patterns]);
    matchers.set(patterns, test);
  }
  return test(target);
}

/** Every broken rule in `graph`, one readable line each: `file → target (layer may not import it)`. */
export function layerViolations(graph: ImportGraph, rules: readonly LayerRule[]): string[] {
  const out: string[] = [];
  for (const [file, targets] of graph) {
    for (const rule of rules) {
      if (!matches(file, rule.covers)) continue;
      for (const target of targets) {
        const allowed =
          (rule.mayImport === undefined || matches(target, rule.mayImport)) &&
          !matches(target, rule.mayNotImport ?? []);
        if (!allowed) out.push(`${file} → ${target} (${rule.layer} may not import it)`);
      }
    }
  }
  return out.sort();
}

/** Every `.ts` file under `dir`, repository-relative, tests and generated files left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .map((name) => `${dir}/${name.split('\\').join('/')}`)
    .filter((f) => f.endsWith('.ts') && !/\.(test|spec)\.ts$/.test(f) && !f.includes('/generated/'))
    .filter((f) => !f.includes('/test-support/'));
}

/** A specifier as the graph keeps it: a repository path for ours, the package name otherwise. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return relative(root, resolve(root, dirname(file), specifier))
    .split('\\')
    .join('/');
}

/** The static and dynamic imports (and re-exports) of each file, read with the TypeScript parser. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => {
      const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
      return [file, info.importedFiles.map((ref) => target(file, ref.fileName))];
    }),
  );
}

/** Names the file declares itself (variables, parameters, imports), which then are not the globals. */
function declaredNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isBindingElement(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isImportSpecifier(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    )
      names.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

/** True when the identifier names a property (`a.window`, `{ window: 1 }`), not a variable. */
function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node)
    // globalThis.document and window.localStorage still reach the DOM.
    return !(
      ts.isIdentifier(parent.expression) && ['globalThis', 'window', 'self'].includes(parent.expression.text)
    );
  if (ts.isQualifiedName(parent)) return parent.right === node;
  return (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent)) &&
    parent.name === node
  );
}

/** Names of DOM globals a file uses as values or types (not in comments, strings or property names). */
export function domGlobalsUsed(source: string): string[] {
  if (![...DOM_GLOBALS].some((name) => source.includes(name))) return [];
  const file = ts.createSourceFile('file.ts', source, ts.ScriptTarget.Latest, true);
  const own = declaredNames(file);
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && DOM_GLOBALS.has(node.text) && !own.has(node.text) && !isPropertyName(node))
      found.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...found].sort();
}

describe('layer boundaries', () => {
  const files = sourceFiles('src');
  const graph = importGraph(files);

  it('every layer imports only what it may', () => {
    expect(layerViolations(graph, RULES)).toEqual([]);
  });

  it('pure folders use no DOM globals', () => {
    const offenders = files
      .filter((f) => matches(f, PURE))
      .flatMap((f) => domGlobalsUsed(readFileSync(join(root, f), 'utf8')).map((name) => `${f} uses ${name}`));
    expect(offenders).toEqual([]);
  });

  it('reads the real graph: the files and imports the rules speak of are there', () => {
    expect(graph.get('src/sim/index.ts')).toContain('src/aws/index.ts');
    expect(graph.get('src/ui/widget-shell.ts')).toContain('src/ui/dom.ts');
    for (const glob of [...PURE, 'src/ui/**', 'src/schemas/**']) {
      const isMatch = picomatch(glob);
      expect(
        files.some((f) => isMatch(f)),
        glob,
      ).toBe(true);
    }
  });
});

describe('the boundary checks can fail', () => {
  it('list each forbidden import with its file and layer', () => {
    const synthetic: ImportGraph = new Map([
      ['src/aws/quotas.ts', ['src/util/is-record.ts', 'src/sim/index.ts', 'zod']],
      ['src/sim/cost.ts', ['src/aws/index.ts']],
      ['src/progress/store.ts', ['src/ui/dom.ts', 'src/util/is-record.ts']],
      ['src/schemas/lesson.ts', ['astro/zod', 'src/exercises/catalog/index.ts', 'src/sim/index.ts']],
      ['src/ui/dom.ts', ['src/components/Quiz.astro']],
      ['src/widgets/rolling/model.ts', ['src/sim/index.ts', 'src/ui/widget-shell.ts']],
      ['src/components/Quiz.astro', ['src/ui/dom.ts']],
    ]);
    expect(layerViolations(synthetic, RULES)).toEqual([
      'src/aws/quotas.ts → src/sim/index.ts (aws (AWS facts, the lowest floor) may not import it)',
      'src/aws/quotas.ts → zod (aws (AWS facts, the lowest floor) may not import it)',
      'src/progress/store.ts → src/ui/dom.ts (pure modules may not import it)',
      'src/schemas/lesson.ts → src/exercises/catalog/index.ts (schemas (content schemas) may not import it)',
      'src/schemas/lesson.ts → src/sim/index.ts (schemas (content schemas) may not import it)',
      'src/ui/dom.ts → src/components/Quiz.astro (ui (the browser toolkit) may not import it)',
      'src/widgets/rolling/model.ts → src/ui/widget-shell.ts (pure modules may not import it)',
    ]);
  });

  it('find DOM globals in code, not in comments, strings or property names', () => {
    const source = [
      '// the document is parsed here; a window of 5 minutes',
      "const text = 'window';",
      'const size = { window: 5 };',
      'function f(location: string) { return size.window + location; }',
      'const el: HTMLElement = document.body;',
      'if (globalThis.localStorage) customElements.get("x");',
    ].join('\n');
    expect(domGlobalsUsed(source)).toEqual(['HTMLElement', 'customElements', 'document', 'localStorage']);
  });
});
