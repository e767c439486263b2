/** `ecs-dojo lint` as teams use it: folders, globs, stdin, configuration, suppression, formats, hostile input. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './main.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const GOOD_TASKDEF = {
  family: 'web',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  containerDefinitions: [
    {
      name: 'web',
      image: '123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/web:1.4.2',
      essential: true,
      readonlyRootFilesystem: true,
      portMappings: [{ containerPort: 8080 }],
      healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost:8080/health || exit 1'] },
      logConfiguration: {
        logDriver: 'awslogs',
        options: {
          'awslogs-group': '/ecs/web',
          'awslogs-region': 'ap-northeast-1',
          'awslogs-stream-prefix': 'web',
        },
      },
    },
  ],
};
const BAD_TASKDEF = { ...GOOD_TASKDEF, networkMode: 'bridge' };

interface Out {
  code: number;
  stdout: string;
  stderr: string;
}

function lintIn(cwd: string, args: string[], env: Record<string, string> = {}): Out {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(['lint', ...args], {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    cwd,
    env: { LANG: 'en_US.UTF-8', ...env },
    isTty: false,
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

function spawnCli(
  args: string[],
  options: { cwd?: string; input?: string; env?: Record<string, string> } = {},
): Out {
  const r = spawnSync(process.execPath, [join(root, 'bin/ecs-dojo.js'), 'lint', ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    input: options.input ?? '',
    env: { PATH: process.env['PATH'] ?? '', LANG: 'en_US.UTF-8', ...options.env },
    timeout: 20_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let repo: string;
const write = (rel: string, content: string | object): void => {
  const path = join(repo, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
};

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'ecs-dojo-lint-'));
  write('ecs/web/task-definition.json', GOOD_TASKDEF);
  write('ecs/worker.taskdef.json', BAD_TASKDEF);
  write('ecs/notes.json', { hello: 'not an ECS input' });
  write('ecs/broken-settings.json', '{ "a": ');
  write('package.json', { name: 'app', version: '1.0.0' });
  write('node_modules/dep/task-definition.json', BAD_TASKDEF);
  write('generated/old.taskdef.json', BAD_TASKDEF);
  write('.ecsdojoignore', 'generated/\n');
  write('.github/workflows/ci.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n');
});

describe('inputs', () => {
  it('walks folders recursively, skips node_modules, ignored and non-ECS files with a note', () => {
    const r = lintIn(repo, ['--format', 'json', '.']);
    const files = JSON.parse(r.stdout) as { files: { file: string }[]; skipped: { file: string }[] };
    expect(files.files.map((f) => f.file).sort()).toEqual([
      'ecs/web/task-definition.json',
      'ecs/worker.taskdef.json',
    ]);
    expect(files.skipped.map((s) => s.file)).toEqual(
      expect.arrayContaining([
        'ecs/notes.json',
        'package.json',
        '.github/workflows/ci.yml',
        'ecs/broken-settings.json',
      ]),
    );
    expect(r.stderr).toMatch(/skipped \d+ file\(s\) that are not ECS inputs/);
    expect(r.code).toBe(1);
  });

  it('lints a folder given with a trailing slash (no "is a directory", no "0 files")', () => {
    const r = lintIn(repo, ['ecs/web/']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no problems (1 file)');
    expect(r.stderr).toBe('');
  });

  it('expands glob patterns and reports a pattern that matches nothing', () => {
    const r = lintIn(repo, ['--format', 'json', 'ecs/**/*.json']);
    const files = (JSON.parse(r.stdout) as { files: { file: string }[] }).files.map((f) => f.file);
    expect(files.sort()).toEqual(['ecs/web/task-definition.json', 'ecs/worker.taskdef.json']);
    const none = lintIn(repo, ['infra/**/*.yaml']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('infra/**/*.yaml: no such file, and no file matches it');
  });

  it('reports an explicitly named non-ECS file, and honours --no-ignore', () => {
    expect(lintIn(repo, ['ecs/notes.json']).code).toBe(1);
    const r = lintIn(repo, ['--no-ignore', '--format', 'json', 'generated']);
    expect((JSON.parse(r.stdout) as { files: unknown[] }).files).toHaveLength(1);
  });

  it('reads stdin with - and reports it under --stdin-filename', () => {
    const r = spawnCli(['--format', 'json', '--stdin-filename', 'ecs/web.json', '-'], {
      input: JSON.stringify(BAD_TASKDEF),
    });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { files: { file: string; accepted: boolean }[] };
    expect(out.files[0]).toMatchObject({ file: 'ecs/web.json', accepted: false });
  });

  it('refuses /dev/zero after the size limit instead of reading it whole', () => {
    const r = spawnCli(['--format', 'json', '/dev/zero']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { files: { error?: unknown }[] };
    expect(out).toMatchObject({ files: [{ file: '/dev/zero', accepted: false }] });
    expect(typeof out.files[0]?.error).toBe('string');
  });

  it('reports an unreadable file in every format, never "no problems"', () => {
    const expected: Record<string, RegExp> = {
      text: /missing\.json\n {2}error +cannot be read: no such file/,
      json: /"error": "no such file"/,
      sarif: /"toolExecutionNotifications"[\s\S]*missing\.json: no such file/,
      github: /^::error file=missing\.json,title=ecs-dojo::no such file$/m,
      junit: /<error type="unreadable" message="no such file"\/>/,
    };
    for (const [format, pattern] of Object.entries(expected)) {
      const r = lintIn(repo, ['--format', format, 'missing.json', 'ecs/web']);
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(pattern);
      expect(r.stdout).not.toContain('no problems');
      expect(r.stderr).toContain('missing.json: no such file');
    }
  });
});

