/** JSON Schema of `aws ecs register-task-definition --cli-input-json` input. */
import {
  arrayOf,
  bool,
  d,
  enumOf,
  int,
  keyValueList,
  obj,
  str,
  stringMap,
  tags,
  type Schema,
} from './helpers.ts';

const NAME = '^[A-Za-z0-9_-]{1,255}$';

const portMapping = obj(
  {
    containerPort: int('Port the container listens on.', 'コンテナが待ち受けるポート', {
      minimum: 0,
      maximum: 65535,
    }),
    hostPort: int(
      'Host port. With awsvpc or host networking omit it or make it equal to containerPort; 0 in bridge mode means a dynamic port.',
      'ホスト側ポート。awsvpc/host では省略するか containerPort と同じ値。bridge で 0 は動的ポート',
      { minimum: 0, maximum: 65535 },
    ),
    protocol: enumOf(['tcp', 'udp'], 'tcp (default) or udp.', 'tcp（既定）または udp'),
    name: str('Port name used by Service Connect.', 'Service Connect が使うポート名', { maxLength: 64 }),
    appProtocol: enumOf(
      ['http', 'http2', 'grpc'],
      'Application protocol for Service Connect.',
      'Service Connect 用のアプリケーションプロトコル',
    ),
    containerPortRange: str(
      'Port range such as 8000-8010 (awsvpc or bridge).',
      'ポート範囲（例: 8000-8010）',
    ),
  },
  'A port mapping.',
  'ポートマッピング',
);

const healthCheck = obj(
  {
    command: arrayOf(
      { type: 'string' },
      'Command; the first item is CMD or CMD-SHELL. Exit code 0 means healthy.',
      'コマンド。先頭は CMD か CMD-SHELL。終了コード 0 が正常',
      { minItems: 1 },
    ),
    interval: int('Seconds between checks, 5–300 (default 30).', 'チェック間隔（秒）5〜300、既定 30'),
    timeout: int(
      'Seconds before a check counts as failed, 2–60 (default 5).',
      'タイムアウト（秒）2〜60、既定 5',
    ),
    retries: int(
      'Failures before UNHEALTHY, 1–10 (default 3).',
      'UNHEALTHY になるまでの失敗回数 1〜10、既定 3',
    ),
    startPeriod: int(
      'Grace period in seconds, 0–300; failures in it do not count.',
      '起動猶予（秒）0〜300。この間の失敗は数えない',
    ),
  },
  'Container health check (Docker HEALTHCHECK).',
  'コンテナのヘルスチェック',
  { required: ['command'] },
);

const logConfiguration = obj(
  {
    logDriver: enumOf(
      [
        'awslogs',
        'fluentd',
        'gelf',
        'json-file',
        'journald',
        'logentries',
        'syslog',
        'splunk',
        'awsfirelens',
      ],
      'Log driver. Fargate supports awslogs, splunk and awsfirelens.',
      'ログドライバー。Fargate は awslogs・splunk・awsfirelens のみ',
    ),
    options: stringMap(
      'Driver options, e.g. awslogs-group, awslogs-region, awslogs-stream-prefix.',
      'ドライバーのオプション（awslogs-group、awslogs-region、awslogs-stream-prefix など）',
    ),
    secretOptions: arrayOf(
      obj(
        {
          name: str('Option name.', 'オプション名'),
          valueFrom: str('Secret ARN or parameter name.', 'シークレットの ARN またはパラメータ名'),
        },
        'A secret option.',
        'シークレットのオプション',
        { required: ['name', 'valueFrom'] },
      ),
      'Secrets passed to the log driver.',
      'ログドライバーに渡すシークレット',
    ),
  },
  'Where the container sends its logs.',
  'コンテナのログの送り先',
  { required: ['logDriver'] },
);

