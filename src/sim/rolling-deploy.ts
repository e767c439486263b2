import {
  ROLLING_DEFAULT_PERCENTS,
  SCHEDULING_STRATEGIES,
  type SchedulingStrategy,
} from '../aws/scheduling-strategy.ts';
import { STOP_TIMEOUT_FACT, TARGET_GROUP_HEALTH_CHECK } from '../aws/index.ts';
import { circuitBreakerThreshold, validateThresholdConfiguration } from './circuit-breaker.ts';
import { deploymentLimits, MAX_DESIRED_COUNT } from './deployment-limits.ts';
import { SimInputError } from './errors.ts';
import { EventQueue } from './event-queue.ts';
import { createRandom, randomHex, type RandomSource } from './random.ts';
import type {
  DeploymentEvent,
  DeploymentEventKind,
  RollingDeploymentOptions,
  RollingDeploymentResult,
  RollingOutcome,
  StuckReason,
  TaskRecord,
  TaskState,
  TaskVersion,
  TimelinePoint,
} from './rolling-types.ts';
import {
  normaliseHealth,
  secondsUntilHealthy,
  secondsUntilUnhealthy,
  type HealthSetup,
} from './task-health.ts';
import {
  optionalBoolean,
  optionalInteger,
  optionalNumber,
  requireInteger,
  requireObject,
  requireOneOf,
} from './validate.ts';

// AWS references:
// - Rolling update rules: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html
// - Healthy definition: https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html
// - Circuit breaker: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html
// - Service event texts: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-event-messages.html
// - Task lifecycle: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-lifecycle.html

const UNHEALTHY_REASON = 'Task failed container health checks or ELB health checks';

/** Seconds a task spends in DEPROVISIONING in our model (assumption `stop-phases`). */
export const DEPROVISIONING_SECONDS = 5;

/** The documented service event when min/max settings allow neither a stop nor a start. */
export function stuckConfigurationMessage(serviceName: string): string {
  return `(service ${serviceName}) was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again.`;
}

interface Settings {
  service: string;
  desired: number;
  minPct: number;
  maxPct: number;
  minHealthy: number;
  maxRunning: number;
  behaviour: 'healthy' | 'fail-start' | 'fail-health-check' | 'flaky';
  failureProbability: number;
  flakyFate: Fate;
  start: number;
  health: HealthSetup;
  grace: number;
  deregistration: number;
  stopSeconds: number;
  killed: boolean;
  breaker: { threshold: number; rollback: boolean; reset: boolean } | null;
  maxTime: number;
  maxEvents: number;
}

type Fate = 'ok' | 'fail-start' | 'fail-health';

interface Task {
  rec: TaskRecord;
  state: TaskState;
  healthy: boolean;
  fate: Fate;
  /** Bumped when the task starts stopping, so its launch events are ignored. */
  epoch: number;
  runningAt: number;
  /** For an unhealthy task: the task started to replace it, until that one is healthy. */
  replacement: Task | null;
  /** For a replacement: the unhealthy task it replaces. */
  replaces: Task | null;
}

type Action = 'advance' | 'healthy' | 'unhealthy';

interface QueueItem {
  task: Task;
  action: Action;
  epoch: number;
}

const LAUNCHING: ReadonlySet<TaskState> = new Set(['PROVISIONING', 'PENDING', 'ACTIVATING', 'RUNNING']);

