import {
  CODEDEPLOY_HOOKABLE,
  CODEDEPLOY_LIFECYCLE_EVENTS,
  CODEDEPLOY_TERMINATION_WAIT_FACT,
  ECS_HOOKABLE,
  ECS_LIFECYCLE_STAGES,
} from '../aws/index.ts';
import { SimInputError } from './errors.ts';
import { MAX_DESIRED_COUNT } from './deployment-limits.ts';
import {
  bakeTimeOf,
  controllerOf,
  trafficShiftSchedule,
  type TrafficShiftConfig,
  type TrafficStep,
} from './traffic-shift.ts';
import {
  isList,
  optionalBoolean,
  optionalInteger,
  requireInteger,
  requireObject,
  requireOneOf,
} from './validate.ts';

// AWS references:
// - CodeDeploy ECS lifecycle: https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html
// - ECS-native lifecycle stages: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/blue-green-deployment-how-it-works.html
// - Termination wait: https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_BlueInstanceTerminationOption.html

/** CodeDeploy ECS lifecycle events in documented order, plus our `TerminationWait` for the blue wait. */
export const CODEDEPLOY_STAGES = [...CODEDEPLOY_LIFECYCLE_EVENTS, 'TerminationWait'] as const;

export { CODEDEPLOY_HOOKABLE, ECS_HOOKABLE, ECS_LIFECYCLE_STAGES };

/** A lifecycle stage name of either controller. */
export type BlueGreenStage = (typeof CODEDEPLOY_STAGES)[number] | (typeof ECS_LIFECYCLE_STAGES)[number];

/** Where and how the deployment fails, if it does. */
export interface BlueGreenFailure {
  stage: BlueGreenStage;
  /** `HOOK`: the hook at that stage reports failure when it ends. `ALARM`: an alarm fires during the stage. */
  kind: 'HOOK' | 'ALARM';
  /** For ALARM: seconds into the stage (clamped to its length). Default 0. */
  afterSeconds?: number;
  /** For stages that repeat per traffic step (LINEAR/CANARY): which occurrence, 1-based. Default 1. */
  occurrence?: number;
}

/** Input of {@link simulateBlueGreenDeployment}. */
export interface BlueGreenOptions {
  serviceName?: string;
  desiredCount: number;
  config: TrafficShiftConfig;
  /** Stages that have a lifecycle hook. Default none. */
  hooks?: readonly BlueGreenStage[];
  /** Seconds each hook takes (0–3600, default 60). */
  hookDurationSeconds?: number;
  /** Whether a test listener is configured (default true). */
  testListener?: boolean;
  /** CodeDeploy: minutes blue is kept after traffic moves (0–2880, default 0 in our model). */
  terminationWaitMinutes?: number;
  /** ECS-native: more than one revision is ACTIVE, so RECONCILE_SERVICE runs. Default false. */
  multipleRevisionsActive?: boolean;
  /** Seconds for green tasks to start (1–3600, default 30). */
  taskStartSeconds?: number;
  /** Seconds for started green tasks to pass health checks (0–3600, default 40). */
  healthySeconds?: number;
  failure?: BlueGreenFailure;
}

/** One executed stage. */
export interface StageRecord {
  stage: BlueGreenStage;
  start: number;
  end: number;
  /** Traffic step (1-based) for per-step stages, else null. */
  step: number | null;
  hook: boolean;
}

/** State at `time`. */
export interface BlueGreenPoint {
  time: number;
  blueTasks: number;
  greenTasks: number;
  /** Production traffic on green (percent). */
  greenPercent: number;
  /** Whether the test listener routes to green. */
  testTrafficOnGreen: boolean;
}

/** What a blue/green log line reports; the widget layer words each one per language. */
export type BlueGreenEventCode =
  | 'GREEN_STARTED'
  | 'TEST_TRAFFIC'
  | 'DEPLOYMENT_STARTED'
  | 'HOOK_SUCCEEDED'
  | 'TRAFFIC_SHIFTED'
  | 'BLUE_STOPPED'
  | 'DEPLOYMENT_FAILED';

/** One line of the blue/green event log: English text plus the code and values it is made of. */
export interface BlueGreenEvent {
  time: number;
  code: BlueGreenEventCode;
  /** Text worded like an ECS service event. */
  message: string;
  /** `service` always; `count`, `percent`, `stage`, `cause` (`HOOK`/`ALARM`) and `rollback` (1/0) where they apply. */
  params: Readonly<Record<string, string | number>>;
}

