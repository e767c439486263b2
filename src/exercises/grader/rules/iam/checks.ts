/**
 * IAM policy rules for task roles and task execution roles (least privilege): dispatches the
 * document hook, then the statement hook for each statement.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html
 */
import { isObj } from '../../value.ts';
import { dispatch } from '../dispatch.ts';
import type { Reporter } from '../report.ts';
import { statements } from './statements.ts';

/** Least-privilege checks of one policy document at `base`, in reporting order. */
export function checkPolicyDocument(doc: unknown, base: string, r: Reporter): void {
  if (!isObj(doc)) return;
  dispatch('iam', 'document', { doc, base, r });
  for (const st of statements(doc, base)) dispatch('iam', 'statement', { st, r });
}