function readSettings(o: RollingDeploymentOptions): Settings {
  requireObject(o, 'options');
  const strategy = requireOneOf(
    o.schedulingStrategy ?? 'REPLICA',
    'schedulingStrategy',
    SCHEDULING_STRATEGIES,
  );
  const desired = desiredOf(o, strategy);
  const defaults = ROLLING_DEFAULT_PERCENTS[strategy];
  const minPct = optionalInteger(
    o.minimumHealthyPercent,
    'minimumHealthyPercent',
    0,
    100,
    defaults.minimumHealthyPercent,
  );
  const maxPct = optionalInteger(o.maximumPercent, 'maximumPercent', 100, 400, defaults.maximumPercent);
  // AWS: "the maximumPercent should remain at 100%"; we refuse other values (`deploy-percent-bounds`).
  if (strategy === 'DAEMON' && maxPct !== 100) {
    throw new SimInputError(
      'OUT_OF_RANGE',
      'maximumPercent',
      'A DAEMON service keeps maximumPercent at 100: one task per container instance.',
    );
  }
  const limits = deploymentLimits(desired, minPct, maxPct);
  const behaviour = requireOneOf(o.newVersion ?? 'healthy', 'newVersion', [
    'healthy',
    'fail-start',
    'fail-health-check',
    'flaky',
  ] as const);
  const stopTimeout = optionalInteger(
    o.stopTimeoutSeconds,
    'stopTimeoutSeconds',
    0,
    STOP_TIMEOUT_FACT.value.max,
    STOP_TIMEOUT_FACT.value.default,
  );
  const appShutdown = optionalNumber(o.appShutdownSeconds, 'appShutdownSeconds', 0, 3600, 5);
  let breaker: Settings['breaker'] = null;
  if (o.circuitBreaker !== undefined) {
    const cb = requireObject(o.circuitBreaker, 'circuitBreaker');
    const enable = optionalBoolean(cb['enable'], 'circuitBreaker.enable', false);
    const rollback = optionalBoolean(cb['rollback'], 'circuitBreaker.rollback', false);
    const reset = optionalBoolean(cb['resetOnHealthyTask'], 'circuitBreaker.resetOnHealthyTask', true);
    const cfg = o.circuitBreaker.thresholdConfiguration;
    const threshold = circuitBreakerThreshold(
      desired,
      cfg === undefined ? undefined : validateThresholdConfiguration(cfg),
    );
    if (enable) breaker = { threshold, rollback, reset };
  }
  return {
    service: validName(o.serviceName),
    desired,
    minPct,
    maxPct,
    minHealthy: limits.minHealthy,
    maxRunning: limits.maxRunning,
    behaviour,
    failureProbability: optionalNumber(o.failureProbability, 'failureProbability', 0, 1, 0.5),
    flakyFate:
      requireOneOf(o.flakyFailure ?? 'start', 'flakyFailure', ['start', 'health-check'] as const) === 'start'
        ? 'fail-start'
        : 'fail-health',
    start: optionalNumber(o.taskStartSeconds, 'taskStartSeconds', 1, 3600, 30),
    health: normaliseHealth(o.containerHealthCheck, o.loadBalancer),
    grace: optionalInteger(
      o.healthCheckGracePeriodSeconds,
      'healthCheckGracePeriodSeconds',
      0,
      2_147_483_647,
      0,
    ),
    deregistration: optionalInteger(
      o.deregistrationDelaySeconds,
      'deregistrationDelaySeconds',
      TARGET_GROUP_HEALTH_CHECK.deregistrationDelay.min,
      TARGET_GROUP_HEALTH_CHECK.deregistrationDelay.max,
      TARGET_GROUP_HEALTH_CHECK.deregistrationDelay.default,
    ),
    stopSeconds: Math.min(appShutdown, stopTimeout),
    killed: appShutdown > stopTimeout,
    breaker,
    maxTime: optionalInteger(o.maxSimulatedSeconds, 'maxSimulatedSeconds', 60, 604_800, 21_600),
    maxEvents: optionalInteger(o.maxEvents, 'maxEvents', 1000, 10_000_000, 2_000_000),
  };
}

/**
 * The task count to deploy: desiredCount for REPLICA; for DAEMON one task per container instance
 * (ECS sets a DAEMON service's desired count itself, so a different desiredCount is refused).
 */
function desiredOf(o: RollingDeploymentOptions, strategy: SchedulingStrategy): number {
  if (strategy === 'REPLICA') return requireInteger(o.desiredCount, 'desiredCount', 0, MAX_DESIRED_COUNT);
  const instances = requireInteger(o.containerInstances, 'containerInstances', 0, MAX_DESIRED_COUNT);
  if (o.desiredCount !== undefined && o.desiredCount !== instances) {
    throw new SimInputError(
      'INVALID_VALUE',
      'desiredCount',
      'A DAEMON service runs one task per container instance; leave desiredCount out or set it to containerInstances.',
    );
  }
  return instances;
}

