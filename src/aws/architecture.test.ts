import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

/** Every file under `dir` whose name ends with one of `exts`, as paths relative to the repository. */
function files(dir: string, exts: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...files(full, exts));
    else if (exts.some((e) => name.endsWith(e))) out.push(relative(root, full));
  }
  return out;
}

const isTest = (f: string): boolean => /\.test\.ts$|\.spec\.ts$/.test(f);
const specifiers = (src: string): string[] =>
  [...src.matchAll(/(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );

const awsFiles = files(here, ['.ts']).filter((f) => !isTest(f));
const projectCode = [
  ...files(join(root, 'src'), ['.ts', '.astro', '.js', '.mjs']),
  ...files(join(root, 'scripts'), ['.ts', '.js', '.mjs']),
].filter((f) => !isTest(f) && !f.startsWith('src/aws/') && !f.includes('/generated/'));

/**
 * Telltales of a re-declared fact table or parser. Each is something only src/aws should contain:
 * the memory values of the large Fargate sizes, a run of Fargate cpu values, and regular
 * expressions that pick apart cron/rate/at expressions.
 */
const TELLTALES: [string, RegExp][] = [
  ['a Fargate memory table', /\b(?:30720|61440|122880|249856)\b/],
  ['a list of Fargate cpu values', /\b256\b\D{1,12}\b512\b\D{1,12}\b1024\b\D{1,12}\b2048\b/],
  ['a schedule expression parser', /(?:cron|rate|at)\\\(/],
  ['the CodeDeploy configuration table', /ECSLinear10PercentEvery1Minutes['"]\s*[,:]/],
  ['a circuit breaker clamp', /Math\.max\(\s*(?:3|BREAKER_MIN_THRESHOLD)\s*,/],
];

describe('src/aws architecture', () => {
  it('imports nothing of ours but src/util, and no package', () => {
    const outside = awsFiles.flatMap((f) =>
      specifiers(readFileSync(join(root, f), 'utf8'))
        .filter((s) => !(s.startsWith('./') && !s.includes('/', 2)) && !s.startsWith('../util/'))
        .map((s) => `${f} → ${s}`),
    );
    expect(outside).toEqual([]);
  });

  it('is pure: no Node built-ins, DOM, clocks or randomness', () => {
    for (const f of awsFiles)
      expect(readFileSync(join(root, f), 'utf8'), f).not.toMatch(
        /Math\.random\(|Date\.now\(|\bwindow\.|\bdocument\.|localStorage\.|from 'node:/,
      );
  });

  it.each(TELLTALES)('no other file holds %s', (_what, pattern) => {
    expect(projectCode.filter((f) => pattern.test(readFileSync(join(root, f), 'utf8')))).toEqual([]);
  });

  it('the telltales do find the tables in src/aws, so the scan cannot pass vacuously', () => {
    const aws = awsFiles.map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
    for (const [what, pattern] of TELLTALES.slice(0, 4)) expect(pattern.test(aws), what).toBe(true);
  });
});
