/** The rule catalogue: every rule the grader can report. */
import type { LessonRef, RuleMeta } from '../types.ts';
import { CFN_RULES } from './cfn.ts';
import { CFN_SPEC_RULES } from './cfn-spec.ts';
import { CLI_FILE_RULES } from './cli-files.ts';
import { IAM_RULES } from './iam.ts';
import {
  droppedByAction,
  duplicateKey,
  emptyInput,
  invalidValue,
  missingRequired,
  nullValue,
  outputOnlyKey,
  syntaxError,
  tooDeep,
  tooLarge,
  tooManyFindings,
  tooManyNodes,
  unknownKind,
  unknownParameter,
  wrongType,
} from './input.ts';
import { SCALING_RULES } from './scaling.ts';
import { SERVICE_RULES } from './service.ts';
import { TASKDEF_RULES } from './taskdef.ts';

export const INPUT_RULES: readonly RuleMeta[] = [
  syntaxError,
  emptyInput,
  tooLarge,
  tooDeep,
  tooManyNodes,
  tooManyFindings,
  duplicateKey,
  unknownKind,
  nullValue,
  outputOnlyKey,
  droppedByAction,
  unknownParameter,
  wrongType,
  missingRequired,
  invalidValue,
];

/** Every rule, in catalogue order. */
export const ALL_RULES: readonly RuleMeta[] = [
  ...INPUT_RULES,
  ...TASKDEF_RULES,
  ...SERVICE_RULES,
  ...CLI_FILE_RULES,
  ...SCALING_RULES,
  ...IAM_RULES,
  ...CFN_RULES,
  ...CFN_SPEC_RULES,
];

/** Rule by id. */
export const RULES_BY_ID: ReadonlyMap<string, RuleMeta> = new Map(ALL_RULES.map((r) => [r.id, r]));

/** Distinct (lesson, anchor) pairs the rules link to, so chapter writers can add those anchors. */
export const RULE_LESSON_ANCHORS: readonly LessonRef[] = (() => {
  const seen = new Map<string, LessonRef>();
  for (const r of ALL_RULES) seen.set(`${r.lesson.lesson}#${r.lesson.anchor}`, r.lesson);
  return [...seen.values()].sort((a, b) => (a.lesson + a.anchor).localeCompare(b.lesson + b.anchor));
})();