function validName(name: unknown): string {
  if (name === undefined) return 'web';
  if (typeof name !== 'string' || !/^[A-Za-z0-9_-]{1,255}$/.test(name)) {
    throw new SimInputError(
      'INVALID_VALUE',
      'serviceName',
      'serviceName must be 1–255 letters, numbers, hyphens or underscores.',
    );
  }
  return name;
}

/** Per-version live counters, kept incrementally so each step is O(changed tasks). */
interface Counters {
  alive: number;
  active: number;
  running: number;
  healthy: number;
  /** Active tasks that are not healthy, oldest first. */
  notHealthy: Set<Task>;
  /** Healthy tasks, oldest first. */
  healthySet: Set<Task>;
  /** Active tasks judged unhealthy and not stopped yet, oldest first. */
  unhealthy: Set<Task>;
}

function newCounters(): Counters {
  return {
    alive: 0,
    active: 0,
    running: 0,
    healthy: 0,
    notHealthy: new Set(),
    healthySet: new Set(),
    unhealthy: new Set(),
  };
}

/** The mutable state of one simulation run. */
class RollingRun {
  readonly s: Settings;
  readonly random: RandomSource;
  readonly queue = new EventQueue<QueueItem>();
  readonly tasks: Task[] = [];
  readonly events: DeploymentEvent[] = [];
  readonly timeline: TimelinePoint[] = [];
  readonly c: Record<TaskVersion, Counters> = { old: newCounters(), new: newCounters() };
  readonly buffer = new Map<DeploymentEventKind, string[]>();
  readonly ids: { old: string; new: string; rollback: string | null };
  now = 0;
  target: TaskVersion = 'new';
  stage: 1 | 2 = 1;
  failures = 0;
  outcome: RollingOutcome | null = null;
  stuckReason: StuckReason | null = null;
  steadyNeeded = false;

  constructor(s: Settings, seed: number) {
    this.s = s;
    this.random = createRandom(seed);
    this.ids = { old: this.deploymentId(), new: this.deploymentId(), rollback: null };
  }

  deploymentId(): string {
    return `ecs-svc/${Math.floor(this.random() * 1e9)
      .toString()
      .padStart(9, '0')}${Math.floor(this.random() * 1e9)
      .toString()
      .padStart(9, '0')}`;
  }

  /** Logs a message now; buffered per-task notes are written first so the log stays in order. */
  log(kind: DeploymentEventKind, message: string, params: Record<string, string | number> = {}): void {
    if (this.buffer.size > 0) this.flush();
    this.events.push({ time: this.now, kind, message, params: { service: this.s.service, ...params } });
  }

  note(kind: DeploymentEventKind, taskId: string): void {
    const list = this.buffer.get(kind);
    if (list === undefined) this.buffer.set(kind, [taskId]);
    else list.push(taskId);
  }

  /** Writes buffered per-task notes as grouped ECS-style messages, in a fixed order. */
  flush(): void {
    const svc = `(service ${this.s.service})`;
    const order: [DeploymentEventKind, (n: number, ids: string) => string][] = [
      [
        'TASK_FAILED',
        (n, ids) => `${svc} ${n} tasks failed to start: ${ids}. Essential container in task exited.`,
      ],
      ['TASK_UNHEALTHY', (n, ids) => `${svc} ${n} tasks are unhealthy and will be replaced: ${ids}.`],
      ['DRAINING', (n, ids) => `${svc} has begun draining connections on ${n} tasks: ${ids}.`],
      [
        'TARGETS_DEREGISTERED',
        (n, ids) => `${svc} deregistered ${n} targets in (target-group ${this.s.service}-tg): ${ids}.`,
      ],
      [
        'TASK_KILLED',
        (n, ids) => `${svc} ${n} tasks did not exit within stopTimeout and were sent SIGKILL: ${ids}.`,
      ],
      ['TASKS_STOPPED', (n, ids) => `${svc} has stopped ${n} running tasks: ${ids}.`],
      ['TASKS_STARTED', (n, ids) => `${svc} has started ${n} tasks: ${ids}.`],
      [
        'TARGETS_REGISTERED',
        (n, ids) => `${svc} registered ${n} targets in (target-group ${this.s.service}-tg): ${ids}.`,
      ],
    ];
    for (const [kind, text] of order) {
      const list = this.buffer.get(kind);
      if (list !== undefined && list.length > 0) {
        const tasks = list.map((id) => `(task ${id})`).join(' ');
        this.events.push({
          time: this.now,
          kind,
          message: text(list.length, tasks),
          params: { service: this.s.service, count: list.length, tasks, targetGroup: `${this.s.service}-tg` },
        });
      }
    }
    this.buffer.clear();
  }

