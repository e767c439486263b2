import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';
import { run } from './main.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = (f: string): string => join('src/exercises/grader/corpus', f);

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/ecs-dojo.js', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonOut {
  files: {
    file: string;
    kind: string;
    accepted: boolean;
    findings: {
      ruleId: string;
      severity: string;
      message: string;
      path: string;
      line: number;
      column: number;
    }[];
  }[];
}

/** Corpus file → expected kind, acceptance and rule ids that must appear. */
const EXPECTED: [string, string, boolean, string[]][] = [
  ['web-fargate.taskdef.json', 'taskdef', true, []],
  ['worker-ec2.taskdef.json', 'taskdef', true, []],
  ['pasted-describe-output.taskdef.json', 'taskdef', false, ['input/output-only-key', 'input/null-value']],
  [
    'broken-fargate.taskdef.json',
    'taskdef',
    false,
    [
      'taskdef/fargate-network-mode',
      'taskdef/fargate-size',
      'input/wrong-type',
      'taskdef/fargate-unsupported',
      'taskdef/execution-role-required',
      'taskdef/plaintext-secret',
      'taskdef/image-tag',
    ],
  ],
  ['web.service.json', 'service', true, []],
  [
    'stuck.service.json',
    'service',
    false,
    [
      'service/launch-type-and-strategy',
      'service/capacity-provider-strategy',
      'service/deployment-cannot-progress',
      'service/assign-public-ip',
      'service/circuit-breaker',
    ],
  ],
  ['web.scaling-target.json', 'scaling-target', true, []],
  ['web-requests.scaling-policy.json', 'scaling-policy', true, []],
  ['fragment.scaling-policy.json', 'target-tracking-configuration', true, []],
  ['weekday-morning.scheduled-action.json', 'scheduled-action', true, []],
  ['execution-role.iam-policy.json', 'iam-policy', true, []],
  ['too-broad.iam-policy.json', 'iam-policy', true, ['iam/wildcard-action', 'iam/wildcard-resource']],
  ['shop-web.cfn.yaml', 'cfn', true, []],
  [
    'broken.cfn.json',
    'cfn',
    false,
    [
      'taskdef/fargate-size',
      'taskdef/awsvpc-host-port',
      'cfn/service-task-definition',
      'scaling/resource-id',
      'scaling/min-max',
      'iam/execution-role-permissions',
    ],
  ],
];

describe('ecs-dojo lint on the corpus (end to end)', () => {
  const all = cli('lint', '--format', 'json', '--lang', 'en', ...EXPECTED.map(([f]) => corpus(f)));
  const out = JSON.parse(all.stdout) as JsonOut;

  it('exits 1 when any file has errors', () => {
    expect(all.code).toBe(1);
    expect(all.stderr).toBe('');
  });

  it.each(EXPECTED)('%s', (file, kind, accepted, rules) => {
    const entry = out.files.find((f) => f.file === corpus(file));
    expect(entry).toMatchObject({ kind, accepted });
    const ids = entry?.findings.map((f) => f.ruleId) ?? [];
    for (const id of rules) expect(ids).toContain(id);
    expect(entry?.accepted).toBe(!entry?.findings.some((f) => f.severity === 'error'));
    for (const f of entry?.findings ?? [])
      expect(Object.keys(f).sort()).toEqual(['column', 'line', 'message', 'path', 'ruleId', 'severity']);
  });

  it('exits 0 on clean files, with an eslint-like summary', () => {
    const r = cli('lint', '--lang', 'en', corpus('web.service.json'), corpus('shop-web.cfn.yaml'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✔ no problems \(2 files\)/);
  });

  it('prints file:line:col  severity  message  rule-id in text mode', () => {
    const r = cli('lint', '--lang', 'en', corpus('broken-fargate.taskdef.json'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('src/exercises/grader/corpus/broken-fargate.taskdef.json\n');
    expect(r.stdout).toMatch(
      /\n {2}3:\d+ +error +Fargate only supports network mode 'awsvpc'\. +taskdef\/fargate-network-mode\n/,
    );
    expect(r.stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?, \d+ info\)/);
  });

  it('honours --kind', () => {
    const r = cli('lint', '--kind', 'service', '--format', 'json', corpus('web.scaling-target.json'));
    expect((JSON.parse(r.stdout) as JsonOut).files[0]?.kind).toBe('service');
  });
});

describe('ecs-dojo usage and file problems', () => {
  it('exits 2 with a clear message for a missing file', () => {
    const r = cli('lint', '--lang', 'en', 'does-not-exist.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('does-not-exist.json: no such file');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('exits 2 on bad usage', () => {
    expect(cli('lint', '--kind', 'nope', 'x.json').code).toBe(2);
    expect(cli('lint', '--target', 'terraform', 'x.json').code).toBe(2);
    expect(cli('frobnicate').code).toBe(2);
    expect(cli('lint').code).toBe(2);
  });

  it('prints help and version', () => {
    expect(cli('--help').stdout).toContain('Usage: ecs-dojo lint');
    expect(cli('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('works through npm run', () => {
    const r = spawnSync(
      'npm',
      ['run', '--silent', 'ecs-dojo', '--', 'lint', '--format', 'json', corpus('web.service.json')],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as JsonOut).files[0]?.accepted).toBe(true);
  });
});

describe('parseArgs', () => {
  it('parses options in both forms', () => {
    expect(parseArgs(['lint', '--kind=cfn', '--format', 'json', '--lang=en', 'a.yaml'])).toEqual({
      command: 'lint',
      kind: 'cfn',
      format: 'json',
      lang: 'en',
      quiet: false,
      inputs: ['a.yaml'],
    });
  });

  it('runs in-process with an injected io', () => {
    const out: string[] = [];
    const code = run(['lint', '--format', 'json', corpus('web.scaling-target.json')], {
      out: (s) => out.push(s),
      err: (s) => out.push(s),
    });
    expect(code).toBe(0);
    expect(out.join('')).toContain('"accepted": true');
  });
});
