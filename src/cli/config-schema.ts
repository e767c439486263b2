/** The JSON Schema of `ecs-dojo.config.json` (pure data: the site publishes it, the CLI validates by it). */
import type { RuleSetting } from './args.ts';

/** What a rule can be set to. */
export const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

/** JSON Schema (draft-07) of the configuration file, for editors (`$schema`). */
export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'ecs-dojo lint configuration',
  description: 'Configuration of `ecs-dojo lint`: ecs-dojo.config.json or .ecsdojorc.json.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    lang: { enum: ['ja', 'en'], description: 'Language of messages (default: from LC_ALL / LANG).' },
    target: {
      enum: ['cli', 'api', 'github-action'],
      description: 'How files are submitted: as the AWS CLI would, or as the ECS GitHub Action would.',
    },
    rules: {
      type: 'object',
      description: 'Rule id → off, info, warning or error.',
      additionalProperties: { enum: SETTINGS },
    },
    ignore: {
      type: 'array',
      items: { type: 'string' },
      description: 'Files not to lint (gitignore syntax, relative to this file).',
    },
    exceptions: {
      type: 'array',
      description: 'Accepted exceptions: a rule that does not apply to some files, with the reason.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files', 'rule', 'reason'],
        properties: {
          files: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
          rule: { type: 'string' },
          reason: { type: 'string', minLength: 1 },
        },
      },
    },
  },
} as const;
