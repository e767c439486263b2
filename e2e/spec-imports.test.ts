import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Every browser test gets the automatic console-error check only if it takes `test` from ./fixtures.ts.
const folder = dirname(fileURLToPath(import.meta.url));
const specs = readdirSync(folder).filter((name) => name.endsWith('.spec.ts'));

/** The names a file imports as values (not `import type`) from a module. */
function valueImports(source: string, module: string): string[] {
  const names: string[] = [];
  const pattern = /import\s+(type\s+)?\{([^}]*)\}\s+from\s+['"]([^'"]+)['"]/g;
  for (const match of source.matchAll(pattern)) {
    if (match[1] !== undefined || match[3] !== module) continue;
    for (const part of (match[2] ?? '').split(',')) {
      const name = part.trim();
      if (name !== '' && !name.startsWith('type ')) names.push(name.split(/\s+as\s+/)[0] ?? name);
    }
  }
  return names;
}

describe('e2e specs', () => {
  it('are found', () => {
    expect(specs.length).toBeGreaterThan(10);
  });

  it.each(specs)('%s takes test and expect from ./fixtures.ts, never from @playwright/test', (spec) => {
    const source = readFileSync(join(folder, spec), 'utf8');
    expect(valueImports(source, '@playwright/test')).toEqual([]);
    expect(source).not.toMatch(
      /import\s+\w+\s+from\s+['"]@playwright\/test['"]|require\(['"]@playwright\/test/,
    );
    expect(valueImports(source, './fixtures.ts')).toContain('test');
  });
});

describe('valueImports', () => {
  it('tells value imports from type imports', () => {
    const source = [
      "import type { Page } from '@playwright/test';",
      "import { expect, type Locator, test as base } from '@playwright/test';",
      "import { test } from './fixtures.ts';",
    ].join('\n');
    expect(valueImports(source, '@playwright/test')).toEqual(['expect', 'test']);
    expect(valueImports(source, './fixtures.ts')).toEqual(['test']);
  });
});