  setState(task: Task, state: TaskState): void {
    const c = this.c[task.rec.version];
    const was = task.state;
    if (was === 'RUNNING') c.running -= 1;
    if (LAUNCHING.has(was) && !LAUNCHING.has(state)) {
      c.active -= 1;
      c.notHealthy.delete(task);
      c.unhealthy.delete(task);
      if (task.healthy) {
        task.healthy = false;
        c.healthy -= 1;
        c.healthySet.delete(task);
      }
    }
    if (state === 'RUNNING') c.running += 1;
    if (state === 'STOPPED') c.alive -= 1;
    task.state = state;
    task.rec.history.push({ time: this.now, state });
  }

  addTask(version: TaskVersion, state: TaskState, fate: Fate): Task {
    const rec: TaskRecord = {
      id: randomHex(this.random, 32),
      version,
      launchedAt: this.now,
      history: [{ time: this.now, state }],
      healthyAt: null,
      stoppedReason: null,
    };
    const task: Task = {
      rec,
      state,
      healthy: false,
      fate,
      epoch: 0,
      runningAt: this.now,
      replacement: null,
      replaces: null,
    };
    const c = this.c[version];
    c.alive += 1;
    c.active += 1;
    c.notHealthy.add(task);
    if (state === 'RUNNING') c.running += 1;
    this.tasks.push(task);
    return task;
  }

  markHealthy(task: Task): void {
    const c = this.c[task.rec.version];
    task.healthy = true;
    task.rec.healthyAt = this.now;
    c.healthy += 1;
    c.notHealthy.delete(task);
    c.healthySet.add(task);
  }

  schedule(delay: number, task: Task, action: Action): void {
    this.queue.push(this.now + delay, { task, action, epoch: task.epoch });
  }

  launch(version: TaskVersion): Task {
    let fate: Fate = 'ok';
    if (version === 'new') {
      const b = this.s.behaviour;
      if (b === 'fail-start') fate = 'fail-start';
      else if (b === 'fail-health-check') fate = 'fail-health';
      else if (b === 'flaky' && this.random() < this.s.failureProbability) fate = this.s.flakyFate;
    }
    const task = this.addTask(version, 'PROVISIONING', fate);
    this.note('TASKS_STARTED', task.rec.id);
    this.schedule(this.s.start * 0.2, task, 'advance');
    return task;
  }

  /** Breaks the link between a replacement and the unhealthy task it was started for. */
  unlink(task: Task): void {
    if (task.replaces !== null) task.replaces.replacement = null;
    if (task.replacement !== null) task.replacement.replaces = null;
    task.replaces = null;
    task.replacement = null;
  }

  /** Moves a launching task to its next state (PROVISIONING → PENDING → ACTIVATING → RUNNING). */
  advance(task: Task): void {
    const s = this.s;
    if (task.state === 'PROVISIONING') {
      this.setState(task, 'PENDING');
      this.schedule(s.start * 0.6, task, 'advance');
    } else if (task.state === 'PENDING') {
      if (task.fate === 'fail-start') {
        this.failTask(task, 'Essential container in task exited');
        return;
      }
      this.setState(task, 'ACTIVATING');
      if (s.health.loadBalancer !== null) this.note('TARGETS_REGISTERED', task.rec.id);
      this.schedule(s.start * 0.2, task, 'advance');
    } else if (task.state === 'ACTIVATING') {
      this.setState(task, 'RUNNING');
      task.runningAt = this.now;
      if (task.rec.version === 'new' && this.target === 'new') this.stage = 2;
      const registered = s.health.loadBalancer === null ? 0 : s.start * 0.2;
      const unhealthyAfter = task.fate === 'fail-health' ? secondsUntilUnhealthy(s.health, registered) : null;
      if (unhealthyAfter === null) {
        this.schedule(secondsUntilHealthy(s.health, registered), task, 'healthy');
      } else {
        this.schedule(Math.max(unhealthyAfter, s.grace), task, 'unhealthy');
      }
    }
  }

