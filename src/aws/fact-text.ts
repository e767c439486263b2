/** What each fact in the ledger says, in both languages (kept apart so widgets do not ship it). */
export const FACT_TEXT: Readonly<Record<string, { en: string; ja: string }>> = {
  'capacity-provider-strategy-limits': {
    en: 'A strategy holds 1–20 providers; base is 0–100,000 and only one item may set it; weight is 0–1,000 with a default of 0 in the API and CLI, and at least one weight must be above 0.',
    ja: '戦略のプロバイダーは 1〜20 個。base は 0〜100,000 で 1 項目だけが持てます。weight は 0〜1,000（API と CLI の既定値は 0）で、少なくとも 1 つは 0 より大きくします。',
  },
  'capacity-provider-no-mixing': {
    en: 'FARGATE and FARGATE_SPOT are reserved providers in every account; one strategy cannot mix them with Auto Scaling group providers.',
    ja: 'FARGATE と FARGATE_SPOT はどのアカウントにもある予約済みのプロバイダーで、1 つの戦略に Auto Scaling グループのプロバイダーと混在できません。',
  },
  'circuit-breaker-threshold': {
    en: 'The circuit breaker fails a deployment after ceil(desired × 50 %) failed tasks, clamped to 3–200 (the minimum was 10 before 2024-01-08); thresholdConfiguration (2026) offers BOUNDED_PERCENT, UNBOUNDED_PERCENT and COUNT.',
    ja: 'サーキットブレーカーは ceil(希望タスク数 × 50 %) 個（3〜200 に収める。2024-01-08 までは下限 10）の失敗でデプロイを失敗にします。2026 年からは thresholdConfiguration で BOUNDED_PERCENT・UNBOUNDED_PERCENT・COUNT を選べます。',
  },
  'codedeploy-ecs-configurations': {
    en: 'CodeDeploy offers ECSAllAtOnce, ECSLinear10PercentEvery1Minutes / 3Minutes and ECSCanary10Percent5Minutes / 15Minutes for ECS; custom TimeBasedLinear and TimeBasedCanary configurations exist too.',
    ja: 'CodeDeploy には ECS 用に ECSAllAtOnce、ECSLinear10PercentEvery1Minutes／3Minutes、ECSCanary10Percent5Minutes／15Minutes があり、カスタムの TimeBasedLinear と TimeBasedCanary も作れます。',
  },
  'codedeploy-termination-wait': {
    en: 'CodeDeploy keeps the original (blue) task set for up to 2,880 minutes (terminationWaitTimeInMinutes).',
    ja: 'CodeDeploy は元の（ブルーの）タスクセットを最大 2,880 分（terminationWaitTimeInMinutes）残せます。',
  },
  'ecs-native-deployment-strategies': {
    en: 'ECS-native strategies: ROLLING, BLUE_GREEN (2025-07), LINEAR and CANARY (2025-10). LINEAR stepPercent 3.0–100.0 in 0.1 steps (default 10) with stepBakeTimeInMinutes 0–1440 (6); CANARY canaryPercent 0.1–100.0 (5) with canaryBakeTimeInMinutes 0–1440 (10).',
    ja: 'ECS ネイティブの戦略: ROLLING、BLUE_GREEN（2025-07）、LINEAR と CANARY（2025-10）。LINEAR の stepPercent は 3.0〜100.0（0.1 刻み、既定 10）、stepBakeTimeInMinutes は 0〜1440（既定 6）。CANARY の canaryPercent は 0.1〜100.0（既定 5）、canaryBakeTimeInMinutes は 0〜1440（既定 10）。',
  },
  'fargate-task-sizes': {
    en: 'Fargate task cpu/memory pairs: 0.25 vCPU with 0.5, 1 or 2 GB up to 32 vCPU with exactly 60, 120 or 244 GB; Windows uses 1 to 4 vCPU only.',
    ja: 'Fargate のタスクの cpu とメモリの組み合わせ。0.25 vCPU（0.5・1・2 GB）から 32 vCPU（60・120・244 GB のいずれか）まで。Windows は 1〜4 vCPU のみ。',
  },
  'ec2-task-cpu-range': {
    en: 'Outside Fargate, task-level cpu is optional and ranges from 128 to 196,608 units (0.125 to 192 vCPU).',
    ja: 'Fargate 以外ではタスクレベルの cpu は任意で、128〜196,608 ユニット（0.125〜192 vCPU）です。',
  },
  'fargate-ephemeral-storage': {
    en: 'A Fargate task gets 20 GiB of ephemeral storage; ephemeralStorage.sizeInGiB raises it to 21–200 GiB.',
    ja: 'Fargate のタスクには 20 GiB のエフェメラルストレージが付き、ephemeralStorage.sizeInGiB で 21〜200 GiB にできます。',
  },
  'container-health-check': {
    en: 'Container health check: interval 5–300 s (default 30), timeout 2–60 s (default 5), retries 1–10 (default 3), startPeriod 0–300 s (off by default); the command starts with CMD or CMD-SHELL.',
    ja: 'コンテナヘルスチェック: interval 5〜300 秒（既定 30）、timeout 2〜60 秒（既定 5）、retries 1〜10（既定 3）、startPeriod 0〜300 秒（既定はなし）。command は CMD か CMD-SHELL で始めます。',
  },
  'target-group-health-check': {
    en: 'ALB target group: health check interval 5–300 s (30 for HTTP), timeout 2–120 s (6 for HTTP), healthy threshold 2–10 (5), unhealthy threshold 2–10 (2), deregistration delay 0–3600 s (300); a newly registered target needs one passing check.',
    ja: 'ALB のターゲットグループ: ヘルスチェック間隔 5〜300 秒（HTTP は 30）、タイムアウト 2〜120 秒（HTTP は 6）、正常のしきい値 2〜10（5）、非正常のしきい値 2〜10（2）、登録解除の遅延 0〜3600 秒（300）。新しく登録したターゲットは 1 回の成功で正常になります。',
  },
  'healthy-without-checks': {
    en: 'During a deployment a task without a load balancer or container health check counts as healthy 40 seconds after it reaches RUNNING.',
    ja: 'デプロイ中、ロードバランサーもコンテナヘルスチェックもないタスクは、RUNNING になって 40 秒後に healthy とみなされます。',
  },
  'fargate-stop-timeout': {
    en: "On Fargate a container's stopTimeout is 2–120 s with a default of 30 s; ECS sends SIGTERM, waits that long, then sends SIGKILL.",
    ja: 'Fargate のコンテナの stopTimeout は 2〜120 秒（既定 30 秒）です。ECS は SIGTERM を送り、この時間待ってから SIGKILL を送ります。',
  },
  'price-fargate-us-east-1': {
    en: 'Fargate on-demand prices in us-east-1: Linux/x86 $0.04048 per vCPU-hour and $0.004445 per GB-hour, Linux/ARM $0.03238 and $0.00356, Windows $0.09148 + $0.046 licence and $0.01005, storage above 20 GB $0.000111 per GB-hour.',
    ja: 'us-east-1 の Fargate オンデマンド料金: Linux/x86 は vCPU 時間あたり $0.04048・GB 時間あたり $0.004445、Linux/ARM は $0.03238 と $0.00356、Windows は $0.09148＋ライセンス $0.046 と $0.01005、20 GB を超えるストレージは GB 時間あたり $0.000111。',
  },
  'price-fargate-ap-northeast-1': {
    en: 'Fargate on-demand prices in Tokyo (Linux/x86 only): $0.05056 per vCPU-hour, $0.005536 per GB-hour, storage above 20 GB $0.00014 per GB-hour. ARM prices are not in our data.',
    ja: '東京リージョンの Fargate オンデマンド料金（Linux/x86 のみ）: vCPU 時間あたり $0.05056、GB 時間あたり $0.005536、20 GB を超えるストレージは GB 時間あたり $0.00014。ARM の料金はデータにありません。',
  },
  'price-ec2-us-east-1': {
    en: 'EC2 Linux on-demand prices in us-east-1 (t3, m5, c6g, t4g, m6g, m7g), from the price map Karpenter generates from the AWS Price List API.',
    ja: 'us-east-1 の EC2 Linux オンデマンド料金（t3、m5、c6g、t4g、m6g、m7g）。Karpenter が AWS Price List API から生成する価格表によります。',
  },
  'price-ec2-ap-northeast-1': {
    en: 'EC2 Linux on-demand prices in Tokyo for t3.small, t3.medium and m5.large, copied from four independent public repositories that agree. Those copies are undated, so the values still need comparing with the AWS price page.',
    ja: '東京リージョンの EC2 Linux オンデマンド料金（t3.small、t3.medium、m5.large）。4 つの独立した公開リポジトリで一致した値を写したものです。出典に日付がないため、AWS の料金ページとの照合が必要です。',
  },
  'price-fargate-spot-discount': {
    en: 'AWS describes Fargate Spot as up to 70 % off the Fargate price; the real rate varies and is not a fixed discount.',
    ja: 'AWS は Fargate Spot を Fargate 料金の最大 70 % 引きと説明しています。実際の料金は変動し、固定の割引ではありません。',
  },
  'fargate-billing': {
    en: 'Fargate bills vCPU and memory per second, from the start of the image pull until the task stops, with a one-minute minimum per task, for the requested task size.',
    ja: 'Fargate は要求したタスクサイズの vCPU とメモリを、イメージの取得開始からタスク停止まで 1 秒単位（タスクごとに最低 1 分）で課金します。',
  },
  'ecs-quotas': {
    en: 'ECS quotas: 10 containers per task definition, 64 KiB per task definition (32 KiB before 2021), 5,000 tasks per service by default, 20 capacity providers per cluster, 50 tags per resource.',
    ja: 'ECS のクォータ: タスク定義あたりコンテナ 10 個、タスク定義のサイズ 64 KiB（2021 年までは 32 KiB）、サービスあたりのタスク数は既定で 5,000、クラスターあたりのキャパシティプロバイダー 20 個、リソースあたりのタグ 50 個。',
  },
  'rolling-deployment-defaults': {
    en: 'minimumHealthyPercent and maximumPercent default to 100 and 200 for REPLICA services, and to 0 and 100 for DAEMON services (API, CLI and SDK).',
    ja: 'minimumHealthyPercent と maximumPercent の既定値は、REPLICA サービスでは 100 と 200、DAEMON サービスでは 0 と 100 です（API・CLI・SDK）。',
  },
  'rolling-deployment-rounding': {
    en: 'desiredCount × minimumHealthyPercent is rounded up and desiredCount × maximumPercent is rounded down; when neither a stop nor a start is possible the deployment stalls.',
    ja: 'desiredCount × minimumHealthyPercent は切り上げ、desiredCount × maximumPercent は切り捨てです。停止も起動もできない設定ではデプロイが止まります。',
  },
  'schedule-expression-formats': {
    en: 'A schedule is at(yyyy-mm-ddThh:mm:ss), rate(N minute|minutes|hour|hours|day|days) or cron(minutes hours day-of-month month day-of-week year); one of the two day fields is ?, and L, W and # are allowed.',
    ja: 'スケジュールは at(yyyy-mm-ddThh:mm:ss)、rate(N minute|minutes|hour|hours|day|days)、cron(分 時 日 月 曜日 年) のいずれかです。日と曜日のどちらかは ? にし、L・W・# も使えます。',
  },
  'schedule-time-zone': {
    en: 'Scheduled actions run in UTC unless Timezone names an IANA time zone such as Asia/Tokyo; daylight saving is followed. StartTime and EndTime are always UTC.',
    ja: 'スケジュールアクションは Timezone に IANA のタイムゾーン名（例 Asia/Tokyo）を指定しない限り UTC で動き、夏時間にも従います。StartTime と EndTime は常に UTC です。',
  },
  'codedeploy-ecs-lifecycle': {
    en: 'CodeDeploy runs ECS deployments through BeforeInstall, Install, AfterInstall, AllowTestTraffic, AfterAllowTestTraffic, BeforeAllowTraffic, AllowTraffic and AfterAllowTraffic; hooks run only at BeforeInstall, AfterInstall, AfterAllowTestTraffic, BeforeAllowTraffic and AfterAllowTraffic.',
    ja: 'CodeDeploy の ECS デプロイは BeforeInstall、Install、AfterInstall、AllowTestTraffic、AfterAllowTestTraffic、BeforeAllowTraffic、AllowTraffic、AfterAllowTraffic の順に進みます。フックを実行できるのは BeforeInstall、AfterInstall、AfterAllowTestTraffic、BeforeAllowTraffic、AfterAllowTraffic だけです。',
  },
  'ecs-native-lifecycle-stages': {
    en: 'ECS-native blue/green, linear and canary deployments pass RECONCILE_SERVICE, PRE_SCALE_UP, SCALE_UP, POST_SCALE_UP, the test and production traffic shift stages, BAKE_TIME and CLEAN_UP; every stage but SCALE_UP, BAKE_TIME and CLEAN_UP takes a lifecycle hook.',
    ja: 'ECS ネイティブのブルー/グリーン・リニア・カナリアデプロイは RECONCILE_SERVICE、PRE_SCALE_UP、SCALE_UP、POST_SCALE_UP、テスト用と本番用のトラフィック移行ステージ、BAKE_TIME、CLEAN_UP を通ります。SCALE_UP、BAKE_TIME、CLEAN_UP 以外のステージにはライフサイクルフックを設定できます。',
  },
};
