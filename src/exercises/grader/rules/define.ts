/** Rule definition helper and the lesson sections rules link to. */
import type { LessonRef, LessonSlug, RuleMeta } from '../types.ts';
import type { Area, CheckedRule, RuleChecks } from './hooks.ts';

/** Builds a lesson reference. */
export function lesson(slug: LessonSlug, anchor: string): LessonRef {
  return { lesson: slug, anchor };
}

/** Declares a rule (identity function that keeps literal types readable). */
export function rule(meta: RuleMeta): RuleMeta {
  return meta;
}

/** Catalogue note for rules whose AWS check stops at the first problem. */
export const FIRST_ERROR_NOTE = {
  ja: 'AWS は最初に見つけた1件だけを返します。ECS Dojo はすべて列挙します。',
  en: 'AWS reports only the first problem it finds; ECS Dojo lists all of them.',
} as const;

/** Declares a rule of a dispatched area with its checks, keyed by the hook each runs at. */
export function checkedRule<A extends Area>(
  rule: RuleMeta & { readonly area: A; readonly checks: RuleChecks<A> },
): CheckedRule<A> {
  return rule;
}