  failTask(task: Task, reason: string): void {
    this.unlink(task);
    this.note('TASK_FAILED', task.rec.id);
    task.rec.stoppedReason = reason;
    task.epoch += 1;
    this.setState(task, 'DEPROVISIONING');
    this.schedule(DEPROVISIONING_SECONDS, task, 'advance');
    this.countFailure();
  }

  countFailure(): void {
    const b = this.s.breaker;
    if (b === null || this.target !== 'new' || this.outcome !== null) return;
    this.failures += 1;
    if (this.failures >= b.threshold) this.tripBreaker(b.rollback);
  }

  tripBreaker(rollback: boolean): void {
    const svc = `(service ${this.s.service})`;
    const why = this.stage === 1 ? 'tasks failed to start' : 'tasks failed health checks';
    const threshold = this.s.breaker?.threshold ?? 0;
    this.log(
      'DEPLOYMENT_FAILED',
      `${svc} (deployment ${this.ids.new}) deployment failed: ${why}. The circuit breaker threshold of ${threshold} failed tasks was reached.`,
      { deployment: this.ids.new, reason: this.stage === 1 ? 'START' : 'HEALTH_CHECK', threshold },
    );
    if (!rollback) {
      this.outcome = 'FAILED';
      return;
    }
    this.ids.rollback = this.deploymentId();
    this.target = 'old';
    this.log(
      'ROLLBACK_STARTED',
      `${svc} (deployment ${this.ids.rollback}) deployment started because of a rollback to the last completed deployment ${this.ids.old}.`,
      { deployment: this.ids.rollback, previous: this.ids.old },
    );
  }

  /** Starts the stop sequence of a task: DEACTIVATING (if registered) → STOPPING → DEPROVISIONING. */
  stopTask(task: Task, reason: string): void {
    this.unlink(task);
    task.epoch += 1;
    task.rec.stoppedReason = reason;
    const registered = task.state === 'RUNNING' || task.state === 'ACTIVATING';
    if (registered && this.s.health.loadBalancer !== null) {
      this.setState(task, 'DEACTIVATING');
      this.note('DRAINING', task.rec.id);
      this.schedule(this.s.deregistration, task, 'advance');
    } else {
      this.setState(task, 'STOPPING');
      this.schedule(this.s.stopSeconds, task, 'advance');
    }
    this.note('TASKS_STOPPED', task.rec.id);
  }

  stopAdvance(task: Task): void {
    if (task.state === 'DEACTIVATING') {
      this.note('TARGETS_DEREGISTERED', task.rec.id);
      this.setState(task, 'STOPPING');
      this.schedule(this.s.stopSeconds, task, 'advance');
    } else if (task.state === 'STOPPING') {
      if (this.s.killed) this.note('TASK_KILLED', task.rec.id);
      this.setState(task, 'DEPROVISIONING');
      this.schedule(DEPROVISIONING_SECONDS, task, 'advance');
    } else if (task.state === 'DEPROVISIONING') {
      this.setState(task, 'STOPPED');
    }
  }

