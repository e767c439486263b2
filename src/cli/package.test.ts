/**
 * The lint package end to end: build it, `npm pack` it, install the tarball in an empty folder
 * (no Astro, no Monaco, no network) and run it on every Node.js this machine has that `engines`
 * allows; an older Node.js gets one line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkgDir = join(root, 'packages/lint');

/** Node.js binaries to try: this one, and the machine's own if it is another version. */
function nodes(): string[] {
  const found = [process.execPath];
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
    if (!existsSync(candidate)) continue;
    const v = spawnSync(candidate, ['--version'], { encoding: 'utf8' }).stdout.trim();
    if (
      v &&
      v !== process.version &&
      !found.some((n) => spawnSync(n, ['--version'], { encoding: 'utf8' }).stdout.trim() === v)
    )
      found.push(candidate);
  }
  return found;
}

const major = (node: string): number =>
  Number(spawnSync(node, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout.trim());

let app: string;
let bin: string;
let bundleBytes: number;

beforeAll(async () => {
  bundleBytes = await buildCli();
  const packDir = mkdtempSync(join(tmpdir(), 'ecs-dojo-pack-'));
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', packDir], {
    cwd: pkgDir,
    stdio: 'pipe',
  });
  const tarball = readdirSync(packDir).find((f) => f.endsWith('.tgz'));
  app = mkdtempSync(join(tmpdir(), 'ecs-dojo-app-'));
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'team-app', version: '1.0.0', private: true }),
  );
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(packDir, tarball ?? '')], {
    cwd: app,
    stdio: 'pipe',
  });
  bin = join(app, 'node_modules/ecs-dojo-lint/bin/ecs-dojo.cjs');
  writeFileSync(
    join(app, 'task-definition.json'),
    JSON.stringify({
      family: 'web',
      networkMode: 'bridge',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions: [{ name: 'web', image: 'nginx:1.27', essential: true }],
    }),
  );
}, 120_000);

