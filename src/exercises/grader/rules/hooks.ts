/**
 * Where rules run: each area runner dispatches named hooks, and a rule declares, per hook, the
 * check to call there. The hook name fixes the type of the check's one context argument.
 */
import type { RuleMeta } from '../types.ts';
import type { CfnHooks } from './cfn/context.ts';
import type { CliFilesHooks } from './cli-files/context.ts';
import type { IamHooks } from './iam/context.ts';
import type { ScalingHooks } from './scaling/context.ts';
import type { ServiceHooks } from './service/context.ts';
import type { TaskdefHooks } from './taskdef/context.ts';

/** Per area, the hooks its runner dispatches and the context each hook passes. */
export interface AreaHooks {
  readonly taskdef: TaskdefHooks;
  readonly service: ServiceHooks;
  readonly scaling: ScalingHooks;
  readonly iam: IamHooks;
  readonly cfn: CfnHooks;
  readonly 'cli-files': CliFilesHooks;
}

/** An area whose runner dispatches its rules from the registry. */
export type Area = keyof AreaHooks;

/** A rule's checks, keyed by the hook each runs at. */
export type RuleChecks<A extends Area> = {
  readonly [H in keyof AreaHooks[A]]?: (ctx: AreaHooks[A][H]) => void;
};

/** A rule that its area runner calls at the hooks its checks name. */
export interface CheckedRule<A extends Area> extends RuleMeta {
  readonly area: A;
  readonly checks: RuleChecks<A>;
}

/** True when `rule` belongs to the dispatched area `area`. */
export function isCheckedIn<A extends Area>(rule: RuleMeta, area: A): rule is CheckedRule<A> {
  return 'area' in rule && rule.area === area && 'checks' in rule;
}
