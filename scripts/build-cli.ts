/**
 * Builds the `ecs-dojo` lint command into its own small package, `packages/lint`: one bundled ES
 * module (the grader, its validators and the CLI; no runtime dependencies), the JSON Schemas, and
 * the repository's version. `npm pack` in that folder then makes an installable tarball.
 *
 *   node scripts/build-cli.ts            # writes packages/lint/dist/
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CONFIG_SCHEMA } from '../src/cli/config.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'packages/lint');
const dist = join(pkgDir, 'dist');

/** Builds the bundle and schemas; returns the bundle's size in bytes. */
export async function buildCli(): Promise<number> {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(join(dist, 'schemas'), { recursive: true });
  const result = await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile: join(dist, 'cli.mjs'),
    bundle: true,
    platform: 'node',
    mainFields: ['module', 'main'],
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    define: { __ECS_DOJO_VERSION__: JSON.stringify(version) },
    // CommonJS dependencies that require Node's built-ins need a real `require` inside an ES module.
    banner: {
      js: "// ecs-dojo lint: bundled from the ECS Dojo repository (scripts/build-cli.ts).\nimport { createRequire as __ecsDojoRequire } from 'node:module';\nconst require = __ecsDojoRequire(import.meta.url);",
    },
    metafile: true,
    logLevel: 'warning',
  });
  for (const kind of [
    'taskdef',
    'service',
    'scaling-target',
    'scaling-policy',
    'scheduled-action',
    'iam-policy',
    'cfn',
  ])
    writeFileSync(
      join(dist, 'schemas', `${kind}.schema.json`),
      readFileSync(join(root, `src/exercises/schemas/json/${kind}.schema.json`)),
    );
  writeFileSync(
    join(dist, 'schemas', 'ecs-dojo.config.schema.json'),
    JSON.stringify(CONFIG_SCHEMA, null, 2) + '\n',
  );
  const pkgPath = join(pkgDir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as Record<string, unknown>;
  if (pkg['version'] !== version) writeFileSync(pkgPath, JSON.stringify({ ...pkg, version }, null, 2) + '\n');
  return Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bytes = await buildCli();
  console.log(`packages/lint/dist/cli.mjs: ${(bytes / 1024).toFixed(0)} KiB`);
}