describe('configuration', () => {
  let cfgRepo: string;
  beforeAll(() => {
    cfgRepo = mkdtempSync(join(tmpdir(), 'ecs-dojo-cfg-'));
    mkdirSync(join(cfgRepo, 'infra/ecs'), { recursive: true });
    writeFileSync(
      join(cfgRepo, 'infra/ecs/worker.json'),
      JSON.stringify({
        ...GOOD_TASKDEF,
        containerDefinitions: [{ ...GOOD_TASKDEF.containerDefinitions[0], image: 'nginx:latest' }],
      }),
    );
    writeFileSync(
      join(cfgRepo, 'ecs-dojo.config.json'),
      JSON.stringify({
        lang: 'ja',
        rules: { 'taskdef/image-tag': 'error' },
        exceptions: [],
      }),
    );
  });

  it('is found upwards from the working directory and changes severity and language', () => {
    const r = lintIn(join(cfgRepo, 'infra/ecs'), ['--format', 'json', 'worker.json']);
    const f = (
      JSON.parse(r.stdout) as {
        files: { accepted: boolean; findings: { ruleId: string; severity: string; message: string }[] }[];
      }
    ).files[0];
    expect(f?.findings.find((x) => x.ruleId === 'taskdef/image-tag')).toMatchObject({ severity: 'error' });
    expect(f?.accepted).toBe(false);
    expect(f?.findings[0]?.message).toMatch(/[\u3040-\u30ff]/);
    expect(r.code).toBe(1);
  });

  it('turns a rule off, and --lang still wins over the configuration', () => {
    const cfg = join(cfgRepo, 'off.json');
    writeFileSync(cfg, JSON.stringify({ rules: { 'taskdef/image-tag': 'off' } }));
    const r = lintIn(cfgRepo, ['--config', cfg, '--lang', 'en', 'infra']);
    expect(r.stdout).not.toContain('taskdef/image-tag');
    expect(r.code).toBe(0);
  });

  it('accepts an exception with a reason for matching files', () => {
    const cfg = join(cfgRepo, 'exc.json');
    writeFileSync(
      cfg,
      JSON.stringify({
        exceptions: [
          {
            files: 'infra/ecs/*.json',
            rule: 'taskdef/image-tag',
            reason: 'vendor image, pinned by digest in prod',
          },
        ],
      }),
    );
    const r = lintIn(cfgRepo, ['--config', cfg, 'infra']);
    expect(r.stdout).not.toContain('taskdef/image-tag');
    expect(r.stdout).toContain('1 suppressed');
  });

  it('refuses a broken configuration with a clear message (exit 2)', () => {
    const cfg = join(cfgRepo, 'bad.json');
    writeFileSync(
      cfg,
      JSON.stringify({ rules: { 'taskdef/nope': 'off', 'taskdef/image-tag': 'loud' }, colour: true }),
    );
    const r = lintIn(cfgRepo, ['--config', cfg, 'infra']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown rule "taskdef/nope"');
    expect(r.stderr).toContain('"rules.taskdef/image-tag" must be one of off, info, warning, error');
    expect(r.stderr).toContain('unknown key "colour"');
    writeFileSync(cfg, '{ nope');
    expect(lintIn(cfgRepo, ['--config', cfg, 'infra']).stderr).toContain('is not valid JSON');
  });

  it('defaults the language from LANG / LC_ALL', () => {
    const ja = lintIn(repo, ['ecs/worker.taskdef.json'], { LANG: 'ja_JP.UTF-8' });
    expect(ja.stdout).toMatch(/件の指摘/);
    const en = lintIn(repo, ['ecs/worker.taskdef.json'], { LANG: 'C.UTF-8' });
    expect(en.stdout).toMatch(/problems? \(/);
  });
});

describe('inline suppression', () => {
  const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Metadata:
      ecs-dojo:
        ignore:
          - rule: taskdef/no-health-check
            reason: the sidecar has no shell; the load balancer checks it
    Properties:
      Family: web
      ContainerDefinitions:
        - Name: web
          # ecs-dojo-disable-next-line taskdef/image-tag -- vendor image, updated by Renovate
          Image: nginx:latest
          Essential: true
          Memory: 512
          # ecs-dojo-disable-next-line taskdef/fargate-network-mode -- nothing here
          ReadonlyRootFilesystem: true
`;

  it('suppresses the next line and a resource by Metadata, and reports unused directives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecs-dojo-sup-'));
    writeFileSync(join(dir, 'stack.yaml'), TEMPLATE);
    const r = lintIn(dir, ['--format', 'json', 'stack.yaml']);
    const f = (
      JSON.parse(r.stdout) as {
        files: { suppressed: number; findings: { ruleId: string; line: number }[] }[];
      }
    ).files[0];
    const ids = f?.findings.map((x) => x.ruleId) ?? [];
    expect(ids).not.toContain('taskdef/image-tag');
    expect(ids).not.toContain('taskdef/no-health-check');
    expect(f?.findings.find((x) => x.ruleId === 'lint/unused-suppression')).toMatchObject({ line: 18 });
    expect(f?.suppressed).toBeGreaterThanOrEqual(2);
  });
});

describe('output formats', () => {
  it('writes SARIF 2.1.0 that code scanning accepts: rules with help, results with locations', () => {
    const r = lintIn(repo, ['--format', 'sarif', 'ecs']);
    const sarif = JSON.parse(r.stdout) as {
      version: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string; help: { text: string } }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string };
              region: { startLine: number; startColumn: number };
            };
          }[];
        }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const [runEntry] = sarif.runs;
    expect(runEntry?.tool.driver.name).toBe('ecs-dojo');
    const result = runEntry?.results.find((x) => x.ruleId === 'taskdef/fargate-network-mode');
    expect(result).toMatchObject({
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'ecs/worker.taskdef.json' },
            region: { startLine: 3 },
          },
        },
      ],
    });
    expect(runEntry?.tool.driver.rules[result?.ruleIndex ?? -1]?.id).toBe('taskdef/fargate-network-mode');
    expect(runEntry?.tool.driver.rules[result?.ruleIndex ?? -1]?.help.text).toMatch(
      /Lesson: \/en\/lessons\/02-task-definitions\/#network-modes/,
    );
  });

  it('adds absolute lesson links when ECS_DOJO_SITE_URL is set', () => {
    const r = lintIn(repo, ['--format', 'sarif', 'ecs'], {
      ECS_DOJO_SITE_URL: 'https://example.org/ecs-dojo',
    });
    expect(r.stdout).toContain('"helpUri": "https://example.org/ecs-dojo/en/lessons/');
  });

  it('writes GitHub annotations with file, line and column', () => {
    const r = lintIn(repo, ['--format', 'github', 'ecs/worker.taskdef.json']);
    expect(r.stdout).toMatch(
      /^::error file=ecs\/worker\.taskdef\.json,line=3,col=\d+.*title=taskdef\/fargate-network-mode::Fargate only supports/m,
    );
  });

  it('writes JUnit XML with a failure per file with errors', () => {
    const r = lintIn(repo, ['--format', 'junit', 'ecs']);
    expect(r.stdout).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="ecs-dojo lint" tests="2" failures="1" errors="0">/,
    );
    expect(r.stdout).toContain('<failure type="taskdef/fargate-network-mode"');
  });

  it('--quiet drops warnings and --max-warnings fails on too many', () => {
    const quiet = lintIn(repo, ['--quiet', '--format', 'json', 'ecs/worker.taskdef.json']);
    const sev = (
      JSON.parse(quiet.stdout) as { files: { findings: { severity: string }[] }[] }
    ).files[0]?.findings.map((f) => f.severity);
    expect(new Set(sev)).toEqual(new Set(['error']));
    const dir = mkdtempSync(join(tmpdir(), 'ecs-dojo-mw-'));
    writeFileSync(
      join(dir, 'web.json'),
      JSON.stringify({
        ...GOOD_TASKDEF,
        containerDefinitions: [{ ...GOOD_TASKDEF.containerDefinitions[0], image: 'nginx:latest' }],
      }),
    );
    expect(lintIn(dir, ['web.json']).code).toBe(0);
    const mw = lintIn(dir, ['--max-warnings', '0', 'web.json']);
    expect(mw.code).toBe(1);
    expect(mw.stderr).toContain('more than --max-warnings 0');
  });

  it('colours only on a terminal and never with NO_COLOR', () => {
    const plain = lintIn(repo, ['ecs/worker.taskdef.json']);
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = lintIn(repo, ['--color', 'ecs/worker.taskdef.json']);
    expect(forced.stdout).toContain('\u001b[31m');
    const tty: string[] = [];
    run(['lint', 'ecs/worker.taskdef.json'], {
      out: (s) => tty.push(s),
      err: () => {},
      cwd: repo,
      env: { NO_COLOR: '1' },
      isTty: true,
    });
    expect(tty.join('')).not.toContain('\u001b[');
  });
});

describe('hostile files', () => {
  it('20,000 empty containers: no crash, findings capped per file in text with a summary line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecs-dojo-big-'));
    writeFileSync(
      join(dir, 'many.json'),
      JSON.stringify({ family: 'x', containerDefinitions: Array.from({ length: 20_000 }, () => ({})) }),
    );
    const r = lintIn(dir, ['many.json']);
    expect([1, 2]).toContain(r.code);
    expect(r.stderr).not.toMatch(/RangeError|Maximum call stack/);
    expect(r.stdout.split('\n').length).toBeLessThan(400);
  });

  it('ANSI escapes and workflow commands in file content reach neither the terminal nor the CI log', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecs-dojo-esc-'));
    const evil = {
      ...BAD_TASKDEF,
      containerDefinitions: [
        { ...GOOD_TASKDEF.containerDefinitions[0], image: 'x\u001b[2J\n::error::owned:latest' },
      ],
    };
    writeFileSync(join(dir, 'evil.json'), JSON.stringify(evil));
    writeFileSync(join(dir, '::warning::name.json'), JSON.stringify(BAD_TASKDEF));
    for (const format of ['text', 'github']) {
      const r = lintIn(dir, ['--format', format, '.']);
      expect(r.stdout).not.toContain('\u001b[2J');
      for (const line of r.stdout.split('\n'))
        expect(line.startsWith('::error::') || line.startsWith('::warning::')).toBe(false);
    }
  });
});
