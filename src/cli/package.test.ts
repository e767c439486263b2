/**
 * The lint package end to end: build it, `npm pack` it, install the tarball in an empty folder
 * (no Astro, no Monaco, no network) and run it on every Node.js this machine has that `engines`
 * allows; an older Node.js gets one line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
});
