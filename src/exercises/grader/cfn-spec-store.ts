/**
 * The CloudFormation resource specification the grader's spec rules and the editor's CloudFormation
 * completion read. It is not bundled with the grader: only pages that grade CloudFormation load it
 * (the exercise page of a CloudFormation exercise, the sandbox), and Node entry points (the CLI, the
 * unit tests, the benchmarks) register it statically through `cfn-spec-static.ts`. Until it is
 * registered, templates get every check except the ones that need the specification.
 */
import type { CfnTypes } from '../schemas/cfn-types.ts';

let current: CfnTypes | undefined;
let waiting: ((spec: CfnTypes) => void)[] = [];

/** Registers the specification and wakes everyone waiting for it. */
export function setCfnSpec(spec: CfnTypes): void {
  current = spec;
  const woken = waiting;
  waiting = [];
  for (const wake of woken) wake(spec);
}

/** The registered specification, or undefined while none is. */
export function cfnSpec(): CfnTypes | undefined {
  return current;
}

/** Resolves with the specification once it is registered (at once when it already is). */
export function whenCfnSpec(): Promise<CfnTypes> {
  return current ? Promise.resolve(current) : new Promise((resolve) => waiting.push(resolve));
}
