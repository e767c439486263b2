import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_ONLY, RULE_FILE, stripRuleDocs, stripRuleDocsPlugin } from './strip-rule-docs.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const rulesDir = join(root, 'src/exercises/grader/rules');

/** Evaluates the object literal passed to the first rule declaration of a transformed file. */
function declaredKeys(code: string): string[] {
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const keys: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      keys.length === 0 &&
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      /^(rule|checkedRule)$/.test(node.expression.text) &&
      node.arguments[0] &&
      ts.isObjectLiteralExpression(node.arguments[0])
    ) {
      for (const p of node.arguments[0].properties)
        if (p.name && ts.isIdentifier(p.name)) keys.push(p.name.text);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return keys;
}

describe('stripRuleDocs', () => {
  it('removes summary, note and aws from a declaration, with their comments and commas, and nothing else', () => {
    const code = [
      'const r = checkedRule({',
      "  id: 'x/y',",
      "  summary: { ja: 'あ, い', en: 'a, b' },",
      "  messages: { default: { ja: '{a}', en: '{a}' } },",
      '  // why the note',
      '  note: FIRST_ERROR_NOTE,',
      "  aws: { quote: 'It must be {so}.', source: 'https://docs.aws.amazon.com/x' }",
      '});',
      "const other = { summary: 'kept' };",
    ].join('\n');
    const out = stripRuleDocs(code) ?? '';
    expect(declaredKeys(out)).toEqual(['id', 'messages']);
    expect(out).not.toMatch(/why the note|あ, い|docs\.aws/);
    expect(out).toContain("const other = { summary: 'kept' };");
    expect(ts.transpileModule(out, { reportDiagnostics: true }).diagnostics).toEqual([]);
  });

  it('leaves a file without rule declarations alone', () => {
    expect(stripRuleDocs("export const summary = { summary: 'x' };")).toBeUndefined();
  });

  it('strips every rule file of the grader to valid code that keeps its id, messages and checks', () => {
    const files = readdirSync(rulesDir, { recursive: true, encoding: 'utf8' })
      .map((f) => join(rulesDir, f))
      .filter((f) => RULE_FILE.test(f.split('\\').join('/')));
    expect(files.length).toBeGreaterThan(100);
    let declarations = 0;
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      const out = stripRuleDocs(code, file);
      if (out === undefined) continue;
      declarations += 1;
      const keys = declaredKeys(out);
      expect(keys, file).toContain('id');
      expect(keys, file).toContain('messages');
      expect(
        keys.filter((k) => CATALOGUE_ONLY.has(k)),
        file,
      ).toEqual([]);
      if (/\bcheckedRule\(/.test(code)) expect(keys, file).toContain('checks');
      const { diagnostics = [] } = ts.transpileModule(out, { reportDiagnostics: true, fileName: file });
      expect(
        diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
        file,
      ).toEqual([]);
    }
    expect(declarations).toBeGreaterThan(100);
  });
});

describe('the plugin', () => {
  const plugin = stripRuleDocsPlugin();
  const file = join(rulesDir, 'service/launch-type-and-strategy.ts');
  const code = readFileSync(file, 'utf8');
  const run = (consumer: string | undefined, id = file, ssr?: boolean) =>
    plugin.transform.call(consumer ? { environment: { config: { consumer } } } : {}, code, id, { ssr });

  it('strips rule files in the browser build only', () => {
    expect(run('client')?.code).not.toContain('summary:');
    expect(run('server')).toBeUndefined();
    expect(run(undefined, file, true)).toBeUndefined();
    expect(run(undefined, `${file}?v=1`)?.code).not.toContain('summary:');
  });

  it('leaves other files alone, tests of rules included', () => {
    expect(run('client', join(rulesDir, 'hooks.test.ts'))).toBeUndefined();
    expect(run('client', join(rulesDir, 'define.ts'))).toBeUndefined();
    expect(run('client', join(root, 'src/exercises/grader/catalogue.ts'))).toBeUndefined();
  });
});

describe('code the browser runs', () => {
  /** Member reads and destructurings of the catalogue-only properties in a file. */
  function reads(file: string): string[] {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) && CATALOGUE_ONLY.has(node.name.text))
        found.push(node.getText());
      if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
        const name = node.propertyName ?? node.name;
        if (ts.isIdentifier(name) && CATALOGUE_ONLY.has(name.text)) found.push(node.getText());
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  }

  it('never reads a rule’s summary, note or aws (the browser build strips them); only the rules page and the CLI do', () => {
    const dirs = ['src/exercises/grader', 'src/exercises/editor', 'src/emulator', 'src/sandbox'];
    const allowed = new Set(['src/exercises/grader/catalogue.ts']);
    const offenders = dirs
      .flatMap((dir) =>
        readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`),
      )
      .filter((f) => /\.ts$/.test(f) && !/\.test\.ts$|test-support|rule-files\.ts$|rule-tester\.ts$/.test(f))
      .filter((f) => !allowed.has(f))
      .flatMap((f) => reads(join(root, f)).map((what) => `${f}: ${what}`));
    expect(offenders).toEqual([]);
  });
});