const containerDefinition = obj(
  {
    name: str(
      'Container name: letters, digits, _ and -, up to 255.',
      'コンテナ名（英数字・_・-、255文字以内）',
      { pattern: NAME },
    ),
    image: str(
      'Image, e.g. public.ecr.aws/nginx/nginx:1.27 or an ECR URI. Pin a tag or digest.',
      'イメージ。タグかダイジェストで固定する',
    ),
    repositoryCredentials: obj(
      {
        credentialsParameter: str(
          'Secrets Manager ARN of registry credentials.',
          'レジストリ認証情報の Secrets Manager ARN',
        ),
      },
      'Private registry credentials.',
      'プライベートレジストリの認証情報',
    ),
    cpu: int(
      'CPU units reserved for the container (1024 = 1 vCPU). An integer, not a string.',
      'コンテナに予約する CPU ユニット（1024 = 1 vCPU）。文字列ではなく整数',
      { minimum: 0 },
    ),
    memory: int('Hard memory limit in MiB. An integer.', 'メモリのハード上限（MiB）。整数', { minimum: 1 }),
    memoryReservation: int('Soft memory limit in MiB. An integer.', 'メモリのソフト上限（MiB）。整数', {
      minimum: 1,
    }),
    links: arrayOf(
      { type: 'string' },
      'Links to other containers (bridge mode only).',
      '他コンテナへのリンク（bridge のみ）',
    ),
    portMappings: arrayOf(portMapping, 'Ports to expose.', '公開するポート'),
    essential: bool(
      'If this container stops, the whole task stops. Defaults to true.',
      'このコンテナが止まるとタスク全体が止まる。既定 true',
    ),
    restartPolicy: obj(
      {
        enabled: bool('Turn container restarts on.', 'コンテナの再起動を有効にする'),
        ignoredExitCodes: arrayOf(
          { type: 'integer' },
          'Exit codes that do not restart (≤50).',
          '再起動しない終了コード（50個まで）',
          { maxItems: 50 },
        ),
        restartAttemptPeriod: int(
          'Seconds a container must run before a restart is allowed, 60–1800.',
          '再起動を許すまでの稼働秒数 60〜1800',
          { minimum: 60, maximum: 1800 },
        ),
      },
      'Restart the container in place when it exits.',
      '終了時にコンテナをその場で再起動する',
      { required: ['enabled'] },
    ),
    entryPoint: arrayOf({ type: 'string' }, 'Entry point (overrides the image).', 'エントリポイント'),
    command: arrayOf({ type: 'string' }, 'Command (overrides the image).', 'コマンド'),
    environment: keyValueList,
    environmentFiles: arrayOf(
      obj(
        {
          value: str('S3 object ARN of a .env file.', '.env ファイルの S3 ARN'),
          type: enumOf(['s3'], 'Always s3.', '常に s3'),
        },
        'An environment file.',
        '環境変数ファイル',
      ),
      'Up to 10 .env files from S3.',
      'S3 上の .env ファイル（10個まで）',
      { maxItems: 10 },
    ),
    mountPoints: arrayOf(
      obj(
        {
          sourceVolume: str('Name of a volume declared in volumes.', 'volumes に宣言したボリューム名'),
          containerPath: str('Path in the container.', 'コンテナ内のパス'),
          readOnly: bool('Mount read-only.', '読み取り専用'),
        },
        'A mount point.',
        'マウントポイント',
      ),
      'Volumes mounted in the container.',
      'マウントするボリューム',
    ),
    volumesFrom: arrayOf(
      obj(
        {
          sourceContainer: str('Container to mount volumes from.', 'ボリュームを借りるコンテナ'),
          readOnly: bool('Mount read-only.', '読み取り専用'),
        },
        'Volumes from another container.',
        '他コンテナのボリューム',
      ),
      'Volumes from other containers.',
      '他コンテナのボリューム',
    ),
    linuxParameters: {
      type: 'object',
      ...d(
        'Linux-specific settings (capabilities, init process, tmpfs…). On Fargate only SYS_PTRACE may be added.',
        'Linux 固有の設定。Fargate で追加できるケーパビリティは SYS_PTRACE のみ',
      ),
    },
    secrets: arrayOf(
      obj(
        {
          name: str('Environment variable name.', '環境変数名'),
          valueFrom: str(
            'Secrets Manager ARN (optionally :json-key:version-stage:version-id) or SSM parameter ARN/name.',
            'Secrets Manager の ARN（:json-key:version-stage:version-id も可）または SSM パラメータの ARN／名前',
          ),
        },
        'A secret injected as an environment variable.',
        '環境変数として注入するシークレット',
        { required: ['name', 'valueFrom'] },
      ),
      'Secrets from Secrets Manager or SSM Parameter Store; needs an execution role.',
      'Secrets Manager/SSM からのシークレット。タスク実行ロールが必要',
    ),
    dependsOn: arrayOf(
      obj(
        {
          containerName: str('Container this one waits for.', '待つ相手のコンテナ名'),
          condition: enumOf(
            ['START', 'COMPLETE', 'SUCCESS', 'HEALTHY'],
            'START, COMPLETE, SUCCESS or HEALTHY.',
            'START・COMPLETE・SUCCESS・HEALTHY',
          ),
        },
        'A start-up dependency.',
        '起動順の依存関係',
        { required: ['containerName', 'condition'] },
      ),
      'Start-up order between containers.',
      'コンテナ間の起動順',
    ),
    startTimeout: int(
      'Seconds to wait for dependencies (Fargate 2–120).',
      '依存関係を待つ秒数（Fargate は 2〜120）',
    ),
    stopTimeout: int(
      'Seconds between SIGTERM and SIGKILL (Fargate ≤120, default 30).',
      'SIGTERM から SIGKILL までの秒数（Fargate は 120 以下、既定 30）',
    ),
    versionConsistency: enumOf(
      ['enabled', 'disabled'],
      'Resolve the image tag to a digest at deployment.',
      'デプロイ時にタグをダイジェストへ固定する',
    ),
    hostname: str('Hostname (not with awsvpc).', 'ホスト名（awsvpc では不可）'),
    user: str('User to run as, e.g. 1000:1000. Avoid root.', '実行ユーザー（例 1000:1000）。root は避ける'),
    workingDirectory: str('Working directory.', '作業ディレクトリ'),
    disableNetworking: bool('Disable networking (not on Fargate).', 'ネットワークを無効化（Fargate 不可）'),
    privileged: bool('Privileged mode: root on the host. Not on Fargate.', '特権モード。Fargate 不可'),
    readonlyRootFilesystem: bool(
      'Read-only root file system (recommended).',
      'ルートファイルシステムを読み取り専用に（推奨）',
    ),
    dnsServers: arrayOf({ type: 'string' }, 'DNS servers (not on Fargate).', 'DNS サーバー（Fargate 不可）'),
    dnsSearchDomains: arrayOf(
      { type: 'string' },
      'DNS search domains (not on Fargate).',
      'DNS 検索ドメイン（Fargate 不可）',
    ),
    extraHosts: arrayOf(
      { type: 'object' },
      '/etc/hosts entries (not on Fargate or awsvpc).',
      '/etc/hosts の追加（Fargate 不可）',
    ),
    dockerSecurityOptions: arrayOf(
      { type: 'string' },
      'SELinux/AppArmor labels (not on Fargate).',
      'SELinux/AppArmor ラベル（Fargate 不可）',
    ),
    interactive: bool('Keep stdin open.', '標準入力を開いたままにする'),
    pseudoTerminal: bool('Allocate a TTY.', 'TTY を割り当てる'),
    dockerLabels: stringMap('Docker labels.', 'Docker ラベル'),
    ulimits: arrayOf({ type: 'object' }, 'ulimits (nofile defaults to 65535 on Fargate).', 'ulimit 設定'),
    logConfiguration,
    healthCheck,
    systemControls: arrayOf(
      { type: 'object' },
      'Kernel parameters (namespaced sysctls).',
      'カーネルパラメータ',
    ),
    resourceRequirements: arrayOf(
      { type: 'object' },
      'GPU or inference accelerator requirements.',
      'GPU などの要求',
    ),
    firelensConfiguration: obj(
      {
        type: enumOf(['fluentd', 'fluentbit'], 'fluentd or fluentbit.', 'fluentd または fluentbit'),
        options: stringMap(
          'FireLens options (config-file-type, config-file-value, enable-ecs-log-metadata).',
          'FireLens のオプション',
        ),
      },
      'Makes this container the FireLens log router.',
      'このコンテナを FireLens のログルーターにする',
      { required: ['type'] },
    ),
    credentialSpecs: arrayOf({ type: 'string' }, 'Active Directory credential specs.', 'AD 認証情報'),
  },
  'One container of the task.',
  'タスクを構成するコンテナ1つ',
  { required: ['name', 'image'] },
);

