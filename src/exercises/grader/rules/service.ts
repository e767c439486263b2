/**
 * Service rules: capacity provider strategy, deployment settings, networking, load balancers.
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html
 */
import {
  ROLLING_DEFAULTS,
  providerKind,
  rollingLimits,
  strategyProblems,
  type StrategyItemInput,
} from '../../../aws/index.ts';
import { arr, bool, get, has, isObj, num, ptr, str, type Obj } from '../value.ts';
import { FIRST_ERROR_NOTE, lesson, rule } from './define.ts';
import type { Reporter } from './report.ts';

const SVC = ['service', 'cfn'] as const;
const SVC_TASK = ['service', 'run-task', 'cfn'] as const;
const STRATEGY = lesson('03-fargate-ec2', 'capacity-providers');
const DEPLOY = lesson('05-deployments', 'rolling-update');

export const launchTypeAndStrategy = rule({
  id: 'service/launch-type-and-strategy',
  kinds: SVC_TASK,
  severity: 'error',
  lesson: STRATEGY,
  summary: {
    ja: 'launchType と capacityProviderStrategy を同時に指定しない',
    en: 'launchType and capacityProviderStrategy are not both set',
  },
  message: {
    ja: 'launchType と capacityProviderStrategy は同時に指定できません。どちらか一方にします。',
    en: 'launchType and capacityProviderStrategy are mutually exclusive; keep one.',
  },
  aws: {
    quote: 'If a capacityProviderStrategy is specified, the launchType parameter must be omitted.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html',
  },
});

export const strategyRules = rule({
  id: 'service/capacity-provider-strategy',
  kinds: ['service', 'run-task', 'capacity-provider-strategy', 'cfn'],
  severity: 'error',
  lesson: STRATEGY,
  summary: {
    ja: '戦略は 20 項目以内、base は1項目だけ、weight がすべて 0 でない、Fargate と ASG プロバイダーを混ぜない、同じプロバイダーを重複させない',
    en: 'At most 20 items, only one base, not every weight 0, no Fargate and ASG providers mixed, no provider twice',
  },
  message: { ja: '{detailJa}', en: '{detail}' },
  note: FIRST_ERROR_NOTE,
  aws: {
    quote: 'Only one capacity provider in a capacity provider strategy can have a base defined.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html',
  },
});

export const deploymentStuck = rule({
  id: 'service/deployment-cannot-progress',
  kinds: SVC,
  severity: 'warning',
  lesson: DEPLOY,
  summary: {
    ja: 'minimumHealthyPercent と maximumPercent の組み合わせでデプロイが進められること（例: 100/100 は止まる）',
    en: 'minimumHealthyPercent and maximumPercent let a deployment progress (100/100 stalls)',
  },
  message: {
    ja: 'desiredCount {desired} で minimumHealthyPercent {min}・maximumPercent {max} だと、タスクを止めることも追加することもできずデプロイが止まります。サービスイベント: service (name) was unable to stop or start tasks during a deployment because of the service deployment configuration.',
    en: 'With desiredCount {desired}, minimumHealthyPercent {min} and maximumPercent {max} ECS can neither stop nor start a task, so deployments stall: "service (name) was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again."',
  },
});

export const circuitBreaker = rule({
  id: 'service/circuit-breaker',
  kinds: ['service', 'deployment-configuration', 'cfn'],
  severity: 'warning',
  lesson: lesson('05-deployments', 'circuit-breaker'),
  summary: {
    ja: 'ローリング更新でサーキットブレーカー（rollback 付き）か CloudWatch アラームを使う',
    en: 'Rolling deployments use the circuit breaker (with rollback) or CloudWatch alarms',
  },
  message: { ja: '{detailJa}', en: '{detail}' },
});

export const deploymentAlarms = rule({
  id: 'service/deployment-alarms',
  kinds: ['service', 'deployment-configuration', 'cfn'],
  severity: 'error',
  lesson: lesson('05-deployments', 'circuit-breaker'),
  summary: {
    ja: 'デプロイアラームは ECS デプロイコントローラーで、アラーム名を指定して使う',
    en: 'Deployment alarms need the ECS deployment controller and alarm names',
  },
  message: { ja: '{detailJa}', en: '{detail}' },
});

