/**
 * The ECS Dojo grader: grades task definitions, services, Application Auto Scaling inputs, IAM
 * policies and CloudFormation templates, in the browser and in the `ecs-dojo lint` command.
 */
export { grade, guessFormat } from './grade.ts';
export { detectKind } from './detect-kind.ts';
export { ALL_RULES, RULES_BY_ID, RULE_LESSON_ANCHORS } from './rules/index.ts';
export { KINDS, LESSON_SLUGS, TARGETS } from './types.ts';
export type {
  Bilingual,
  Finding,
  GradeOptions,
  GradeResult,
  Kind,
  Lang,
  LessonRef,
  LessonSlug,
  ParseError,
  RuleMeta,
  Severity,
  SourceFormat,
  Target,
} from './types.ts';
