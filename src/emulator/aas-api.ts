/**
 * The Application Auto Scaling operations for ECS services (ServiceNamespace `ecs`, dimension
 * `ecs:service:DesiredCount`). Input is checked by the grader's scaling rules first, so the
 * sandbox and `ecs-dojo lint` agree.
 * @see https://docs.aws.amazon.com/autoscaling/application/APIReference/API_Operations.html
 */
import { grade, type Kind } from '../exercises/grader/index.ts';
import { parseSchedule } from '../sim/index.ts';
import { AwsServiceError, validationError } from './errors.ts';
import { num, obj, str, strings, type Input } from './input.ts';
import { uuid } from './resources.ts';
import { aasId, clampToTarget, serviceOfResource } from './scaling.ts';
import type { EmulatorState, ScalableTargetState } from './state.ts';

type Handler = (state: EmulatorState, input: Input) => Input;

function gradeOrThrow(input: Input, kind: Kind): void {
  const result = grade(JSON.stringify(input), { kind, format: 'json', lang: 'en' });
  const first = result.findings.find((f) => f.severity === 'error');
  if (first !== undefined) validationError(first.message);
}

function requireTarget(state: EmulatorState, input: Input): ScalableTargetState {
  const ns = str(input, 'ServiceNamespace') ?? '';
  const id = str(input, 'ResourceId') ?? '';
  const dim = str(input, 'ScalableDimension') ?? '';
  const t = state.scalableTargets.find((x) => x.ResourceId === id && x.ScalableDimension === dim);
  if (t === undefined) {
    throw new AwsServiceError(
      'ObjectNotFoundException',
      `No scalable target registered for service namespace: ${ns}, resource ID: ${id}, scalable dimension: ${dim}`,
    );
  }
  return t;
}

function checkEcsTarget(state: EmulatorState, input: Input): void {
  if (str(input, 'ServiceNamespace') !== 'ecs')
    validationError('The sandbox emulates only the ecs service namespace.');
  if (str(input, 'ScalableDimension') !== 'ecs:service:DesiredCount')
    validationError(`Unsupported scalable dimension: ${str(input, 'ScalableDimension') ?? ''}`);
  const id = str(input, 'ResourceId') ?? '';
  if (serviceOfResource(state, id) === undefined) validationError(`ECS service doesn't exist: ${id}`);
}

const registerScalableTarget: Handler = (state, input) => {
  gradeOrThrow(input, 'scaling-target');
  checkEcsTarget(state, input);
  const min = num(input, 'MinCapacity');
  const max = num(input, 'MaxCapacity');
  const existing = state.scalableTargets.find((t) => t.ResourceId === str(input, 'ResourceId'));
  if (existing === undefined && (min === undefined || max === undefined)) {
    validationError('MinCapacity and MaxCapacity are required when registering a new scalable target.');
  }
  const newMin = min ?? existing?.MinCapacity ?? 0;
  const newMax = max ?? existing?.MaxCapacity ?? 0;
  if (newMin > newMax) validationError(`Minimum capacity cannot be greater than maximum capacity`);
  const target: ScalableTargetState = existing ?? {
    ServiceNamespace: 'ecs',
    ResourceId: str(input, 'ResourceId') ?? '',
    ScalableDimension: 'ecs:service:DesiredCount',
    MinCapacity: newMin,
    MaxCapacity: newMax,
    RoleARN: `arn:aws:iam::${state.accountId}:role/aws-service-role/ecs.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_ECSService`,
    CreationTime: state.now,
    ScalableTargetARN: `arn:aws:application-autoscaling:${state.region}:${state.accountId}:scalable-target/0e${aasId(state).slice(0, 30)}`,
  };
  target.MinCapacity = newMin;
  target.MaxCapacity = newMax;
  if (existing === undefined) state.scalableTargets.push(target);
  clampToTarget(
    state,
    target,
    `minimum capacity was set to ${newMin} and maximum capacity was set to ${newMax}`,
  );
  return { ScalableTargetARN: target.ScalableTargetARN };
};

function matchesResource(input: Input, resourceId: string): boolean {
  const ids = strings(input, 'ResourceIds');
  const one = str(input, 'ResourceId');
  return (ids.length === 0 || ids.includes(resourceId)) && (one === undefined || one === resourceId);
}

const describeScalableTargets: Handler = (state, input) => ({
  ScalableTargets: state.scalableTargets.filter(
    (t) => t.ServiceNamespace === str(input, 'ServiceNamespace') && matchesResource(input, t.ResourceId),
  ),
});

