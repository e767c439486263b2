/** JSON Schemas of Application Auto Scaling inputs for ECS services. */
import { arrayOf, bool, enumOf, int, num, obj, str, type Schema } from './helpers.ts';

const namespace = str('ecs for ECS services.', 'ECS サービスでは ecs');
const resourceId = str('service/<cluster>/<service>', 'service/<クラスター名>/<サービス名>');
const dimension = str(
  'ecs:service:DesiredCount for ECS services.',
  'ECS サービスでは ecs:service:DesiredCount',
);

export const scalingTargetSchema: Schema = obj(
  {
    ServiceNamespace: namespace,
    ResourceId: resourceId,
    ScalableDimension: dimension,
    MinCapacity: int(
      'Lowest task count (≥1 recommended so metrics keep flowing).',
      '最小タスク数（メトリクスが途切れないよう1以上を推奨）',
      { minimum: 0 },
    ),
    MaxCapacity: int('Highest task count.', '最大タスク数', { minimum: 0 }),
    RoleARN: str('Leave out to use the service-linked role.', '省略するとサービスリンクロールを使う'),
    SuspendedState: obj(
      {
        DynamicScalingInSuspended: bool('Pause scale-in.', 'スケールインを停止'),
        DynamicScalingOutSuspended: bool('Pause scale-out.', 'スケールアウトを停止'),
        ScheduledScalingSuspended: bool('Pause scheduled actions.', 'スケジュールアクションを停止'),
      },
      'Pause parts of scaling.',
      'スケーリングの一時停止',
    ),
    Tags: { type: 'object', additionalProperties: { type: 'string' } },
  },
  'Input of aws application-autoscaling register-scalable-target.',
  'aws application-autoscaling register-scalable-target の入力',
  { required: ['ServiceNamespace', 'ResourceId', 'ScalableDimension'] },
);

const cooldown = (en: string, ja: string): Schema => int(en, ja, { minimum: 0, maximum: 3600 });

export const scalingPolicySchema: Schema = obj(
  {
    PolicyName: str('Policy name.', 'ポリシー名', { minLength: 1, maxLength: 256 }),
    ServiceNamespace: namespace,
    ResourceId: resourceId,
    ScalableDimension: dimension,
    PolicyType: enumOf(
      ['TargetTrackingScaling', 'StepScaling', 'PredictiveScaling'],
      'Policy type.',
      'ポリシーの種類',
    ),
    TargetTrackingScalingPolicyConfiguration: obj(
      {
        TargetValue: num('Target value of the metric, e.g. 60 (%).', 'メトリクスの目標値（例 60%）'),
        PredefinedMetricSpecification: obj(
          {
            PredefinedMetricType: enumOf(
              [
                'ECSServiceAverageCPUUtilization',
                'ECSServiceAverageMemoryUtilization',
                'ALBRequestCountPerTarget',
                'ECSServiceAverageCPUUtilizationHighResolution',
                'ECSServiceAverageMemoryUtilizationHighResolution',
              ],
              'Predefined ECS metric.',
              'ECS の定義済みメトリクス',
            ),
            ResourceLabel: str(
              'Only with ALBRequestCountPerTarget: app/<lb>/<id>/targetgroup/<tg>/<id>.',
              'ALBRequestCountPerTarget のときだけ: app/<lb>/<id>/targetgroup/<tg>/<id>',
              { maxLength: 1023 },
            ),
          },
          'A predefined metric.',
          '定義済みメトリクス',
          { required: ['PredefinedMetricType'] },
        ),
        CustomizedMetricSpecification: {
          type: 'object',
          description: 'A CloudWatch metric of your own.',
          'x-description-ja': '独自の CloudWatch メトリクス',
        },
        ScaleOutCooldown: cooldown(
          'Seconds after a scale-out before the next (default 300).',
          'スケールアウト後のクールダウン秒（既定 300）',
        ),
        ScaleInCooldown: cooldown(
          'Seconds after a scale-in before the next (default 300).',
          'スケールイン後のクールダウン秒（既定 300）',
        ),
        DisableScaleIn: bool('Never remove tasks with this policy.', 'このポリシーではタスクを減らさない'),
      },
      'Target tracking settings.',
      'ターゲット追跡の設定',
      { required: ['TargetValue'] },
    ),
    StepScalingPolicyConfiguration: obj(
      {
        AdjustmentType: enumOf(
          ['ChangeInCapacity', 'PercentChangeInCapacity', 'ExactCapacity'],
          'How ScalingAdjustment is applied.',
          'ScalingAdjustment の適用方法',
        ),
        StepAdjustments: arrayOf(
          obj(
            {
              MetricIntervalLowerBound: num(
                'Lower bound relative to the alarm threshold.',
                'アラームしきい値からの下限',
              ),
              MetricIntervalUpperBound: num(
                'Upper bound relative to the alarm threshold.',
                'アラームしきい値からの上限',
              ),
              ScalingAdjustment: int('Tasks to add (negative removes).', '追加するタスク数（負で削減）'),
            },
            'A step.',
            'ステップ',
            { required: ['ScalingAdjustment'] },
          ),
          'Steps: ranges must not overlap or leave gaps.',
          'ステップ。範囲の重なりや隙間は不可',
        ),
        MinAdjustmentMagnitude: int(
          'Minimum change for PercentChangeInCapacity.',
          'PercentChangeInCapacity の最小変更数',
        ),
        Cooldown: cooldown('Seconds to wait after a step (default 300).', 'ステップ後の待機秒（既定 300）'),
        MetricAggregationType: enumOf(
          ['Average', 'Minimum', 'Maximum'],
          'Aggregation (default Average).',
          '集計方法（既定 Average）',
        ),
      },
      'Step scaling settings.',
      'ステップスケーリングの設定',
    ),
    PredictiveScalingPolicyConfiguration: {
      type: 'object',
      description: 'Predictive scaling settings.',
      'x-description-ja': '予測スケーリングの設定',
    },
  },
  'Input of aws application-autoscaling put-scaling-policy.',
  'aws application-autoscaling put-scaling-policy の入力',
  { required: ['PolicyName', 'ServiceNamespace', 'ResourceId', 'ScalableDimension'] },
);

export const scheduledActionSchema: Schema = obj(
  {
    ServiceNamespace: namespace,
    Schedule: str(
      'at(yyyy-mm-ddThh:mm:ss), rate(N unit) or cron(min hour dom month dow year).',
      'at(...)、rate(...)、cron(分 時 日 月 曜日 年)',
    ),
    Timezone: str(
      'IANA time zone, e.g. Asia/Tokyo (default UTC).',
      'IANA タイムゾーン（例 Asia/Tokyo、既定 UTC）',
    ),
    ScheduledActionName: str('Unique per scalable target.', 'スケーラブルターゲットごとに一意な名前', {
      minLength: 1,
      maxLength: 256,
    }),
    ResourceId: resourceId,
    ScalableDimension: dimension,
    StartTime: str('Start (UTC).', '開始日時（UTC）'),
    EndTime: str('End (UTC).', '終了日時（UTC）'),
    ScalableTargetAction: obj(
      {
        MinCapacity: int('New minimum.', '新しい最小値', { minimum: 0 }),
        MaxCapacity: int('New maximum.', '新しい最大値', { minimum: 0 }),
      },
      'New min/max capacity.',
      '新しい最小／最大キャパシティ',
    ),
  },
  'Input of aws application-autoscaling put-scheduled-action.',
  'aws application-autoscaling put-scheduled-action の入力',
  { required: ['ServiceNamespace', 'ScheduledActionName', 'ResourceId', 'ScalableDimension'] },
);
