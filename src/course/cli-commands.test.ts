import * as autoScaling from '@aws-sdk/client-application-auto-scaling';
import * as ecs from '@aws-sdk/client-ecs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkCliCommand,
  cliServiceFromSdk,
  extractCliCommands,
  fileShapePath,
  kebabName,
  shellWords,
  type CliCommand,
} from './cli-commands.ts';
import { extractSamples } from './lesson-samples.ts';
import { sdkPathExists } from './model-names.ts';

const sdks = {
  ecs: ecs as unknown as Record<string, unknown>,
  'application-autoscaling': autoScaling as unknown as Record<string, unknown>,
};
const services = {
  ecs: cliServiceFromSdk(sdks.ecs),
  'application-autoscaling': cliServiceFromSdk(sdks['application-autoscaling']),
};

/** What is wrong with a JSON file given to a command: top-level keys the option's shape lacks. */
function checkFileShape(command: CliCommand, option: string, json: unknown): string[] {
  const service = command.service as keyof typeof services;
  const shape = services[service]?.inputs.get(command.operation);
  if (!shape) return [];
  const schema = sdks[service][`${shape}$`];
  const members = Array.isArray(schema) && Array.isArray(schema[4]) ? (schema[4] as string[]) : [];
  const base = fileShapePath(command, option, members);
  if (base === undefined) return [`${option} takes no file`];
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return [`${option} expects an object`];
  return Object.keys(json)
    .filter((key) => !sdkPathExists(sdks[service], shape, base ? `${base}.${key}` : key))
    .map((key) => `${option} file has "${key}", which ${base ? `${shape}.${base}` : shape} does not have`);
}

describe('kebabName', () => {
  it('names options the way the CLI does', () => {
    expect(kebabName('taskDefinition')).toBe('task-definition');
    expect(kebabName('enableECSManagedTags')).toBe('enable-ecs-managed-tags');
    expect(kebabName('ResourceId')).toBe('resource-id');
    expect(kebabName('healthCheckGracePeriodSeconds')).toBe('health-check-grace-period-seconds');
    expect(kebabName('ListServiceDeployments')).toBe('list-service-deployments');
  });
});

describe('extractCliCommands', () => {
  it('joins continued lines, splits substitutions and skips other languages', () => {
    const mdx = [
      '```bash',
      'aws ecs describe-services --cluster prod --services web \\',
      "  --query 'services[0].events[:5]'   # newest first",
      'TASK=$(aws ecs list-tasks --cluster prod --service-name web --query "taskArns[0]" --output text)',
      'aws ecs wait services-stable --cluster prod --services web',
      '```',
      '```json',
      '{ "note": "aws ecs not-a-command --x" }',
      '```',
    ].join('\n');
    expect(
      extractCliCommands(mdx).map(({ line, operation, options }) => ({ line, operation, options })),
    ).toEqual([
      { line: 2, operation: 'describe-services', options: ['--cluster', '--services', '--query'] },
      { line: 4, operation: 'list-tasks', options: ['--cluster', '--service-name', '--query', '--output'] },
      { line: 5, operation: 'wait services-stable', options: ['--cluster', '--services'] },
    ]);
  });

  it('notes the files given to options', () => {
    const [command] = extractCliCommands(
      '```bash\naws ecs update-service --cluster prod --service-connect-configuration file://sc.json\n```',
    );
    expect(command?.files).toEqual([{ option: '--service-connect-configuration', file: 'sc.json' }]);
  });

  it('splits shell words with quotes', () => {
    expect(shellWords(`--query 'a b' "c d" e`)).toEqual(['--query', 'a b', 'c d', 'e']);
  });
});

