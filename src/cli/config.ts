/**
 * The team's configuration file: `ecs-dojo.config.json` or `.ecsdojorc.json`, found upwards from the
 * working directory. Its JSON Schema is `CONFIG_SCHEMA` (published with the site).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RULES_BY_ID, type Lang, type Severity, type Target } from '../exercises/grader/index.ts';
import type { RuleSetting } from './args.ts';
import { CLI_RULES } from './suppress.ts';

const CLI_RULE_IDS: ReadonlySet<string> = new Set(Object.values(CLI_RULES).map((r) => r.id));

export const CONFIG_FILE_NAMES = ['ecs-dojo.config.json', '.ecsdojorc.json'] as const;

/** An accepted exception: one rule in some files, with the reason the team accepted it. */
export interface ConfigException {
  readonly files: readonly string[];
  readonly rule: string;
  readonly reason: string;
}

export interface LintConfig {
  /** The file it came from, or undefined for the defaults. */
  readonly path?: string;
  readonly lang?: Lang;
  readonly target?: Target;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly ignore: readonly string[];
  readonly exceptions: readonly ConfigException[];
}

export const DEFAULT_CONFIG: LintConfig = { rules: {}, ignore: [], exceptions: [] };

import { CONFIG_SCHEMA, SETTINGS } from './config-schema.ts';

export { CONFIG_SCHEMA };

/** Finds the configuration file upwards from `cwd`. */
export function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates a parsed configuration; returns the problems in plain words, or the configuration. */
export function validateConfig(value: unknown, path?: string): LintConfig | { readonly problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(value)) return { problems: ['the configuration must be a JSON object'] };
  const known = new Set(Object.keys(CONFIG_SCHEMA.properties));
  for (const key of Object.keys(value)) if (!known.has(key)) problems.push(`unknown key "${key}"`);
  const { lang, target, rules, ignore, exceptions } = value;
  if (lang !== undefined && lang !== 'ja' && lang !== 'en') problems.push('"lang" must be "ja" or "en"');
  if (target !== undefined && target !== 'cli' && target !== 'api' && target !== 'github-action')
    problems.push('"target" must be "cli" (or "api") or "github-action"');
  const ruleSettings: Record<string, RuleSetting> = {};
  if (rules !== undefined) {
    if (!isRecord(rules)) problems.push('"rules" must be an object of rule id → setting');
    else
      for (const [id, setting] of Object.entries(rules)) {
        if (!RULES_BY_ID.has(id) && !CLI_RULE_IDS.has(id)) problems.push(`"rules": unknown rule "${id}"`);
        else if (!(SETTINGS as readonly unknown[]).includes(setting))
          problems.push(`"rules.${id}" must be one of ${SETTINGS.join(', ')}`);
        else ruleSettings[id] = setting as RuleSetting;
      }
  }
  const ignorePatterns: string[] = [];
  if (ignore !== undefined) {
    if (!Array.isArray(ignore) || !ignore.every((x) => typeof x === 'string'))
      problems.push('"ignore" must be a list of patterns');
    else ignorePatterns.push(...ignore);
  }
  const exceptionList: ConfigException[] = [];
  if (exceptions !== undefined) {
    if (!Array.isArray(exceptions)) problems.push('"exceptions" must be a list');
    else
      exceptions.forEach((x: unknown, i) => {
        const at = `"exceptions[${i}]"`;
        if (!isRecord(x)) return problems.push(`${at} must be an object`);
        const files = typeof x['files'] === 'string' ? [x['files']] : x['files'];
        if (!Array.isArray(files) || files.length === 0 || !files.every((f) => typeof f === 'string'))
          return problems.push(`${at}.files must be a pattern or a list of patterns`);
        if (typeof x['rule'] !== 'string' || !RULES_BY_ID.has(x['rule']))
          return problems.push(`${at}.rule must be a rule id`);
        if (typeof x['reason'] !== 'string' || x['reason'].trim() === '')
          return problems.push(`${at}.reason must say why the exception is accepted`);
        exceptionList.push({ files: files, rule: x['rule'], reason: x['reason'] });
        return undefined;
      });
  }
  if (problems.length > 0) return { problems };
  return {
    ...(path ? { path } : {}),
    ...(lang ? { lang: lang as Lang } : {}),
    ...(target ? { target: target === 'github-action' ? 'github-action' : 'api' } : {}),
    rules: ruleSettings,
    ignore: ignorePatterns,
    exceptions: exceptionList,
  };
}

/** Reads and validates a configuration file; throws an Error with a one-paragraph message. */
export function loadConfig(path: string): LintConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`cannot read configuration ${path} (${(e as { code?: string }).code ?? String(e)})`, {
      cause: e,
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new Error(`configuration ${path} is not valid JSON: ${(e as Error).message}`, { cause: e });
  }
  const result = validateConfig(value, path);
  if ('problems' in result) throw new Error(`configuration ${path}:\n  ${result.problems.join('\n  ')}`);
  return result;
}

/** The effective severity of a rule under the configuration, or `off`. */
export function settingOf(config: LintConfig, ruleId: string, severity: Severity): RuleSetting {
  return config.rules[ruleId] ?? severity;
}
