/**
 * IAM policy rules for task roles and task execution roles (least privilege).
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html
 */
import { isObj } from '../../value.ts';
import type { Reporter } from '../report.ts';
import { check as checkVersionValue } from './policy-version-invalid.ts';
import { check as checkVersion } from './policy-version.ts';
import { check as checkStatementResource } from './statement-resource.ts';
import { statements } from './statements.ts';
import { check as checkWildcardAction } from './wildcard-action.ts';
import { check as checkWildcardResource } from './wildcard-resource.ts';

/** Least-privilege checks of one policy document at `base`: each rule's check, in reporting order. */
export function checkPolicyDocument(doc: unknown, base: string, r: Reporter): void {
  if (!isObj(doc)) return;
  checkVersion(doc, base, r);
  checkVersionValue(doc, base, r);
  for (const st of statements(doc, base)) {
    checkStatementResource(st, r);
    checkWildcardAction(st, r);
    checkWildcardResource(st, r);
  }
}