const volume = obj(
  {
    name: str(
      'Volume name referenced by mountPoints.sourceVolume.',
      'mountPoints.sourceVolume から参照するボリューム名',
      { pattern: NAME },
    ),
    host: obj(
      { sourcePath: str('Host path (not on Fargate).', 'ホストのパス（Fargate 不可）') },
      'Bind mount.',
      'バインドマウント',
    ),
    configuredAtLaunch: bool(
      'Volume configured when the service or task starts.',
      '起動時に設定するボリューム',
    ),
    dockerVolumeConfiguration: {
      type: 'object',
      ...d('Docker volume (not on Fargate).', 'Docker ボリューム（Fargate 不可）'),
    },
    efsVolumeConfiguration: {
      type: 'object',
      ...d('Amazon EFS volume; enable transitEncryption.', 'EFS ボリューム。transitEncryption を有効に'),
    },
    fsxWindowsFileServerVolumeConfiguration: {
      type: 'object',
      ...d('FSx for Windows File Server volume.', 'FSx for Windows ボリューム'),
    },
  },
  'A data volume.',
  'データボリューム',
  { required: ['name'] },
);

export const taskdefSchema: Schema = obj(
  {
    family: str(
      'Task definition family: letters, digits, _ and -, up to 255.',
      'タスク定義ファミリー名（英数字・_・-、255文字以内）',
      { pattern: NAME },
    ),
    taskRoleArn: str(
      'IAM role the application uses to call AWS (task role).',
      'アプリケーションが AWS を呼ぶための IAM ロール（タスクロール）',
    ),
    executionRoleArn: str(
      'IAM role ECS uses to pull images, send awslogs logs and read secrets (task execution role).',
      'ECS がイメージ取得・awslogs 送信・シークレット取得に使う IAM ロール（タスク実行ロール）',
    ),
    networkMode: enumOf(
      ['bridge', 'host', 'awsvpc', 'none'],
      'bridge (default on Linux EC2), host, awsvpc (required on Fargate) or none.',
      'bridge（EC2 の既定）・host・awsvpc（Fargate は必須）・none',
    ),
    containerDefinitions: arrayOf(
      containerDefinition,
      'Containers of the task (1–10).',
      'タスクのコンテナ（1〜10個）',
      { minItems: 1 },
    ),
    volumes: arrayOf(volume, 'Data volumes.', 'データボリューム'),
    placementConstraints: arrayOf(
      { type: 'object' },
      'Placement constraints (EC2 only).',
      '配置制約（EC2 のみ）',
      { maxItems: 10 },
    ),
    requiresCompatibilities: arrayOf(
      enumOf(['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'], 'Launch type.', '起動タイプ'),
      'Launch types the definition is validated for.',
      '検証する起動タイプ',
    ),
    cpu: str(
      'Task CPU as a string: "256" or "1 vCPU". Required on Fargate.',
      'タスクの CPU（文字列）: "256" や "1 vCPU"。Fargate は必須',
    ),
    memory: str(
      'Task memory as a string: "512" (MiB) or "2 GB". Required on Fargate.',
      'タスクのメモリ（文字列）: "512"（MiB）や "2 GB"。Fargate は必須',
    ),
    tags,
    pidMode: enumOf(['host', 'task'], 'PID namespace: host or task.', 'PID 名前空間: host か task'),
    ipcMode: enumOf(
      ['host', 'task', 'none'],
      'IPC namespace (not on Fargate).',
      'IPC 名前空間（Fargate 不可）',
    ),
    proxyConfiguration: {
      type: 'object',
      ...d('App Mesh proxy settings (App Mesh is retired).', 'App Mesh プロキシ設定（App Mesh は終了）'),
    },
    inferenceAccelerators: arrayOf(
      { type: 'object' },
      'Elastic Inference accelerators.',
      'Elastic Inference',
    ),
    ephemeralStorage: obj(
      { sizeInGiB: int('21–200 GiB (Fargate).', '21〜200 GiB（Fargate）', { minimum: 21, maximum: 200 }) },
      'Fargate ephemeral storage (default 20 GiB).',
      'Fargate のエフェメラルストレージ（既定 20 GiB）',
      { required: ['sizeInGiB'] },
    ),
    runtimePlatform: obj(
      {
        cpuArchitecture: enumOf(['X86_64', 'ARM64'], 'CPU architecture.', 'CPU アーキテクチャ'),
        operatingSystemFamily: enumOf(
          [
            'LINUX',
            'WINDOWS_SERVER_2019_FULL',
            'WINDOWS_SERVER_2019_CORE',
            'WINDOWS_SERVER_2016_FULL',
            'WINDOWS_SERVER_2004_CORE',
            'WINDOWS_SERVER_2022_CORE',
            'WINDOWS_SERVER_2022_FULL',
            'WINDOWS_SERVER_2025_CORE',
            'WINDOWS_SERVER_2025_FULL',
            'WINDOWS_SERVER_20H2_CORE',
          ],
          'Operating system family.',
          'OS ファミリー',
        ),
      },
      'Operating system and CPU architecture.',
      'OS と CPU アーキテクチャ',
    ),
    enableFaultInjection: bool('Allow fault injection experiments.', '障害注入を許可する'),
  },
  'Input of aws ecs register-task-definition --cli-input-json.',
  'aws ecs register-task-definition --cli-input-json の入力',
  { required: ['family', 'containerDefinitions'] },
);
