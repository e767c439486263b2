/** What the IAM rules' hooks pass to their checks. */
import type { Obj } from '../../value.ts';
import type { Reporter } from '../report.ts';
import type { RoleInfo } from './roles.ts';
import type { Statement } from './statements.ts';

/** A policy document at `base`. */
export interface DocumentCtx {
  readonly doc: Obj;
  readonly base: string;
  readonly r: Reporter;
}

/** One statement of a policy document. */
export interface StatementCtx {
  readonly st: Statement;
  readonly r: Reporter;
}

/** A role a template's task definition refers to (undefined when it is not in the template). */
export interface RoleCtx {
  readonly role: RoleInfo | undefined;
  readonly r: Reporter;
}

/** A task definition's (PascalCase) properties and its execution role, referred to at `at`. */
export interface ExecutionRoleCtx {
  readonly td: unknown;
  readonly role: RoleInfo;
  readonly at: string;
  readonly r: Reporter;
}

/** The hooks the IAM runner (policy documents) and the template runner (roles) dispatch. */
export interface IamHooks {
  /** A policy document as a whole. */
  readonly document: DocumentCtx;
  /** Each statement of a policy document. */
  readonly statement: StatementCtx;
  /** A task definition's execution role, then its task role. */
  readonly role: RoleCtx;
  /** A task definition's task role. */
  readonly taskRole: RoleCtx;
  /** A task definition's execution role, when the template defines it. */
  readonly executionRole: ExecutionRoleCtx;
}
