import * as autoScaling from '@aws-sdk/client-application-auto-scaling';
import * as ecs from '@aws-sdk/client-ecs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkCliCommand,
  cliServiceFromSdk,
  extractCliCommands,
  kebabName,
  shellWords,
} from './cli-commands.ts';

const services = {
  ecs: cliServiceFromSdk(ecs as unknown as Record<string, unknown>),
  'application-autoscaling': cliServiceFromSdk(autoScaling as unknown as Record<string, unknown>),
};

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
});
