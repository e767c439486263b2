import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCdkSamples, extractCdkSamples, type CdkSample, type SampleDiagnostic } from './cdk-samples.ts';
import { GLOSSARY } from './glossary.ts';

const root = join(import.meta.dirname, '..', '..');
const docs = join(root, 'src', 'content', 'docs');

describe('extractCdkSamples', () => {
  it('takes CDK code, marks import-less code as an excerpt and skips other TypeScript', () => {
    const mdx = [
      '```typescript title="lib/a.ts"',
      "import * as cdk from 'aws-cdk-lib';",
      '```',
      '```ts',
      "import { createServer } from 'node:http';",
      '```',
      '```typescript title="excerpt"',
      'new ecs.FargateService(this, "S", { cluster, taskDefinition });',
      '```',
    ].join('\n');
    expect(
      extractCdkSamples(mdx, 'x.mdx').map(({ line, title, excerpt }) => ({ line, title, excerpt })),
    ).toEqual([
      { line: 1, title: 'lib/a.ts', excerpt: false },
      { line: 7, title: 'excerpt', excerpt: true },
    ]);
  });
});

describe('CDK samples', () => {
  // One program for every sample and one deliberately wrong excerpt: aws-cdk-lib's types load once.
  const wrong = extractCdkSamples(
    [
      'text',
      '```typescript title="wrong"',
      'new ecs.FargateTaskDefinition(this, "T", { cpu: "256" });',
      '```',
    ].join('\n'),
    'wrong.mdx',
  );
  const files = readdirSync(docs, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .sort();
  const samples = files.flatMap((file) => extractCdkSamples(readFileSync(join(docs, file), 'utf8'), file));
  // The glossary's CDK names, as type expressions that must resolve against aws-cdk-lib.
  const glossary: CdkSample = {
    file: 'src/course/glossary.ts',
    line: 0,
    title: 'glossary-cdk-names.ts',
    excerpt: false,
    code: [
      "import { aws_ecs, aws_elasticloadbalancingv2 } from 'aws-cdk-lib';",
      'export type Used = [typeof aws_ecs, typeof aws_elasticloadbalancingv2];',
      ...GLOSSARY.flatMap((term, index) =>
        term.cdk ? [`export type Term${index} = ${term.cdk.check};`] : [],
      ),
    ].join('\n'),
  };
  let problems: SampleDiagnostic[] = [];
  beforeAll(() => {
    problems = checkCdkSamples([...samples, ...wrong, glossary], root);
  }, 180_000);

  it('reports a type error at the lesson line it comes from', () => {
    const found = problems.filter((problem) => problem.file === 'wrong.mdx');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ file: 'wrong.mdx', line: 3 });
    expect(found[0]?.message).toMatch(/not assignable to type 'number'/);
  });

  it('every CDK TypeScript sample in the lessons type-checks against aws-cdk-lib', () => {
    expect(samples.length).toBeGreaterThanOrEqual(6);
    const own = problems.filter((problem) => problem.file.endsWith('.mdx') && problem.file !== 'wrong.mdx');
    expect(own.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([]);
  });

  it("the glossary's CDK names exist in aws-cdk-lib", () => {
    expect(GLOSSARY.filter((term) => term.cdk).length).toBeGreaterThan(40);
    const own = problems.filter((problem) => problem.file === glossary.file);
    expect(own.map((p) => p.message)).toEqual([]);
  });
});