export const assignPublicIp = rule({
  id: 'service/assign-public-ip',
  kinds: ['service', 'run-task', 'network-configuration', 'cfn'],
  severity: 'warning',
  lesson: lesson('02-task-definitions', 'network-modes'),
  summary: {
    ja: 'assignPublicIp を ENABLED にしない（Security Hub ECS.2）',
    en: 'assignPublicIp is not ENABLED (Security Hub ECS.2)',
  },
  message: {
    ja: 'assignPublicIp: ENABLED だとタスクがインターネットから直接見えます。プライベートサブネットと NAT ゲートウェイまたは VPC エンドポイントを使ってください。',
    en: 'assignPublicIp ENABLED exposes tasks directly to the internet. Use private subnets with a NAT gateway or VPC endpoints.',
  },
});

export const fargateServiceLimits = rule({
  id: 'service/fargate-limits',
  kinds: SVC_TASK,
  severity: 'error',
  lesson: lesson('02-task-definitions', 'fargate-restrictions'),
  quotesAws: true,
  summary: {
    ja: 'Fargate のサービスで配置制約・配置戦略・DAEMON を使わない',
    en: 'Fargate services use no placement constraints, placement strategy or DAEMON',
  },
  message: { ja: '{detailJa}', en: '{detail}' },
  aws: {
    quote: "Fargate tasks don't support the DAEMON scheduling strategy.",
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html',
  },
});

export const loadBalancerShape = rule({
  id: 'service/load-balancer',
  kinds: SVC,
  severity: 'error',
  lesson: lesson('06-alb', 'target-type-ip'),
  summary: {
    ja: 'loadBalancers の各項目に containerName と containerPort、targetGroupArn か loadBalancerName のどちらか一方がある',
    en: 'Each loadBalancers item has containerName, containerPort and exactly one of targetGroupArn or loadBalancerName',
  },
  message: {
    ja: 'loadBalancers の項目が不完全です: {detailJa}',
    en: 'Incomplete loadBalancers item: {detail}',
  },
});

export const gracePeriodWithoutLb = rule({
  id: 'service/grace-period-without-lb',
  kinds: SVC,
  severity: 'info',
  lesson: lesson('05-deployments', 'grace-period'),
  summary: {
    ja: 'ヘルスチェック猶予期間はロードバランサーかヘルスチェックと一緒に使う',
    en: 'A health check grace period goes with a load balancer or health checks',
  },
  message: {
    ja: 'healthCheckGracePeriodSeconds はロードバランサーやヘルスチェックがないと効果がありません。',
    en: 'healthCheckGracePeriodSeconds has no effect without a load balancer or health checks.',
  },
});

export const serviceConnect = rule({
  id: 'service/service-connect',
  kinds: ['service', 'service-connect-configuration', 'cfn'],
  severity: 'error',
  lesson: lesson('09-service-connect', 'service-connect-configuration'),
  summary: {
    ja: 'Service Connect の services に portName がある',
    en: 'Service Connect services name a portName',
  },
  message: {
    ja: 'Service Connect の services[{index}] に portName がありません。タスク定義の portMappings[].name を指定します。',
    en: 'Service Connect services[{index}] has no portName; use a portMappings[].name from the task definition.',
  },
});

export const daemonController = rule({
  id: 'service/daemon-deployment-controller',
  kinds: SVC,
  severity: 'error',
  lesson: DEPLOY,
  summary: {
    ja: 'DAEMON スケジューリングは ECS デプロイコントローラーで使う（CODE_DEPLOY・EXTERNAL は不可）',
    en: 'The DAEMON scheduling strategy uses the ECS deployment controller (not CODE_DEPLOY or EXTERNAL)',
  },
  message: {
    ja: 'schedulingStrategy DAEMON はデプロイコントローラー {controller} では使えません。ECS コントローラーにするか REPLICA にします。',
    en: 'The DAEMON scheduling strategy does not work with the {controller} deployment controller; use the ECS controller or REPLICA.',
  },
  aws: {
    quote:
      "Tasks using the Fargate launch type or the CODE_DEPLOY or EXTERNAL deployment controller types don't support the DAEMON scheduling strategy.",
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html',
  },
});

const isFargateProvider = (n: string): boolean => providerKind(n) === 'FARGATE';

/** Problems the JSON Schema already reports (names and ranges); the rule adds the rest. */
const SCHEMA_CHECKED = new Set(['provider-name', 'base-range', 'weight-range']);