/** Output of {@link simulateBlueGreenDeployment}. */
export interface BlueGreenResult {
  outcome: 'COMPLETED' | 'ROLLED_BACK' | 'FAILED';
  controller: 'CODE_DEPLOY' | 'ECS';
  schedule: TrafficStep[];
  stages: StageRecord[];
  timeline: BlueGreenPoint[];
  events: BlueGreenEvent[];
  durationSeconds: number;
}

class Run {
  now = 0;
  blue: number;
  green = 0;
  percent = 0;
  test = false;
  done: BlueGreenResult['outcome'] | null = null;
  readonly stages: StageRecord[] = [];
  readonly timeline: BlueGreenPoint[] = [];
  readonly events: BlueGreenEvent[] = [];
  readonly seen = new Map<BlueGreenStage, number>();
  readonly o: Required<Omit<BlueGreenOptions, 'failure' | 'serviceName' | 'config'>> & {
    failure: BlueGreenFailure | null;
    svc: string;
  };

  constructor(o: Run['o']) {
    this.o = o;
    this.blue = o.desiredCount;
    this.point();
  }

  point(): void {
    const p = {
      time: this.now,
      blueTasks: this.blue,
      greenTasks: this.green,
      greenPercent: this.percent,
      testTrafficOnGreen: this.test,
    };
    const last = this.timeline.at(-1);
    if (last !== undefined && last.time === p.time) this.timeline[this.timeline.length - 1] = p;
    else this.timeline.push(p);
  }

  log(code: BlueGreenEventCode, message: string, params: Record<string, string | number> = {}): void {
    this.events.push({
      time: this.now,
      code,
      message: `(service ${this.o.svc}) ${message}`,
      params: { service: this.o.svc, ...params },
    });
  }

  /**
   * Runs one stage: `enter` applies its effect at the start, then it lasts `work` seconds plus
   * the hook. Returns false if the deployment stopped here.
   */
  stage(stage: BlueGreenStage, work: number, enter: () => void, step: number | null = null): boolean {
    if (this.done !== null) return false;
    const occurrence = (this.seen.get(stage) ?? 0) + 1;
    this.seen.set(stage, occurrence);
    const hook = this.o.hooks.includes(stage);
    const start = this.now;
    enter();
    this.point();
    const length = work + (hook ? this.o.hookDurationSeconds : 0);
    const f = this.o.failure;
    if (f !== null && f.stage === stage && (f.occurrence ?? 1) === occurrence) {
      this.now = start + (f.kind === 'HOOK' ? length : Math.min(f.afterSeconds ?? 0, length));
      this.stages.push({ stage, start, end: this.now, step, hook });
      this.fail(stage, f.kind);
      return false;
    }
    this.now = start + length;
    this.stages.push({ stage, start, end: this.now, step, hook });
    if (hook) this.log('HOOK_SUCCEEDED', `lifecycle hook at ${stage} succeeded.`, { stage });
    return true;
  }

  fail(stage: BlueGreenStage, kind: 'HOOK' | 'ALARM'): void {
    const what =
      kind === 'HOOK'
        ? `lifecycle hook at ${stage} failed`
        : `a CloudWatch alarm went into ALARM during ${stage}`;
    if (stage === 'BeforeInstall') {
      this.log(
        'DEPLOYMENT_FAILED',
        `deployment failed: ${what}. A rollback is not possible during BeforeInstall.`,
        { stage, cause: kind, rollback: 0 },
      );
      this.done = 'FAILED';
      this.point();
      return;
    }
    this.log(
      'DEPLOYMENT_FAILED',
      `deployment failed: ${what}. Rolling back: all traffic returns to the blue tasks.`,
      { stage, cause: kind, rollback: 1 },
    );
    this.percent = 0;
    this.test = false;
    this.green = 0;
    this.done = 'ROLLED_BACK';
    this.point();
  }
}

