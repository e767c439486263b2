/** JSON Schema of `aws ecs create-service` / `update-service` `--cli-input-json` input. */
import { arrayOf, bool, d, enumOf, int, num, obj, str, tags, type Schema } from './helpers.ts';
import { logConfiguration } from './taskdef.ts';

export const strategyItem = obj(
  {
    capacityProvider: str(
      'FARGATE, FARGATE_SPOT or an Auto Scaling group capacity provider.',
      'FARGATE・FARGATE_SPOT または ASG キャパシティプロバイダー',
    ),
    base: int(
      'Minimum tasks on this provider, placed first. Only one item may set it. 0–100000.',
      'このプロバイダーに最初に置く最小タスク数。指定できるのは1項目のみ。0〜100000',
      { minimum: 0, maximum: 100000 },
    ),
    weight: int('Relative share after the base, 0–1000.', 'base を満たした後の配分比 0〜1000', {
      minimum: 0,
      maximum: 1000,
    }),
  },
  'One capacity provider in the strategy.',
  'キャパシティプロバイダー戦略の1項目',
  { required: ['capacityProvider'] },
);

const deploymentConfiguration = obj(
  {
    deploymentCircuitBreaker: obj(
      {
        enable: bool('Turn the circuit breaker on.', 'サーキットブレーカーを有効にする'),
        rollback: bool(
          'Roll back to the last COMPLETED deployment when it trips.',
          '作動時に最後に完了したデプロイへロールバックする',
        ),
        thresholdConfiguration: obj(
          {
            type: enumOf(
              ['BOUNDED_PERCENT', 'COUNT', 'UNBOUNDED_PERCENT'],
              'How value is read: a percentage or a task count.',
              'value の解釈（割合かタスク数）',
            ),
            value: int('Threshold value.', 'しきい値'),
          },
          'Failure threshold.',
          '失敗しきい値',
          { required: ['type', 'value'] },
        ),
        resetOnHealthyTask: bool(
          'A healthy task resets the failure count (default true).',
          '正常なタスクで失敗数をリセット（既定 true）',
        ),
      },
      'Deployment circuit breaker (rolling deployments).',
      'デプロイのサーキットブレーカー',
      { required: ['enable', 'rollback'] },
    ),
    maximumPercent: int(
      'Upper limit on RUNNING+PENDING tasks, % of desiredCount, rounded down (default 200).',
      'RUNNING+PENDING タスクの上限（desiredCount の%、切り捨て、既定 200）',
      { minimum: 0 },
    ),
    minimumHealthyPercent: int(
      'Lower limit on healthy RUNNING tasks, % of desiredCount, rounded up (default 100).',
      '正常な RUNNING タスクの下限（desiredCount の%、切り上げ、既定 100）',
      { minimum: 0 },
    ),
    alarms: obj(
      {
        alarmNames: arrayOf({ type: 'string' }, 'CloudWatch alarm names.', 'CloudWatch アラーム名'),
        enable: bool('Watch the alarms during deployments.', 'デプロイ中にアラームを監視する'),
        rollback: bool('Roll back when an alarm fires.', 'アラーム発報でロールバックする'),
      },
      'CloudWatch alarms that fail a deployment.',
      'デプロイを失敗にする CloudWatch アラーム',
      { required: ['alarmNames', 'enable', 'rollback'] },
    ),
    strategy: enumOf(
      ['ROLLING', 'BLUE_GREEN', 'LINEAR', 'CANARY'],
      'Deployment strategy (deployment controller ECS).',
      'デプロイ戦略（ECS コントローラー）',
    ),
    bakeTimeInMinutes: int(
      'Minutes both revisions run after traffic shifts (blue/green).',
      'トラフィック切替後に両リビジョンを動かす分数',
    ),
    lifecycleHooks: arrayOf({ type: 'object' }, 'Lifecycle hooks.', 'ライフサイクルフック'),
    linearConfiguration: obj(
      {
        stepPercent: num('Percent of traffic shifted per step.', '1ステップで移すトラフィックの割合'),
        stepBakeTimeInMinutes: int('Minutes between steps.', 'ステップ間の待ち時間（分）'),
      },
      'LINEAR step settings.',
      'LINEAR の設定',
    ),
    canaryConfiguration: obj(
      {
        canaryPercent: num('Percent of traffic shifted first.', '最初に移すトラフィックの割合'),
        canaryBakeTimeInMinutes: int('Minutes before the rest shifts.', '残りを移すまでの分数'),
      },
      'CANARY settings.',
      'CANARY の設定',
    ),
    earlySuccessCriteria: obj(
      {
        enable: bool('Turn early success on.', '早期成功判定を有効にする'),
        healthyPercent: int('Healthy percent that counts as success.', '成功とみなす正常タスクの割合'),
        sourceServiceRevisionCleanup: enumOf(
          ['BLOCKING', 'DEFERRED'],
          'When the old revision is cleaned up.',
          '旧リビジョンを片付けるタイミング',
        ),
      },
      'Finish a deployment early once enough tasks are healthy.',
      '十分なタスクが正常になったらデプロイを早く完了する',
      { required: ['enable'] },
    ),
  },
  'How a deployment replaces tasks.',
  'デプロイでタスクを置き換える方法',
);

