/** Calls the registered rules of an area at one hook, in registry order (the reporting order). */
import { isCheckedIn, type Area, type AreaHooks, type CheckedRule } from './hooks.ts';
import { ALL_RULES } from './index.ts';

/** Registered rules of one area, in registry order. */
function rulesOf<A extends Area>(area: A): readonly CheckedRule<A>[] {
  return ALL_RULES.filter((r): r is CheckedRule<A> => isCheckedIn(r, area));
}

const BY_AREA: { readonly [A in Area]: readonly CheckedRule<A>[] } = {
  taskdef: rulesOf('taskdef'),
  service: rulesOf('service'),
  scaling: rulesOf('scaling'),
  iam: rulesOf('iam'),
  cfn: rulesOf('cfn'),
  'cli-files': rulesOf('cli-files'),
};

/** Runs every registered rule of `area` that has a check for `hook`, in registry order. */
export function dispatch<A extends Area, H extends keyof AreaHooks[A]>(
  area: A,
  hook: H,
  ctx: AreaHooks[A][H],
): void {
  for (const rule of BY_AREA[area]) rule.checks[hook]?.(ctx);
}