describe('checkCliCommand against the SDK model', () => {
  const check = (text: string) => {
    const [command] = extractCliCommands(`\`\`\`bash\n${text}\n\`\`\``);
    if (!command) throw new Error(`no command in ${text}`);
    return checkCliCommand(command, services[command.service as keyof typeof services]);
  };
  it('accepts real operations, options, negated booleans, waiters and paging', () => {
    expect(check('aws ecs update-service --cluster prod --service web --no-force-new-deployment')).toEqual(
      [],
    );
    expect(check('aws ecs wait tasks-stopped --cluster prod --tasks abc')).toEqual([]);
    expect(check('aws ecs list-tasks --cluster prod --max-items 5 --output json')).toEqual([]);
    expect(
      check('aws application-autoscaling register-scalable-target --service-namespace ecs --min-capacity 2'),
    ).toEqual([]);
  });
  it('finds invented operations, options and waiters', () => {
    expect(check('aws ecs restart-service --cluster prod')).toEqual(['unknown operation restart-service']);
    expect(check('aws ecs update-service --cluster prod --image web:2')).toEqual([
      'update-service has no option --image',
    ]);
    expect(check('aws ecs wait service-stable --services web')).toEqual(['unknown waiter service-stable']);
    expect(check('aws ecs describe-services --cluster prod --max-items 5')).toEqual([
      'describe-services has no option --max-items',
    ]);
  });
});

const docs = join(import.meta.dirname, '..', 'content', 'docs');
const lessonFiles = readdirSync(docs, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx') || file.endsWith('.md'))
  .sort();

describe('files given to commands', () => {
  const command = (text: string) => {
    const [found] = extractCliCommands(`\`\`\`bash\n${text}\n\`\`\``);
    if (!found) throw new Error(text);
    return found;
  };
  it('accept the input shape for --cli-input-json and the member shape for other options', () => {
    expect(
      checkFileShape(command('aws ecs update-service --cli-input-json file://a.json'), '--cli-input-json', {
        cluster: 'prod',
        service: 'web',
      }),
    ).toEqual([]);
    const connect = command('aws ecs update-service --service-connect-configuration file://sc.json');
    expect(
      checkFileShape(connect, '--service-connect-configuration', { enabled: true, namespace: 'prod' }),
    ).toEqual([]);
  });
  it('find a structure wrapped in its own name', () => {
    const connect = command('aws ecs update-service --service-connect-configuration file://sc.json');
    expect(
      checkFileShape(connect, '--service-connect-configuration', { serviceConnectConfiguration: {} }),
    ).toEqual([
      '--service-connect-configuration file has "serviceConnectConfiguration", which UpdateServiceRequest.serviceConnectConfiguration does not have',
    ]);
  });
});

describe('every AWS CLI command in the lessons', () => {
  const commands = lessonFiles.flatMap((file) =>
    extractCliCommands(readFileSync(join(docs, file), 'utf8')).map((command) => ({ file, command })),
  );
  it('found commands to check', () => {
    expect(commands.length).toBeGreaterThan(50);
  });
  it('uses operations and options that exist in the service model', () => {
    const problems = commands.flatMap(({ file, command }) =>
      checkCliCommand(command, services[command.service as keyof typeof services]).map(
        (problem) => `${file}:${command.line} ${problem}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('is given files whose top-level keys fit the option, where the lesson shows the file', () => {
    let checked = 0;
    const problems = lessonFiles.flatMap((file) => {
      const text = readFileSync(join(docs, file), 'utf8');
      const titled = new Map(
        extractSamples(text)
          .filter((sample) => sample.lang === 'json')
          .map((sample) => [/title="([^"]+)"/.exec(sample.meta)?.[1] ?? '', sample.code] as const),
      );
      return extractCliCommands(text).flatMap((command) =>
        command.files.flatMap(({ option, file: name }) => {
          const code = titled.get(name);
          if (code === undefined) return [];
          let json: unknown;
          try {
            json = JSON.parse(code);
          } catch {
            return []; // The grader's sample test reports JSON that does not parse.
          }
          checked += 1;
          return checkFileShape(command, option, json).map((problem) => `${file}:${command.line} ${problem}`);
        }),
      );
    });
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(10);
  });
});