const putScalingPolicy: Handler = (state, input) => {
  gradeOrThrow(input, 'scaling-policy');
  const target = requireTarget(state, input);
  const name = str(input, 'PolicyName') ?? '';
  const type = str(input, 'PolicyType') ?? 'StepScaling';
  const tt = obj(input, 'TargetTrackingScalingPolicyConfiguration');
  const step = obj(input, 'StepScalingPolicyConfiguration');
  if (type === 'TargetTrackingScaling' && tt === undefined)
    validationError(
      'TargetTrackingScalingPolicyConfiguration is required for a policy of type TargetTrackingScaling',
    );
  if (type === 'StepScaling' && step === undefined)
    validationError('StepScalingPolicyConfiguration is required for a policy of type StepScaling');
  const existing = state.scalingPolicies.find(
    (p) => p.PolicyName === name && p.ResourceId === target.ResourceId,
  );
  const arn =
    existing?.PolicyARN ??
    `arn:aws:autoscaling:${state.region}:${state.accountId}:scalingPolicy:${uuid(state)}:resource/ecs/${target.ResourceId}:policyName/${name}`;
  const policy = {
    PolicyARN: arn,
    PolicyName: name,
    ServiceNamespace: 'ecs',
    ResourceId: target.ResourceId,
    ScalableDimension: target.ScalableDimension,
    PolicyType: type,
    ...(tt ? { TargetTrackingScalingPolicyConfiguration: tt } : {}),
    ...(step ? { StepScalingPolicyConfiguration: step } : {}),
    CreationTime: existing?.CreationTime ?? state.now,
    high: 0,
    low: 0,
  };
  state.scalingPolicies = state.scalingPolicies.filter((p) => p !== existing);
  state.scalingPolicies.push(policy);
  const alarms =
    type === 'TargetTrackingScaling'
      ? ['High', 'Low'].map((k) => {
          const alarm = `TargetTracking-${target.ResourceId}-Alarm${k}-${arn.slice(arn.indexOf('scalingPolicy:') + 14, arn.indexOf('scalingPolicy:') + 50)}`;
          return {
            AlarmName: alarm,
            AlarmARN: `arn:aws:cloudwatch:${state.region}:${state.accountId}:alarm:${alarm}`,
          };
        })
      : [];
  return { PolicyARN: arn, Alarms: alarms };
};

const describeScalingPolicies: Handler = (state, input) => {
  const names = strings(input, 'PolicyNames');
  return {
    ScalingPolicies: state.scalingPolicies
      .filter(
        (p) =>
          p.ServiceNamespace === str(input, 'ServiceNamespace') &&
          matchesResource(input, p.ResourceId) &&
          (names.length === 0 || names.includes(p.PolicyName)),
      )
      .map(({ high: _h, low: _l, lastScaleInAt: _i, lastScaleOutAt: _o, ...rest }) => ({
        ...rest,
        Alarms: [],
      })),
  };
};

function toMs(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof Date) return v.getTime();
  return undefined;
}

const putScheduledAction: Handler = (state, input) => {
  gradeOrThrow(input, 'scheduled-action');
  const target = requireTarget(state, input);
  const schedule = str(input, 'Schedule');
  const name = str(input, 'ScheduledActionName') ?? '';
  const existing = state.scheduledActions.find(
    (a) => a.ScheduledActionName === name && a.ResourceId === target.ResourceId,
  );
  if (schedule === undefined && existing === undefined)
    validationError('Schedule is required when creating a scheduled action.');
  try {
    parseSchedule(schedule ?? existing?.Schedule ?? '');
  } catch (e) {
    validationError(e instanceof Error ? e.message : String(e));
  }
  const action = obj(input, 'ScalableTargetAction') ?? existing?.ScalableTargetAction ?? {};
  const start = toMs(input['StartTime']);
  const end = toMs(input['EndTime']);
  const tz = str(input, 'Timezone');
  const next = {
    ScheduledActionName: name,
    ScheduledActionARN:
      existing?.ScheduledActionARN ??
      `arn:aws:autoscaling:${state.region}:${state.accountId}:scheduledAction:${uuid(state)}:resource/ecs/${target.ResourceId}:scheduledActionName/${name}`,
    ServiceNamespace: 'ecs',
    Schedule: schedule ?? existing?.Schedule ?? '',
    ResourceId: target.ResourceId,
    ScalableDimension: target.ScalableDimension,
    ScalableTargetAction: {
      ...(typeof action['MinCapacity'] === 'number' ? { MinCapacity: action['MinCapacity'] } : {}),
      ...(typeof action['MaxCapacity'] === 'number' ? { MaxCapacity: action['MaxCapacity'] } : {}),
    },
    CreationTime: existing?.CreationTime ?? state.now,
    ...(tz !== undefined
      ? { Timezone: tz }
      : existing?.Timezone !== undefined
        ? { Timezone: existing.Timezone }
        : {}),
    ...(start !== undefined ? { StartTime: start } : {}),
    ...(end !== undefined ? { EndTime: end } : {}),
  };
  state.scheduledActions = state.scheduledActions.filter((a) => a !== existing);
  state.scheduledActions.push(next);
  return {};
};

const describeScheduledActions: Handler = (state, input) => {
  const names = strings(input, 'ScheduledActionNames');
  return {
    ScheduledActions: state.scheduledActions.filter(
      (a) =>
        a.ServiceNamespace === str(input, 'ServiceNamespace') &&
        matchesResource(input, a.ResourceId) &&
        (names.length === 0 || names.includes(a.ScheduledActionName)),
    ),
  };
};

const describeScalingActivities: Handler = (state, input) => ({
  ScalingActivities: state.scalingActivities.filter(
    (a) => a.ServiceNamespace === str(input, 'ServiceNamespace') && matchesResource(input, a.ResourceId),
  ),
});

/** Every Application Auto Scaling operation the emulator implements. */
export const AAS_HANDLERS: Record<string, Handler> = {
  RegisterScalableTarget: registerScalableTarget,
  DescribeScalableTargets: describeScalableTargets,
  PutScalingPolicy: putScalingPolicy,
  DescribeScalingPolicies: describeScalingPolicies,
  PutScheduledAction: putScheduledAction,
  DescribeScheduledActions: describeScheduledActions,
  DescribeScalingActivities: describeScalingActivities,
};
