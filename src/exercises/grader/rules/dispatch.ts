/** Calls the registered rules of an area at one hook, in registry order (the reporting order). */
import { isCheckedIn, type Area, type AreaHooks, type CheckedRule } from './hooks.ts';
import { ALL_RULES } from './index.ts';

/** Per area, hook → the rules with a check there, in registry order (filled on first dispatch). */
type HookIndex = {
  readonly [A in Area]: Map<keyof AreaHooks[A], readonly CheckedRule<A>[]>;
};

const BY_HOOK: HookIndex = {
  taskdef: new Map(),
  service: new Map(),
  scaling: new Map(),
  iam: new Map(),
  cfn: new Map(),
  'cli-files': new Map(),
};

/** Registered rules of `area` with a check at `hook`, in registry order. */
function rulesAt<A extends Area>(area: A, hook: keyof AreaHooks[A]): readonly CheckedRule<A>[] {
  const index: HookIndex[A] = BY_HOOK[area];
  let rules = index.get(hook);
  if (rules === undefined) {
    rules = ALL_RULES.filter(
      (r): r is CheckedRule<A> => isCheckedIn(r, area) && r.checks[hook] !== undefined,
    );
    index.set(hook, rules);
  }
  return rules;
}

/** Runs every registered rule of `area` that has a check for `hook`, in registry order. */
export function dispatch<A extends Area, H extends keyof AreaHooks[A]>(
  area: A,
  hook: H,
  ctx: AreaHooks[A][H],
): void {
  for (const rule of rulesAt(area, hook)) rule.checks[hook]?.(ctx);
}