export const networkConfiguration = obj(
  {
    awsvpcConfiguration: obj(
      {
        subnets: arrayOf({ type: 'string' }, 'Subnet IDs (≤16).', 'サブネット ID（16個まで）', {
          maxItems: 16,
          minItems: 1,
        }),
        securityGroups: arrayOf(
          { type: 'string' },
          'Security group IDs (≤5).',
          'セキュリティグループ ID（5個まで）',
          { maxItems: 5 },
        ),
        assignPublicIp: enumOf(
          ['ENABLED', 'DISABLED'],
          'Give tasks a public IP. Prefer DISABLED with private subnets.',
          'タスクにパブリック IP を付けるか。プライベートサブネットで DISABLED を推奨',
        ),
      },
      'Subnets and security groups of awsvpc tasks.',
      'awsvpc タスクのサブネットとセキュリティグループ',
      { required: ['subnets'] },
    ),
  },
  'Required when the task definition uses awsvpc.',
  'タスク定義が awsvpc なら必須',
);

const loadBalancer = obj(
  {
    targetGroupArn: str('Target group ARN (ALB/NLB).', 'ターゲットグループの ARN（ALB/NLB）'),
    loadBalancerName: str('Classic Load Balancer name.', 'Classic Load Balancer 名'),
    containerName: str('Container that receives the traffic.', 'トラフィックを受けるコンテナ'),
    containerPort: int('Port of that container.', 'そのコンテナのポート', { minimum: 0, maximum: 65535 }),
    advancedConfiguration: obj(
      {
        alternateTargetGroupArn: str(
          'Target group of the new revision.',
          '新リビジョン用のターゲットグループ',
        ),
        productionListenerRule: str(
          'Listener rule ARN for production traffic.',
          '本番トラフィックのリスナールール ARN',
        ),
        testListenerRule: str(
          'Listener rule ARN for test traffic.',
          'テストトラフィックのリスナールール ARN',
        ),
        roleArn: str(
          'Role ECS uses to change the listener rules.',
          'ECS がリスナールールを変えるためのロール',
        ),
      },
      'Blue/green target groups and listener rules.',
      'Blue/Green 用のターゲットグループとリスナールール',
    ),
  },
  'A load balancer target.',
  'ロードバランサーのターゲット',
);

const serviceConnectConfiguration = obj(
  {
    enabled: bool('Turn Service Connect on.', 'Service Connect を有効にする'),
    namespace: str('Cloud Map namespace.', 'Cloud Map 名前空間'),
    services: arrayOf(
      obj(
        {
          portName: str('portMappings[].name of the container port.', 'コンテナの portMappings[].name'),
          discoveryName: str('Name in the namespace.', '名前空間内の名前'),
          clientAliases: arrayOf(
            obj(
              {
                port: int('Port clients connect to.', 'クライアントが接続するポート'),
                dnsName: str('DNS name clients use.', 'クライアントが使う DNS 名'),
                testTrafficRules: {
                  type: 'object',
                  ...d('Test traffic header rules.', 'テストトラフィックのヘッダールール'),
                },
              },
              'An alias clients use.',
              'クライアントが使う別名',
              { required: ['port'] },
            ),
            'Aliases clients use (port, dnsName).',
            'クライアントが使う別名',
          ),
          ingressPortOverride: int('Port the proxy listens on.', 'プロキシが待ち受けるポート'),
          timeout: obj(
            {
              idleTimeoutSeconds: int('Idle timeout in seconds.', 'アイドルタイムアウト（秒）'),
              perRequestTimeoutSeconds: int(
                'Per-request timeout in seconds.',
                'リクエストごとのタイムアウト（秒）',
              ),
            },
            'Proxy timeouts.',
            'プロキシのタイムアウト',
          ),
          tls: {
            type: 'object',
            ...d('TLS between Service Connect proxies.', 'Service Connect プロキシ間の TLS'),
          },
        },
        'A Service Connect endpoint.',
        'Service Connect のエンドポイント',
        { required: ['portName'] },
      ),
      'Endpoints this service offers.',
      'このサービスが提供するエンドポイント',
    ),
    logConfiguration: {
      ...logConfiguration,
      ...d('Logs of the Service Connect proxy.', 'Service Connect プロキシのログ'),
    },
    accessLogConfiguration: obj(
      {
        format: enumOf(['JSON', 'TEXT'], 'Log format.', 'ログ形式'),
        includeQueryParameters: enumOf(
          ['ENABLED', 'DISABLED'],
          'Log query strings.',
          'クエリ文字列を記録する',
        ),
      },
      'Proxy access logs.',
      'プロキシのアクセスログ',
      { required: ['format'] },
    ),
    containerConfigurations: arrayOf(
      { type: 'object' },
      'Per-container Service Connect settings.',
      'コンテナごとの Service Connect 設定',
    ),
  },
  'Service Connect settings.',
  'Service Connect の設定',
  { required: ['enabled'] },
);

