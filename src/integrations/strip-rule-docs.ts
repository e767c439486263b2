/**
 * A Vite plugin that leaves the rules' catalogue text out of the JavaScript sent to the browser.
 *
 * Each rule file (`src/exercises/grader/rules/<area>/<rule>.ts`) declares, beside its messages, a
 * one-line summary, an optional note and the AWS sentence that decides it. Only the rules page (built
 * on the server) and the `ecs-dojo lint` CLI (bundled on its own) show those; the exercise editor and
 * the sandbox show findings, which carry the messages and lesson links only. So in the browser build
 * the `summary`, `note` and `aws` properties are removed from each `rule({…})` and
 * `checkedRule({…})` call, about 7 KB gzipped of every exercise page. Server builds keep them.
 */
import ts from 'typescript';

/** Catalogue-only properties of a rule declaration. */
export const CATALOGUE_ONLY = new Set(['summary', 'note', 'aws']);

/** The functions that declare a rule (src/exercises/grader/rules/define.ts). */
const DECLARERS = new Set(['rule', 'checkedRule']);

/** Rule files, not their tests. */
export const RULE_FILE = /\/src\/exercises\/grader\/rules\/[^/]+\/(?![^/]*\.test\.ts$)[^/]+\.ts$/;

/**
 * `code` without the catalogue-only properties of its rule declarations (with their comments and
 * trailing commas), or `undefined` when it declares no rule.
 */
export function stripRuleDocs(code: string, fileName = 'rule.ts'): string | undefined {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      DECLARERS.has(node.expression.text) &&
      node.arguments[0] !== undefined &&
      ts.isObjectLiteralExpression(node.arguments[0])
    ) {
      for (const property of node.arguments[0].properties) {
        const name = property.name;
        if (
          ts.isPropertyAssignment(property) &&
          name !== undefined &&
          (ts.isIdentifier(name) || ts.isStringLiteral(name)) &&
          CATALOGUE_ONLY.has(name.text)
        ) {
          let end = property.end;
          while (/\s/.test(code[end] ?? '')) end += 1;
          if (code[end] === ',') end += 1;
          cuts.push([property.getFullStart(), end]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (cuts.length === 0) return undefined;
  let out = '';
  let from = 0;
  for (const [start, end] of cuts) {
    out += code.slice(from, start);
    from = end;
  }
  return out + code.slice(from);
}

/** The plugin: browser builds only. */
export function stripRuleDocsPlugin() {
  return {
    name: 'ecs-dojo:strip-rule-docs',
    enforce: 'pre' as const,
    transform(
      this: { environment?: { config?: { consumer?: string } } },
      code: string,
      id: string,
      options?: { ssr?: boolean | undefined },
    ) {
      const consumer = this.environment?.config?.consumer;
      const browser = consumer !== undefined ? consumer === 'client' : options?.ssr !== true;
      const file = id.split('?')[0] ?? id;
      if (!browser || !RULE_FILE.test(file.split('\\').join('/'))) return undefined;
      const stripped = stripRuleDocs(code, file);
      return stripped === undefined ? undefined : { code: stripped, map: null };
    },
  };
}