  handle(item: QueueItem): void {
    const { task, action } = item;
    if (item.epoch !== task.epoch) return;
    if (action === 'advance') {
      if (LAUNCHING.has(task.state)) this.advance(task);
      else this.stopAdvance(task);
    } else if (action === 'healthy') {
      this.markHealthy(task);
      if (task.rec.version === 'new' && this.s.breaker?.reset === true && this.target === 'new')
        this.failures = 0;
      // "As the replacement tasks launch and become healthy, the unhealthy tasks will gradually be stopped."
      if (task.replaces !== null) this.stopTask(task.replaces, UNHEALTHY_REASON);
    } else {
      this.note('TASK_UNHEALTHY', task.rec.id);
      this.unlink(task);
      this.c[task.rec.version].unhealthy.add(task);
      this.countFailure();
    }
  }

  /**
   * Replaces unhealthy tasks of the version being deployed. With room under maximumPercent the
   * replacement starts first and the unhealthy task stops once its replacement is healthy;
   * without room, unhealthy tasks stop one at a time to free a slot (assumption
   * `unhealthy-one-by-one`), which never lowers the healthy count minimumHealthyPercent guards.
   * Returns the room left and the unhealthy tasks that still wait for a replacement.
   * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html
   */
  replaceUnhealthy(room: number): { room: number; waiting: Task[] } {
    const target = this.c[this.target];
    const waiting = [...target.unhealthy].filter((t) => t.replacement === null);
    const starting = target.notHealthy.size - target.unhealthy.size;
    const first = waiting[0];
    if (room <= 0 && first !== undefined && starting === 0) {
      this.stopTask(first, UNHEALTHY_REASON);
      return { room: room + 1, waiting: [] }; // the freed slot replaces the task just stopped
    }
    return { room, waiting };
  }

  /** The scheduler's decision after every batch of events: stop what it may, start what it needs. */
  reconcile(): void {
    if (this.outcome !== null) return;
    const s = this.s;
    const target = this.c[this.target];
    const out = this.c[this.target === 'new' ? 'old' : 'new'];
    for (const task of [...out.notHealthy]) this.stopTask(task, 'Deployment replaced this task');
    const totalHealthy = target.healthy + out.healthy;
    let canStop = Math.min(out.healthy, totalHealthy - s.minHealthy);
    for (const task of out.healthySet) {
      if (canStop <= 0) break;
      this.stopTask(task, 'Deployment replaced this task');
      canStop -= 1;
    }
    const { room, waiting } = this.replaceUnhealthy(s.maxRunning - (target.active + out.active));
    const toStart = Math.min(s.desired - (target.active - target.unhealthy.size), room);
    for (let i = 0; i < toStart; i += 1) {
      const task = this.launch(this.target);
      const old = waiting.shift();
      if (old !== undefined) {
        old.replacement = task;
        task.replaces = old;
      }
    }
    if (target.alive === s.desired && target.healthy === s.desired && out.alive === 0) this.finish();
  }

  finish(): void {
    const svc = `(service ${this.s.service})`;
    const id = this.target === 'new' ? this.ids.new : (this.ids.rollback ?? '');
    this.log('DEPLOYMENT_COMPLETED', `${svc} (deployment ${id}) deployment completed.`, { deployment: id });
    this.log('STEADY_STATE', `${svc} has reached a steady state.`);
    this.outcome = this.target === 'new' ? 'COMPLETED' : 'ROLLED_BACK';
  }

  record(): void {
    const o = this.c.old;
    const n = this.c.new;
    const point: TimelinePoint = {
      time: this.now,
      running: o.running + n.running,
      pending: o.active - o.running + (n.active - n.running),
      stopping: o.alive - o.active + (n.alive - n.active),
      healthy: o.healthy + n.healthy,
      old: { running: o.running, healthy: o.healthy },
      new: { running: n.running, healthy: n.healthy },
    };
    const last = this.timeline[this.timeline.length - 1];
    if (last !== undefined && last.time === point.time) this.timeline[this.timeline.length - 1] = point;
    else this.timeline.push(point);
  }
}