/** A strategy item as the shared rules in src/aws read it: intrinsics and odd types are unknown. */
function strategyInput(it: unknown): StrategyItemInput {
  const value = (v: unknown): number | undefined | 'unknown' =>
    v === undefined ? undefined : (num(v) ?? 'unknown');
  const name = get(it, 'capacityProvider');
  return {
    capacityProvider: name === undefined ? undefined : (str(name) ?? 'unknown'),
    base: value(get(it, 'base')),
    weight: value(get(it, 'weight')),
  };
}

/** Capacity provider strategy rules (CreateService, RunTask, or a --capacity-provider-strategy file). */
export function checkStrategy(svc: Obj, r: Reporter): void {
  const list = get(svc, 'capacityProviderStrategy');
  if (!Array.isArray(list) || list.length === 0) return;
  const base = '/capacityProviderStrategy';
  for (const problem of strategyProblems(list.map(strategyInput))) {
    if (SCHEMA_CHECKED.has(problem.code)) continue;
    const at =
      problem.code === 'two-bases' && problem.index !== undefined ? ptr(base, problem.index, 'base') : base;
    r.report(strategyRules, at, { detail: problem.en, detailJa: problem.ja });
  }
}

/** Deployment settings; `desiredKnown` false for a --deployment-configuration file on its own. */
export function checkDeployment(svc: Obj, r: Reporter, desiredKnown = true): void {
  const dc = get(svc, 'deploymentConfiguration');
  const controller = str(get(get(svc, 'deploymentController'), 'type')) ?? 'ECS';
  const daemon = str(get(svc, 'schedulingStrategy')) === 'DAEMON';
  if (daemon && (controller === 'CODE_DEPLOY' || controller === 'EXTERNAL'))
    r.report(daemonController, '/deploymentController/type', { controller });
  // update-service without deploymentConfiguration keeps the service's current settings, which
  // this input does not show: nothing to judge.
  if (typeof get(svc, 'service') === 'string' && !has(svc, 'serviceName') && dc === undefined) return;
  const defaults = ROLLING_DEFAULTS[daemon ? 'DAEMON' : 'REPLICA'];
  const min = num(get(dc, 'minimumHealthyPercent')) ?? defaults.minimumHealthyPercent;
  const max = num(get(dc, 'maximumPercent')) ?? defaults.maximumPercent;
  const desired = num(get(svc, 'desiredCount')) ?? 1;
  if (controller === 'ECS' && !daemon && desired > 0 && desiredKnown) {
    if (rollingLimits(desired, min, max).stuck)
      r.report(
        deploymentStuck,
        has(dc, 'maximumPercent') ? '/deploymentConfiguration/maximumPercent' : '/deploymentConfiguration',
        { desired, min, max },
      );
  }
  const cb = get(dc, 'deploymentCircuitBreaker');
  const alarms = get(dc, 'alarms');
  const alarmsOn = bool(get(alarms, 'enable')) === true;
  if (controller === 'ECS') {
    if (bool(get(cb, 'enable')) !== true && !alarmsOn) {
      r.report(
        circuitBreaker,
        has(dc, 'deploymentCircuitBreaker') ? '/deploymentConfiguration/deploymentCircuitBreaker' : '',
        {
          detail:
            'No deployment circuit breaker or alarms: a broken release keeps retrying failed tasks. Enable deploymentCircuitBreaker with rollback: true.',
          detailJa:
            'サーキットブレーカーもアラームもありません。壊れたリリースが失敗するタスクを起動し続けます。deploymentCircuitBreaker を rollback: true で有効にしてください。',
        },
      );
    } else if (bool(get(cb, 'enable')) === true && bool(get(cb, 'rollback')) === false) {
      r.report(circuitBreaker, '/deploymentConfiguration/deploymentCircuitBreaker/rollback', {
        detail:
          'The circuit breaker stops a failed deployment but, with rollback false, leaves the service on the failed revision.',
        detailJa:
          'rollback が false なので、失敗したデプロイは止まりますが失敗したリビジョンのまま残ります。',
      });
    }
  }
  if (isObj(alarms)) {
    if (controller !== 'ECS') {
      r.report(deploymentAlarms, '/deploymentConfiguration/alarms', {
        detail: `Deployment alarms need the ECS deployment controller, not ${controller}.`,
        detailJa: `デプロイアラームは ECS デプロイコントローラーでのみ使えます（今は ${controller}）。`,
      });
    } else if (alarmsOn && arr(get(alarms, 'alarmNames')).length === 0) {
      r.report(deploymentAlarms, '/deploymentConfiguration/alarms/alarmNames', {
        detail: 'alarms.enable is true but alarmNames is empty.',
        detailJa: 'alarms.enable が true ですが alarmNames が空です。',
      });
    }
  }
}