export const serviceSchema: Schema = obj(
  {
    cluster: str('Cluster name or ARN.', 'クラスター名または ARN'),
    serviceName: str('Service name (create-service).', 'サービス名（create-service）'),
    service: str('Service name (update-service).', 'サービス名（update-service）'),
    taskDefinition: str('family or family:revision or ARN.', 'family、family:revision または ARN'),
    availabilityZoneRebalancing: enumOf(
      ['ENABLED', 'DISABLED'],
      'Rebalance tasks across AZs.',
      'AZ 間でタスクを再配置する',
    ),
    loadBalancers: arrayOf(loadBalancer, 'Load balancer targets.', 'ロードバランサー'),
    serviceRegistries: arrayOf(
      obj(
        {
          registryArn: str('Cloud Map service ARN.', 'Cloud Map サービスの ARN'),
          port: int('Port for SRV records.', 'SRV レコードのポート'),
          containerName: str('Container for SRV records.', 'SRV レコードのコンテナ'),
          containerPort: int('Container port for SRV records.', 'SRV レコードのコンテナポート'),
        },
        'A Cloud Map registry.',
        'Cloud Map のレジストリ',
      ),
      'Cloud Map service discovery.',
      'Cloud Map サービス検出',
    ),
    desiredCount: int('Number of tasks to keep running.', '維持するタスク数', { minimum: 0 }),
    clientToken: str('Idempotency token.', '冪等性トークン'),
    launchType: enumOf(
      ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'],
      'Launch type; not together with capacityProviderStrategy.',
      '起動タイプ。capacityProviderStrategy とは併用不可',
    ),
    capacityProviderStrategy: arrayOf(
      strategyItem,
      'Capacity provider strategy (≤20 items); not together with launchType.',
      'キャパシティプロバイダー戦略（20項目まで）。launchType とは併用不可',
    ),
    platformVersion: str(
      'Fargate platform version, e.g. LATEST or 1.4.0.',
      'Fargate プラットフォームバージョン',
    ),
    role: str(
      'Legacy service role for load balancers (use the service-linked role).',
      'ロードバランサー用の旧サービスロール',
    ),
    deploymentConfiguration,
    placementConstraints: arrayOf(
      obj(
        {
          type: enumOf(['distinctInstance', 'memberOf'], 'Constraint type.', '制約の種類'),
          expression: str(
            'Cluster query language expression (memberOf).',
            'クラスタークエリ言語の式（memberOf）',
          ),
        },
        'A placement constraint.',
        '配置制約',
      ),
      'Placement constraints (not on Fargate).',
      '配置制約（Fargate 不可）',
    ),
    placementStrategy: arrayOf(
      obj(
        {
          type: enumOf(['binpack', 'random', 'spread'], 'Strategy type.', '戦略の種類'),
          field: str(
            'Field, e.g. attribute:ecs.availability-zone or memory.',
            '対象（例 attribute:ecs.availability-zone、memory）',
          ),
        },
        'A placement strategy.',
        '配置戦略',
      ),
      'Placement strategy (EC2).',
      '配置戦略（EC2）',
    ),
    networkConfiguration,
    healthCheckGracePeriodSeconds: int(
      'Seconds to ignore failing health checks after a task starts.',
      'タスク起動後にヘルスチェック失敗を無視する秒数',
      { minimum: 0 },
    ),
    schedulingStrategy: enumOf(
      ['REPLICA', 'DAEMON'],
      'REPLICA or DAEMON (DAEMON is not on Fargate).',
      'REPLICA または DAEMON（Fargate は DAEMON 不可）',
    ),
    deploymentController: obj(
      {
        type: enumOf(['ECS', 'CODE_DEPLOY', 'EXTERNAL'], 'Deployment controller.', 'デプロイコントローラー'),
      },
      'Who runs deployments.',
      'デプロイを実行する仕組み',
      { required: ['type'] },
    ),
    tags,
    enableECSManagedTags: bool('Tag tasks with cluster and service.', 'タスクに ECS 管理タグを付ける'),
    propagateTags: enumOf(
      ['TASK_DEFINITION', 'SERVICE', 'NONE'],
      'Copy tags to tasks.',
      'タグをタスクへ伝播する',
    ),
    enableExecuteCommand: bool('Allow ECS Exec.', 'ECS Exec を許可する'),
    serviceConnectConfiguration,
    volumeConfigurations: arrayOf(
      { type: 'object' },
      'EBS volumes configured at launch.',
      '起動時に設定する EBS ボリューム',
    ),
    vpcLatticeConfigurations: arrayOf({ type: 'object' }, 'VPC Lattice target groups.', 'VPC Lattice'),
    gatewayConnectors: arrayOf({ type: 'object' }, 'Gateway connectors.', 'ゲートウェイコネクター'),
    monitoring: { type: 'object', ...d('Extra service metrics.', '追加のサービスメトリクス') },
    forceNewDeployment: bool(
      'Start a new deployment even without changes (update-service).',
      '変更がなくても新しいデプロイを始める（update-service）',
    ),
  },
  'Input of aws ecs create-service / update-service --cli-input-json.',
  'aws ecs create-service / update-service --cli-input-json の入力',
);
