import ts from 'typescript';
import { dirname, join } from 'node:path';

/**
 * Type-checks the CDK TypeScript samples of the lessons against the installed `aws-cdk-lib`, in one
 * in-memory TypeScript program (library types are not re-checked, so it stays quick). A sample with
 * a `title="lib/web-stack.ts"` is placed at that path, so another sample can import it. A sample
 * without imports is an excerpt of a stack: it is checked inside a Stack's constructor, with the
 * names an excerpt may use (`cluster`, `repository`, `props`, the usual module aliases) declared.
 */

/** One TypeScript code block of a lesson that uses the CDK. */
export interface CdkSample {
  /** Lesson file, relative to the docs folder. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  title: string;
  code: string;
  excerpt: boolean;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*(ts|typescript|tsx)\b(.*)$/i;
const CDK_ALIASES = /\b(?:cdk|ecs|ecsPatterns|elbv2|ec2|ecr|iam|logs)\.[A-Z]/;

/** Every ```ts block in the text that imports aws-cdk-lib, or is an import-less excerpt using it. */
export function extractCdkSamples(mdx: string, file: string): CdkSample[] {
  const lines = mdx.split('\n');
  const samples: CdkSample[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = FENCE.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', marker = '```', , meta = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !(lines[j] ?? '').trim().startsWith(marker); j += 1) {
      const line = lines[j] ?? '';
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    const code = body.join('\n');
    const imports = /^\s*import\s/m.test(code);
    const usesCdk = code.includes("'aws-cdk-lib") || (!imports && CDK_ALIASES.test(code));
    if (usesCdk) {
      const title = /title="([^"]*)"/.exec(meta)?.[1] ?? '';
      samples.push({ file, line: i + 1, title, code, excerpt: !imports });
    }
    i = j;
  }
  return samples;
}

/** The scope an excerpt is checked in: a Stack constructor with the names excerpts use. */
export const EXCERPT_PRELUDE = `import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as ecsPatterns from 'aws-cdk-lib/aws-ecs-patterns';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
declare const cluster: ecs.ICluster;
declare const vpc: ec2.IVpc;
declare const repository: ecr.IRepository;
declare const props: cdk.StackProps & { readonly imageTag: string };
export class Excerpt extends cdk.Stack {
  constructor(scope: cdk.App) {
    super(scope, 'Excerpt');
    void [ec2, ecr, ecs, ecsPatterns, elbv2, iam, logs, cluster, vpc, repository, props];
`;

function sourceFor(sample: CdkSample): string {
  return sample.excerpt ? `${EXCERPT_PRELUDE}${sample.code}\n  }\n}\n` : sample.code;
}

function pathFor(root: string, sample: CdkSample, index: number): string {
  const lesson = sample.file.replace(/\.mdx?$/, '');
  const name = /^[\w./-]+\.ts$/.test(sample.title) && !sample.excerpt ? sample.title : `sample-${index}.ts`;
  return join(root, '.lesson-samples', lesson, name);
}

/** A problem TypeScript found in a sample, with the lesson line it points at. */
export interface SampleDiagnostic {
  file: string;
  line: number;
  message: string;
}

/**
 * Compiles all samples in one program and returns the errors, mapped back to lesson lines.
 * `root` is the folder whose node_modules holds aws-cdk-lib (the repository).
 */
export function checkCdkSamples(samples: readonly CdkSample[], root: string): SampleDiagnostic[] {
  const files = new Map<string, { sample: CdkSample; text: string }>();
  samples.forEach((sample, index) =>
    files.set(pathFor(root, sample, index), { sample, text: sourceFor(sample) }),
  );
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ['node'],
    typeRoots: [join(root, 'node_modules', '@types')],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => files.get(name)?.text ?? readFile(name);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.getSourceFile = (name, language, onError, create) => {
    const own = files.get(name);
    return own
      ? ts.createSourceFile(name, own.text, language, true)
      : getSourceFile(name, language, onError, create);
  };
  host.directoryExists = (name) =>
    [...files.keys()].some((file) => file.startsWith(name)) || ts.sys.directoryExists(name);
  const program = ts.createProgram([...files.keys()], options, host);
  const preludeLines = EXCERPT_PRELUDE.split('\n').length - 1;
  return [...files.entries()].flatMap(([name, { sample }]) => {
    const source = program.getSourceFile(name);
    if (!source)
      return [{ file: sample.file, line: sample.line, message: `could not read ${dirname(name)}` }];
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map(
      (diagnostic) => {
        const at =
          diagnostic.start === undefined ? 0 : source.getLineAndCharacterOfPosition(diagnostic.start).line;
        const codeLine = sample.excerpt ? at - preludeLines : at;
        return {
          file: sample.file,
          line: sample.line + 1 + Math.max(0, codeLine),
          message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
        };
      },
    );
  });
}
