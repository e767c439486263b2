/** What the run-task and CLI flag file rules' hooks pass to their checks. */
import type { Obj } from '../../value.ts';
import type { Reporter } from '../report.ts';

/** run-task input and where to report. */
export interface RunTaskCtx {
  readonly o: Obj;
  readonly r: Reporter;
}

/** The hooks the run-task runner dispatches after the service rules it shares. */
export interface CliFilesHooks {
  /** run-task input. */
  readonly runTask: RunTaskCtx;
}
