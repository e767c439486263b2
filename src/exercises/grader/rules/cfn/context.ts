/** What the CloudFormation template rules' hooks pass to their checks. */
import type { Obj } from '../../value.ts';
import type { Reporter } from '../report.ts';

/** The template, the logical ids and parameter names it defines, and where to report. */
export interface TemplateCtx {
  readonly t: Obj;
  readonly known: ReadonlySet<string>;
  readonly r: Reporter;
}

/** One resource: its logical id, Properties and their pointer, and all the template's resources. */
export interface ResourceCtx {
  readonly id: string;
  readonly props: Obj;
  readonly base: string;
  readonly resources: Obj;
  readonly r: Reporter;
}

/** The hooks the template runner dispatches, in the order it reaches them. */
export interface CfnHooks {
  /** The whole template, before its resources. */
  readonly template: TemplateCtx;
  /** Each AWS::ECS::Service, after the service rules. */
  readonly service: ResourceCtx;
  /** Each AWS::Logs::LogGroup. */
  readonly logGroup: ResourceCtx;
}
