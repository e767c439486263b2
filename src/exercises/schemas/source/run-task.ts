/**
 * JSON Schema of `aws ecs run-task --cli-input-json` input, from the RunTaskRequest shape of the
 * AWS SDK (@aws-sdk/client-ecs). https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html
 */
import { arrayOf, bool, enumOf, int, keyValueList, obj, str, tags, type Schema } from './helpers.ts';
import { networkConfiguration, strategyItem } from './service.ts';

const containerOverride = obj(
  {
    name: str('Container to override (its name in the task definition).', '上書きするコンテナの名前'),
    command: arrayOf({ type: 'string' }, 'Command to run instead.', '代わりに実行するコマンド'),
    environment: keyValueList,
    environmentFiles: arrayOf({ type: 'object' }, 'Environment files in S3.', 'S3 の環境変数ファイル'),
    cpu: int('cpu units for the container.', 'コンテナの cpu ユニット'),
    memory: int('Hard memory limit (MiB).', 'メモリのハード上限（MiB）'),
    memoryReservation: int('Soft memory limit (MiB).', 'メモリのソフト上限（MiB）'),
    resourceRequirements: arrayOf({ type: 'object' }, 'GPU requirements.', 'GPU の要求'),
  },
  'Overrides for one container.',
  '1つのコンテナの上書き',
);

export const runTaskSchema: Schema = obj(
  {
    cluster: str(
      'Cluster name or ARN (default cluster when omitted).',
      'クラスター名または ARN（省略時は default）',
    ),
    taskDefinition: str('family, family:revision or ARN.', 'family、family:revision または ARN'),
    count: int('Tasks to start, 1–10 per call.', '起動するタスク数（1回の呼び出しで 1〜10）', {
      minimum: 1,
      maximum: 10,
    }),
    launchType: enumOf(
      ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'],
      'Launch type; not together with capacityProviderStrategy.',
      '起動タイプ。capacityProviderStrategy とは併用不可',
    ),
    capacityProviderStrategy: arrayOf(
      strategyItem,
      'Capacity provider strategy; not together with launchType.',
      'キャパシティプロバイダー戦略。launchType とは併用不可',
    ),
    platformVersion: str('Fargate platform version.', 'Fargate プラットフォームバージョン'),
    networkConfiguration,
    overrides: obj(
      {
        containerOverrides: arrayOf(containerOverride, 'Per-container overrides.', 'コンテナごとの上書き'),
        cpu: str('Task cpu override.', 'タスク cpu の上書き'),
        memory: str('Task memory override.', 'タスク memory の上書き'),
        executionRoleArn: str('Task execution role override.', 'タスク実行ロールの上書き'),
        taskRoleArn: str('Task role override.', 'タスクロールの上書き'),
        ephemeralStorage: { type: 'object' },
        inferenceAcceleratorOverrides: arrayOf(
          { type: 'object' },
          'Elastic Inference overrides.',
          'Elastic Inference',
        ),
      },
      'Overrides for this run only.',
      'この実行だけの上書き',
    ),
    placementConstraints: arrayOf({ type: 'object' }, 'Placement constraints (EC2).', '配置制約（EC2）'),
    placementStrategy: arrayOf({ type: 'object' }, 'Placement strategy (EC2).', '配置戦略（EC2）'),
    group: str('Task group name (family:<name> by default).', 'タスクグループ名'),
    startedBy: str('Tag that says who started the task (≤128 characters).', 'タスクの起動者（128文字以内）', {
      maxLength: 128,
    }),
    referenceId: str('Reference id for the task.', 'タスクの参照 ID'),
    propagateTags: enumOf(
      ['TASK_DEFINITION', 'SERVICE', 'NONE'],
      'Copy tags to the task (RunTask: TASK_DEFINITION or NONE).',
      'タグをタスクへ伝播する（RunTask では TASK_DEFINITION か NONE）',
    ),
    enableECSManagedTags: bool('Tag the task with its cluster.', 'タスクに ECS 管理タグを付ける'),
    enableExecuteCommand: bool('Allow ECS Exec.', 'ECS Exec を許可する'),
    tags,
    clientToken: str('Idempotency token.', '冪等性トークン'),
    volumeConfigurations: arrayOf(
      { type: 'object' },
      'EBS volumes configured at launch.',
      '起動時に設定する EBS ボリューム',
    ),
  },
  'Input of aws ecs run-task --cli-input-json.',
  'aws ecs run-task --cli-input-json の入力',
  { required: ['taskDefinition'] },
);