function readOptions(o: BlueGreenOptions, controller: 'CODE_DEPLOY' | 'ECS'): Run['o'] {
  requireObject(o, 'options');
  const allowed: readonly string[] = controller === 'ECS' ? ECS_HOOKABLE : CODEDEPLOY_HOOKABLE;
  const hooks = o.hooks ?? [];
  if (!isList(hooks))
    throw new SimInputError('INVALID_VALUE', 'hooks', 'hooks must be a list of stage names.');
  hooks.forEach((h, i) => {
    if (!allowed.includes(h)) {
      throw new SimInputError(
        'UNKNOWN_VALUE',
        `hooks[${i}]`,
        `${String(h)} cannot have a lifecycle hook with the ${controller} controller. Allowed: ${allowed.join(', ')}.`,
      );
    }
  });
  let failure: BlueGreenFailure | null = null;
  if (o.failure !== undefined) {
    requireObject(o.failure, 'failure');
    const stages: readonly BlueGreenStage[] = controller === 'ECS' ? ECS_LIFECYCLE_STAGES : CODEDEPLOY_STAGES;
    const stage = requireOneOf(o.failure.stage, 'failure.stage', stages);
    const kind = requireOneOf(o.failure.kind, 'failure.kind', ['HOOK', 'ALARM'] as const);
    if (kind === 'HOOK' && !hooks.includes(stage)) {
      throw new SimInputError(
        'UNSUPPORTED_COMBINATION',
        'failure.stage',
        `failure.stage ${stage} has no hook in hooks.`,
      );
    }
    failure = {
      stage,
      kind,
      afterSeconds: optionalInteger(o.failure.afterSeconds, 'failure.afterSeconds', 0, 604_800, 0),
      occurrence: optionalInteger(o.failure.occurrence, 'failure.occurrence', 1, 1000, 1),
    };
  }
  return {
    svc: o.serviceName ?? 'web',
    desiredCount: requireInteger(o.desiredCount, 'desiredCount', 1, MAX_DESIRED_COUNT),
    hooks,
    hookDurationSeconds: optionalInteger(o.hookDurationSeconds, 'hookDurationSeconds', 0, 3600, 60),
    testListener: optionalBoolean(o.testListener, 'testListener', true),
    terminationWaitMinutes: optionalInteger(
      o.terminationWaitMinutes,
      'terminationWaitMinutes',
      0,
      CODEDEPLOY_TERMINATION_WAIT_FACT.value.maxMinutes,
      0,
    ),
    multipleRevisionsActive: optionalBoolean(o.multipleRevisionsActive, 'multipleRevisionsActive', false),
    taskStartSeconds: optionalInteger(o.taskStartSeconds, 'taskStartSeconds', 1, 3600, 30),
    healthySeconds: optionalInteger(o.healthySeconds, 'healthySeconds', 0, 3600, 40),
    failure,
  };
}

/**
 * Simulates a blue/green deployment stage by stage, in the documented order for the controller
 * the config belongs to: CodeDeploy (BeforeInstall → Install → AfterInstall → AllowTestTraffic →
 * AfterAllowTestTraffic → BeforeAllowTraffic → AllowTraffic → AfterAllowTraffic, then the blue
 * termination wait) or ECS-native (RECONCILE_SERVICE when several revisions are active,
 * PRE_SCALE_UP … CLEAN_UP, with the pre-shift and shift stages repeated at every LINEAR/CANARY
 * step). A failed hook or alarm rolls back (traffic to blue, green removed), except during
 * BeforeInstall, where no rollback is possible. Timing: assumptions `bg-stage-timing`,
 * `codedeploy-linear-t0`, `rollback-target`.
 * @see https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/blue-green-deployment-how-it-works.html
 */