describe('the packed lint package', () => {
  it('installs with no runtime dependencies: the tarball holds the launcher, one bundle and the schemas', () => {
    const manifest = JSON.parse(
      readFileSync(join(app, 'node_modules/ecs-dojo-lint/package.json'), 'utf8'),
    ) as {
      dependencies?: object;
      engines: { node: string };
    };
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.engines.node).toBe('>=20');
    expect(readdirSync(join(app, 'node_modules'))).toEqual(expect.arrayContaining(['ecs-dojo-lint']));
    expect(readdirSync(join(app, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual([
      'ecs-dojo-lint',
    ]);
    expect(existsSync(join(app, 'node_modules/ecs-dojo-lint/dist/schemas/taskdef.schema.json'))).toBe(true);
    expect(bundleBytes).toBeGreaterThan(0);
  });

  it.each(nodes())('runs on %s (every allowed version this machine has)', (node) => {
    if (major(node) < 20) return;
    const r = spawnSync(node, [bin, 'lint', '--lang', 'en', '--format', 'json', 'task-definition.json'], {
      cwd: app,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { files: { findings: { ruleId: string }[] }[] };
    expect(out.files[0]?.findings.map((f) => f.ruleId)).toContain('taskdef/fargate-network-mode');
    const version = spawnSync(node, [bin, '--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(
      (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version,
    );
  });

  it('tells an older Node.js which version it needs, in one line', () => {
    const preload = join(app, 'pretend-node-18.cjs');
    writeFileSync(
      preload,
      "Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '18.19.0' } });\n" +
        "Object.defineProperty(process, 'version', { value: 'v18.19.0' });\n",
    );
    const r = spawnSync(process.execPath, ['--require', preload, bin, 'lint', 'task-definition.json'], {
      cwd: app,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      'ecs-dojo: Node.js 20 or later is needed (this is v18.19.0). See https://nodejs.org/',
    ]);
  });

  it('the checkout launcher also answers an old Node.js in one line', () => {
    const preload = join(app, 'pretend-node-22-12.cjs');
    writeFileSync(
      preload,
      "Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '22.12.0' } });\n" +
        "Object.defineProperty(process, 'version', { value: 'v22.12.0' });\n",
    );
    const r = spawnSync(
      process.execPath,
      ['--require', preload, join(root, 'bin/ecs-dojo.js'), 'lint', 'x.json'],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('Node.js 22.18 or later is needed');
  });

  it('does everything teams use through the installed tarball: folders, ignore, config, suppression, formats, stdin, LANG', () => {
    const repo = mkdtempSync(join(tmpdir(), 'ecs-dojo-team-'));
    const put = (rel: string, text: string): void => {
      mkdirSync(dirname(join(repo, rel)), { recursive: true });
      writeFileSync(join(repo, rel), text);
    };
    const td = (extra: object): string =>
      JSON.stringify(
        {
          family: 'web',
          networkMode: 'awsvpc',
          requiresCompatibilities: ['FARGATE'],
          cpu: '256',
          memory: '512',
          executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
          containerDefinitions: [{ name: 'web', image: 'nginx:1.27', essential: true, ...extra }],
        },
        null,
        2,
      );
    put('ecs/web/task-definition.json', td({}));
    put('ecs/bad.taskdef.json', td({ cpu: 'lots' }));
    put('ecs/package.json', '{"name":"x"}');
    put('vendor/old.taskdef.json', td({ cpu: 'lots' }));
    put('.ecsdojoignore', 'vendor/\n');
    put('ecs-dojo.config.json', JSON.stringify({ rules: { 'taskdef/no-log-configuration': 'off' } }));
    put(
      'infra/stack.yaml',
      'Resources:\n  Logs:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      # ecs-dojo-disable-next-line taskdef/image-tag -- nothing to suppress here\n      RetentionInDays: 7\n',
    );
    const cli = (
      args: string[],
      env: Record<string, string> = {},
      input = '',
    ): { code: number | null; out: string; err: string } => {
      const r = spawnSync(process.execPath, [bin, 'lint', ...args], {
        cwd: repo,
        encoding: 'utf8',
        input,
        env: { PATH: process.env['PATH'] ?? '', ...env },
      });
      return { code: r.status, out: r.stdout, err: r.stderr };
    };
    const json = JSON.parse(cli(['--format', 'json', '.']).out) as {
      files: { file: string; findings: { ruleId: string }[] }[];
      skipped: { file: string }[];
    };
    expect(json.files.map((f) => f.file).sort()).toEqual([
      'ecs/bad.taskdef.json',
      'ecs/web/task-definition.json',
      'infra/stack.yaml',
    ]);
    expect(json.skipped.map((f) => f.file)).toContain('ecs/package.json');
    expect(json.files.flatMap((f) => f.findings.map((x) => x.ruleId))).not.toContain(
      'taskdef/no-log-configuration',
    );
    expect(json.files.find((f) => f.file === 'infra/stack.yaml')?.findings.map((x) => x.ruleId)).toEqual([
      'lint/unused-suppression',
    ]);
    expect(JSON.parse(cli(['--format', 'sarif', 'ecs']).out)).toMatchObject({ version: '2.1.0' });
    expect(cli(['--format', 'github', 'ecs']).out).toMatch(/^::error file=ecs\/bad\.taskdef\.json,line=\d+/m);
    expect(cli(['--format', 'junit', 'ecs']).out).toContain(
      '<testsuites name="ecs-dojo lint" tests="2" failures="1"',
    );
    expect(cli(['--quiet', '--format', 'json', 'ecs/web']).out).not.toContain('"warning"');
    expect(cli(['--max-warnings', '0', 'ecs/web']).code).toBe(1);
    expect(cli(['ecs/bad.taskdef.json'], { LANG: 'ja_JP.UTF-8' }).out).toMatch(/件の指摘/);
    expect(cli(['ecs/bad.taskdef.json'], { LANG: 'en_US.UTF-8' }).out).toMatch(/problems? \(/);
    const stdin = cli(['--format', 'json', '--stdin-filename', 'piped.json', '-'], {}, td({ cpu: 'lots' }));
    expect(stdin.code).toBe(1);
    expect(stdin.out).toContain('"file": "piped.json"');
    expect(cli(['"*nothing*.json"']).code).toBe(2);
  });

  it('a copy of the checkout launcher under node_modules answers in one line, not a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecs-dojo-nm-'));
    const pkg = join(dir, 'node_modules/ecs-dojo');
    mkdirSync(join(pkg, 'bin'), { recursive: true });
    mkdirSync(join(pkg, 'src/cli'), { recursive: true });
    copyFileSync(join(root, 'bin/ecs-dojo.js'), join(pkg, 'bin/ecs-dojo.js'));
    writeFileSync(join(pkg, 'package.json'), '{"type":"module"}');
    writeFileSync(
      join(pkg, 'src/cli/main.ts'),
      'export function run(argv: string[]): number { return argv.length; }\n',
    );
    const r = spawnSync(process.execPath, [join(pkg, 'bin/ecs-dojo.js'), 'lint', 'x.json'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^ecs-dojo: /);
  });
});
