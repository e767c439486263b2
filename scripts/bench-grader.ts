/**
 * Grader benchmark: median time to grade a typical task definition (JSON text → findings) after
 * warm-up, a 1,000-line CloudFormation template, plus pathological inputs. Exits non-zero when the
 * typical median exceeds 2 ms, the large template's median exceeds 50 ms or any pathological input
 * exceeds 200 ms.  Run: node scripts/bench-grader.ts
 */
import '../src/exercises/grader/cfn-spec-static.ts';
import { grade } from '../src/exercises/grader/index.ts';
import { parseYaml } from '../src/exercises/grader/parse/parse-yaml.ts';
import { fargateTd, template } from '../src/exercises/grader/rules/example-docs.ts';

const LIMIT_MS = { typical: 2, large: 50, pathological: 200 } as const;
type CaseKind = keyof typeof LIMIT_MS;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function time(fn: () => void, runs: number, warmup: number): { median: number; max: number } {
  for (let i = 0; i < warmup; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return { median: median(xs), max: Math.max(...xs) };
}

const typical = JSON.stringify(
  fargateTd(
    { cpu: '1024', memory: '4096' },
    {
      environment: [
        { name: 'LOG_LEVEL', value: 'info' },
        { name: 'DB_PASSWORD', value: 'x' },
      ],
      image: 'nginx:latest',
    },
  ),
  null,
  2,
);
const sidecars = JSON.stringify(
  fargateTd({
    containerDefinitions: Array.from({ length: 10 }, (_, i) => ({
      ...(fargateTd().containerDefinitions as object[])[0],
      name: `c${i}`,
    })),
  }),
  null,
  2,
);
const aliasLines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
for (const [i, n] of [...'bcdefghi'].entries())
  aliasLines.push(
    `${n}: &${n} [${Array(10)
      .fill('*' + (i === 0 ? 'a' : 'bcdefghi'[i - 1]))
      .join(', ')}]`,
  );

/** A template of at least 1,000 lines: the course's template, its resources repeated under new names. */
function largeTemplate(): string {
  const base = template();
  const [head = '', resources = ''] = base.split('Resources:\n');
  const ids = ['LogGroup', 'ExecutionRole', 'TaskDefinition', 'Service'];
  const copies: string[] = [];
  for (let i = 0; copies.join('\n').split('\n').length < 1000; i++)
    copies.push(
      ids.reduce(
        (text, id) =>
          text
            .replace(new RegExp(`^  ${id}:$`, 'gm'), `  ${id}${i}:`)
            .replace(new RegExp(`(!Ref|!GetAtt) ${id}\\b`, 'g'), `$1 ${id}${i}`),
        resources,
      ),
    );
  return `${head}Resources:\n${copies.join('\n')}`;
}
const large = largeTemplate();
/** The same template as JSON (long-form intrinsics), cut to its first resources of about 1,000 lines. */
function largeJsonTemplate(): string {
  const parsed = grade(large).findings.length === 0 ? parseYaml(large) : undefined;
  if (!parsed?.ok) throw new Error('the large template must parse and be clean');
  const doc = parsed.doc.value as { Resources: Record<string, unknown> };
  const resources: Record<string, unknown> = {};
  for (const [id, res] of Object.entries(doc.Resources)) {
    resources[id] = res;
    if (JSON.stringify({ ...doc, Resources: resources }, null, 2).split('\n').length >= 1000) break;
  }
  return JSON.stringify({ ...doc, Resources: resources }, null, 2);
}
const largeJson = largeJsonTemplate();

const cases: [string, string, CaseKind][] = [
  ['typical Fargate task definition (JSON)', typical, 'typical'],
  ['10-container task definition (JSON)', sidecars, 'typical'],
  ['CloudFormation template (YAML)', template(), 'typical'],
  [`${large.split('\n').length}-line CloudFormation template (YAML)`, large, 'large'],
  [`${largeJson.split('\n').length}-line CloudFormation template (JSON)`, largeJson, 'large'],
  [
    '5 MB JSON (refused by size)',
    JSON.stringify({
      family: 'x',
      containerDefinitions: [{ name: 'a', image: 'b', command: ['x'.repeat(5_000_000)] }],
    }),
    'pathological',
  ],
  [
    '250 KB JSON (just under the limit)',
    JSON.stringify({
      family: 'x',
      containerDefinitions: Array.from({ length: 900 }, (_, i) => ({
        name: `c${i}`,
        image: 'nginx:1.27',
        environment: [{ name: 'A', value: 'y'.repeat(200) }],
      })),
    }),
    'pathological',
  ],
  [
    '128 KB YAML (just under the limit)',
    Array.from({ length: 9000 }, (_, i) => `k${i}: [${i}, "value-${i}"]`)
      .join('\n')
      .slice(0, 130_000),
    'pathological',
  ],
  ['10,000-deep JSON nesting', '['.repeat(10_000) + ']'.repeat(10_000), 'pathological'],
  ['10,000-deep YAML flow nesting', 'a: ' + '['.repeat(10_000), 'pathological'],
  ['YAML alias bomb', aliasLines.join('\n'), 'pathological'],
];

let failed = false;
const rows: string[] = [];
for (const [name, src, kind] of cases) {
  const runs = { typical: 2000, large: 60, pathological: 15 }[kind];
  const opts = name.includes('KB YAML') || name.includes('alias') ? { kind: 'taskdef' as const } : {};
  const { median: med, max } = time(() => grade(src, opts), runs, kind === 'pathological' ? 3 : 20);
  const limit = LIMIT_MS[kind];
  const measured = kind === 'pathological' ? max : med;
  const ok = measured <= limit;
  if (!ok) failed = true;
  rows.push(
    `| ${name.padEnd(40)} | ${(src.length / 1024).toFixed(1).padStart(8)} KiB | ${med.toFixed(3).padStart(8)} ms | ${max.toFixed(3).padStart(8)} ms | ${kind === 'pathological' ? 'max' : 'median'} ≤ ${limit} ms ${ok ? 'ok' : 'FAIL'} |`,
  );
}
console.log('| input                                    |         size |   median |      max | limit |');
console.log('|------------------------------------------|--------------|----------|----------|-------|');
for (const r of rows) console.log(r);
if (failed) {
  console.error('bench-grader: a limit was exceeded');
  process.exit(1);
}