export function simulateBlueGreenDeployment(options: BlueGreenOptions): BlueGreenResult {
  requireObject(options, 'options');
  const schedule = trafficShiftSchedule(options.config);
  const controller = controllerOf(options.config);
  const run = new Run(readOptions(options, controller));
  const o = run.o;
  const scaleUp = o.taskStartSeconds + o.healthySeconds;
  const startGreen = (): void => {
    run.green = o.desiredCount;
    run.log('GREEN_STARTED', `has started ${o.desiredCount} tasks in the green task set.`, {
      count: o.desiredCount,
    });
  };
  const testShift = (): void => {
    run.test = o.testListener;
    if (o.testListener) run.log('TEST_TRAFFIC', 'test traffic now routes to the green task set.');
  };
  if (controller === 'CODE_DEPLOY') {
    run.stage('BeforeInstall', 0, () => run.log('DEPLOYMENT_STARTED', 'deployment started.'));
    run.stage('Install', scaleUp, startGreen);
    run.stage('AfterInstall', 0, () => undefined);
    run.stage('AllowTestTraffic', 0, testShift);
    run.stage('AfterAllowTestTraffic', 0, () => undefined);
    run.stage('BeforeAllowTraffic', 0, () => undefined);
    shiftTraffic(run, schedule, 'AllowTraffic');
    run.stage('AfterAllowTraffic', 0, () => undefined);
    run.stage('TerminationWait', o.terminationWaitMinutes * 60, () => undefined);
  } else {
    if (o.multipleRevisionsActive)
      run.stage('RECONCILE_SERVICE', 0, () => run.log('DEPLOYMENT_STARTED', 'deployment started.'));
    run.stage('PRE_SCALE_UP', 0, () =>
      o.multipleRevisionsActive ? undefined : run.log('DEPLOYMENT_STARTED', 'deployment started.'),
    );
    run.stage('SCALE_UP', scaleUp, startGreen);
    run.stage('POST_SCALE_UP', 0, () => undefined);
    run.stage('TEST_TRAFFIC_SHIFT', 0, testShift);
    run.stage('POST_TEST_TRAFFIC_SHIFT', 0, () => undefined);
    shiftTraffic(run, schedule, 'PRODUCTION_TRAFFIC_SHIFT');
    run.stage('POST_PRODUCTION_TRAFFIC_SHIFT', 0, () => undefined);
    run.stage('BAKE_TIME', bakeTimeOf(options.config) * 60, () => undefined);
  }
  if (run.done === null) {
    const last = controller === 'ECS' ? 'CLEAN_UP' : null;
    if (last !== null) run.stage(last, 0, () => undefined);
    run.blue = 0;
    run.test = false;
    run.log(
      'BLUE_STOPPED',
      `has stopped the blue task set (${o.desiredCount} tasks). Deployment completed.`,
      {
        count: o.desiredCount,
      },
    );
    run.done = 'COMPLETED';
    run.point();
  }
  return {
    outcome: run.done ?? 'FAILED',
    controller,
    schedule,
    stages: run.stages,
    timeline: run.timeline,
    events: run.events,
    durationSeconds: run.now,
  };
}

function shiftTraffic(
  run: Run,
  schedule: readonly TrafficStep[],
  shiftStage: 'AllowTraffic' | 'PRODUCTION_TRAFFIC_SHIFT',
): void {
  schedule.forEach((step, i) => {
    const next = schedule[i + 1];
    const wait = next === undefined ? 0 : (next.minute - step.minute) * 60;
    const enter = (): void => {
      run.percent = step.greenPercent;
      run.log(
        'TRAFFIC_SHIFTED',
        `shifted ${step.greenPercent} % of production traffic to the green task set.`,
        {
          percent: step.greenPercent,
        },
      );
    };
    if (shiftStage === 'PRODUCTION_TRAFFIC_SHIFT') {
      run.stage('PRE_PRODUCTION_TRAFFIC_SHIFT', 0, () => undefined, i + 1);
      run.stage(shiftStage, wait, enter, i + 1);
    }
  });
  if (shiftStage === 'AllowTraffic') allowTraffic(run, schedule);
}

/** CodeDeploy's AllowTraffic is one event covering every step; an alarm may fire between steps. */
function allowTraffic(run: Run, schedule: readonly TrafficStep[]): void {
  if (run.done !== null) return;
  const start = run.now;
  const total = (schedule.at(-1)?.minute ?? 0) * 60;
  const f = run.o.failure;
  const failAt =
    f !== null && f.stage === 'AllowTraffic' ? start + Math.min(f.afterSeconds ?? 0, total) : Infinity;
  for (const step of schedule) {
    const t = start + step.minute * 60;
    if (t > failAt) break;
    run.now = t;
    run.percent = step.greenPercent;
    run.log(
      'TRAFFIC_SHIFTED',
      `shifted ${step.greenPercent} % of production traffic to the green task set.`,
      {
        percent: step.greenPercent,
      },
    );
    run.point();
  }
  run.now = Math.min(failAt, start + total);
  run.stages.push({ stage: 'AllowTraffic', start, end: run.now, step: null, hook: false });
  if (failAt !== Infinity) run.fail('AllowTraffic', 'ALARM');
}