/** Network, Fargate placement, load balancer and Service Connect rules. */
export function checkNetworkAndLb(svc: Obj, r: Reporter): void {
  const fargate =
    str(get(svc, 'launchType')) === 'FARGATE' ||
    arr(get(svc, 'capacityProviderStrategy')).some((it) =>
      isFargateProvider(str(get(it, 'capacityProvider')) ?? ''),
    );
  const aw = get(get(svc, 'networkConfiguration'), 'awsvpcConfiguration');
  if (str(get(aw, 'assignPublicIp')) === 'ENABLED')
    r.report(assignPublicIp, '/networkConfiguration/awsvpcConfiguration/assignPublicIp');
  if (fargate) {
    const f = (p: string, detail: string, detailJa: string): void =>
      r.report(fargateServiceLimits, p, { detail, detailJa });
    if (arr(get(svc, 'placementConstraints')).length > 0)
      f(
        '/placementConstraints',
        'Placement constraints are not supported with FARGATE launch type.',
        'Fargate では配置制約を使えません（AWS: Placement constraints are not supported with FARGATE launch type.）',
      );
    if (arr(get(svc, 'placementStrategy')).length > 0)
      f(
        '/placementStrategy',
        'Placement strategies are for EC2; Fargate does not support them.',
        '配置戦略は EC2 用で、Fargate では使えません。',
      );
    if (str(get(svc, 'schedulingStrategy')) === 'DAEMON')
      f(
        '/schedulingStrategy',
        'The DAEMON scheduling strategy is not supported on Fargate; use REPLICA.',
        'Fargate では DAEMON スケジューリングを使えません。REPLICA にします。',
      );
  }
  const lbs = arr(get(svc, 'loadBalancers'));
  lbs.forEach((lb, i) => {
    const missing: string[] = [];
    if (!has(lb, 'containerName')) missing.push('containerName');
    if (!has(lb, 'containerPort')) missing.push('containerPort');
    const both = has(lb, 'targetGroupArn') === has(lb, 'loadBalancerName');
    if (missing.length > 0 || both) {
      const extra = both ? 'exactly one of targetGroupArn or loadBalancerName' : '';
      const detail = [missing.length > 0 ? `missing ${missing.join(', ')}` : '', extra]
        .filter(Boolean)
        .join('; ');
      const detailJa = [
        missing.length > 0 ? `${missing.join('・')} がありません` : '',
        both ? 'targetGroupArn と loadBalancerName のどちらか一方を指定します' : '',
      ]
        .filter(Boolean)
        .join('。');
      r.report(loadBalancerShape, ptr('/loadBalancers', i), { detail, detailJa });
    }
  });
  if ((num(get(svc, 'healthCheckGracePeriodSeconds')) ?? 0) > 0 && lbs.length === 0)
    r.report(gracePeriodWithoutLb, '/healthCheckGracePeriodSeconds');
  const sc = get(svc, 'serviceConnectConfiguration');
  if (bool(get(sc, 'enabled')) === true) {
    arr(get(sc, 'services')).forEach((s, i) => {
      if (!has(s, 'portName'))
        r.report(serviceConnect, ptr('/serviceConnectConfiguration/services', i), { index: i });
    });
  }
}

/** Checks a (camelCase) service. */
export function checkService(svc: Obj, r: Reporter): void {
  if (has(svc, 'launchType') && arr(get(svc, 'capacityProviderStrategy')).length > 0)
    r.report(launchTypeAndStrategy, '/capacityProviderStrategy');
  checkStrategy(svc, r);
  checkDeployment(svc, r);
  checkNetworkAndLb(svc, r);
}

export const SERVICE_RULES = [
  launchTypeAndStrategy,
  strategyRules,
  deploymentStuck,
  circuitBreaker,
  deploymentAlarms,
  assignPublicIp,
  fargateServiceLimits,
  loadBalancerShape,
  gracePeriodWithoutLb,
  serviceConnect,
  daemonController,
];