/**
 * Simulates an ECS rolling update as a discrete-event simulation (events ordered by time, then
 * by sequence). A REPLICA service deploys desiredCount tasks (defaults 100 % / 200 %); a DAEMON
 * service one task per container instance (defaults 0 % / 100 %, maximumPercent only 100). The scheduler stops old tasks down to minHealthy, starts new ones up to
 * maxRunning, replaces unhealthy tasks, counts failures for the circuit breaker (stage 1: start
 * failures; stage 2: health check failures) and rolls back to the last COMPLETED deployment when
 * asked. Settings that allow neither a stop nor a start end as STUCK with the documented event.
 * Model choices: assumptions `task-start-phases`, `health-timing`, `grace-from-running`,
 * `stop-phases`, `breaker-counting`, `flaky-failures`, `rollback-target`, `no-breaker-limit`,
 * `no-start-backoff`.
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html
 */
export function simulateRollingDeployment(options: RollingDeploymentOptions): RollingDeploymentResult {
  const s = readSettings(options);
  const run = new RollingRun(s, optionalInteger(options.seed, 'seed', 0, 0xffffffff, 1));
  for (let i = 0; i < s.desired; i += 1) run.markHealthy(run.addTask('old', 'RUNNING', 'ok'));
  run.log(
    'DEPLOYMENT_STARTED',
    `(service ${s.service}) (deployment ${run.ids.new}) deployment started: minimumHealthy ${s.minHealthy} tasks, maximum ${s.maxRunning} tasks.`,
    { deployment: run.ids.new, minHealthy: s.minHealthy, maxRunning: s.maxRunning },
  );
  const limits = deploymentLimits(s.desired, s.minPct, s.maxPct);
  if (limits.stuck) {
    run.log('STUCK', stuckConfigurationMessage(s.service), { reason: 'CONFIGURATION' });
    run.outcome = 'STUCK';
    run.stuckReason = 'CONFIGURATION';
  } else {
    loop(run);
  }
  run.record();
  return {
    outcome: run.outcome ?? 'STUCK',
    stuckReason: run.stuckReason,
    durationSeconds: run.now,
    limits,
    breakerThreshold: s.breaker?.threshold ?? null,
    breakerFailures: run.failures,
    timeline: run.timeline,
    events: run.events,
    tasks: run.tasks.map((t) => t.rec),
    deployments: run.ids,
  };
}

function loop(run: RollingRun): void {
  const { s, queue } = run;
  let processed = 0;
  run.reconcile();
  run.flush();
  run.record();
  while (run.outcome === null) {
    const next = queue.peekTime();
    if (next === undefined || next > s.maxTime || processed >= s.maxEvents) {
      endStuck(run, next === undefined || next > s.maxTime ? 'TIME_LIMIT' : 'EVENT_LIMIT');
      return;
    }
    run.now = next;
    while (queue.peekTime() === next && processed < s.maxEvents) {
      const item = queue.pop();
      if (item !== undefined) run.handle(item.payload);
      processed += 1;
    }
    run.reconcile();
    run.flush();
    run.record();
  }
}

function endStuck(run: RollingRun, reason: StuckReason): void {
  run.now =
    reason === 'TIME_LIMIT'
      ? Math.max(run.now, Math.min(run.s.maxTime, run.queue.peekTime() ?? run.now))
      : run.now;
  run.outcome = 'STUCK';
  run.stuckReason = reason;
  const svc = `(service ${run.s.service})`;
  const failing = run.failures > 0 || run.s.behaviour !== 'healthy';
  run.log(
    'STUCK',
    failing
      ? `${svc} is unable to consistently start tasks successfully.`
      : `${svc} deployment did not finish within the simulation limit.`,
    { reason: failing ? 'FAILING' : 'LIMIT' },
  );
}

/** States of every task at `time` (for drawing a snapshot of a run). */
export function taskStatesAt(
  result: RollingDeploymentResult,
  time: number,
): { id: string; version: TaskVersion; state: TaskState; healthy: boolean }[] {
  const out: { id: string; version: TaskVersion; state: TaskState; healthy: boolean }[] = [];
  for (const t of result.tasks) {
    let state: TaskState | null = null;
    for (const h of t.history) {
      if (h.time > time) break;
      state = h.state;
    }
    if (state === null) continue;
    const healthy = state === 'RUNNING' && t.healthyAt !== null && t.healthyAt <= time;
    out.push({ id: t.id, version: t.version, state, healthy });
  }
  return out;
}
