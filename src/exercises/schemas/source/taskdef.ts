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

/** Log configuration of a container (also used by Service Connect's proxy). */
export const logConfiguration = obj(
  {
    logDriver: enumOf(
      ['awslogs', 'fluentd', 'gelf', 'json-file', 'journald', 'syslog', 'splunk', 'awsfirelens'],
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

const ulimit = obj(
  {
    name: enumOf(
      [
        'core',
        'cpu',
        'data',
        'fsize',
        'locks',
        'memlock',
        'msgqueue',
        'nice',
        'nofile',
        'nproc',
        'rss',
        'rtprio',
        'rttime',
        'sigpending',
        'stack',
      ],
      'Resource limit name.',
      'リソース制限の名前',
    ),
    softLimit: int('Soft limit.', 'ソフトリミット'),
    hardLimit: int('Hard limit.', 'ハードリミット'),
  },
  'A ulimit.',
  'ulimit の設定',
  { required: ['name', 'softLimit', 'hardLimit'] },
);

const linuxParameters = obj(
  {
    capabilities: obj(
      {
        add: arrayOf(
          { type: 'string' },
          'Capabilities to add (Fargate: SYS_PTRACE only).',
          '追加するケーパビリティ（Fargate は SYS_PTRACE のみ）',
        ),
        drop: arrayOf({ type: 'string' }, 'Capabilities to drop.', '削除するケーパビリティ'),
      },
      'Linux capabilities added to or dropped from Docker defaults.',
      'Docker 既定から追加・削除する Linux ケーパビリティ',
    ),
    devices: arrayOf(
      obj(
        {
          hostPath: str('Device path on the host.', 'ホスト上のデバイスのパス'),
          containerPath: str('Path in the container.', 'コンテナ内のパス'),
          permissions: arrayOf(
            enumOf(['mknod', 'read', 'write'], 'A permission.', '権限'),
            'Permissions on the device.',
            'デバイスへの権限',
          ),
        },
        'A host device (not on Fargate).',
        'ホストのデバイス（Fargate 不可）',
        { required: ['hostPath'] },
      ),
      'Host devices (not on Fargate).',
      'ホストのデバイス（Fargate 不可）',
    ),
    initProcessEnabled: bool(
      'Run an init process as PID 1 (reaps zombies).',
      'PID 1 として init プロセスを動かす',
    ),
    sharedMemorySize: int('/dev/shm size in MiB (not on Fargate).', '/dev/shm のサイズ（MiB、Fargate 不可）'),
    tmpfs: arrayOf(
      obj(
        {
          containerPath: str('Mount path.', 'マウント先'),
          size: int('Size in MiB.', 'サイズ（MiB）'),
          mountOptions: arrayOf({ type: 'string' }, 'Mount options.', 'マウントオプション'),
        },
        'A tmpfs mount.',
        'tmpfs マウント',
        { required: ['containerPath', 'size'] },
      ),
      'tmpfs mounts (not on Fargate).',
      'tmpfs マウント（Fargate 不可）',
    ),
    maxSwap: int('Swap in MiB (not on Fargate).', 'スワップ量（MiB、Fargate 不可）'),
    swappiness: int('0–100 (not on Fargate).', '0〜100（Fargate 不可）'),
  },
  'Linux-specific settings.',
  'Linux 固有の設定',
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
      { required: ['credentialsParameter'] },
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
        { required: ['value', 'type'] },
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
    linuxParameters,
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
      obj(
        { hostname: str('Host name.', 'ホスト名'), ipAddress: str('IP address.', 'IP アドレス') },
        'An /etc/hosts entry.',
        '/etc/hosts の1行',
        { required: ['hostname', 'ipAddress'] },
      ),
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
    ulimits: arrayOf(ulimit, 'ulimits (nofile defaults to 65535 on Fargate).', 'ulimit 設定'),
    logConfiguration,
    healthCheck,
    systemControls: arrayOf(
      obj(
        {
          namespace: str('Kernel parameter, e.g. net.core.somaxconn.', 'カーネルパラメータ名'),
          value: str('Its value.', '設定値'),
        },
        'A namespaced kernel parameter.',
        '名前空間付きカーネルパラメータ',
      ),
      'Kernel parameters (namespaced sysctls).',
      'カーネルパラメータ',
    ),
    resourceRequirements: arrayOf(
      obj(
        {
          value: str('Number of GPUs, or the accelerator device name.', 'GPU の数またはアクセラレーター名'),
          type: enumOf(
            ['GPU', 'InferenceAccelerator', 'NeuronDevice'],
            'Kind of resource.',
            'リソースの種類',
          ),
          sharingStrategy: {
            type: 'object',
            ...d('How GPUs are shared (NVIDIA MPS).', 'GPU の共有方法（NVIDIA MPS）'),
          },
        },
        'A GPU or accelerator requirement.',
        'GPU やアクセラレーターの要求',
        { required: ['type'] },
      ),
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

const dockerVolumeConfiguration = obj(
  {
    scope: enumOf(
      ['shared', 'task'],
      'task (removed with the task) or shared.',
      'task（タスクと共に削除）か shared',
    ),
    autoprovision: bool(
      'Create the volume if it does not exist (shared scope).',
      '存在しなければ作る（shared のみ）',
    ),
    driver: str('Docker volume driver.', 'Docker ボリュームドライバー'),
    driverOpts: stringMap('Driver options.', 'ドライバーのオプション'),
    labels: stringMap('Docker labels.', 'Docker ラベル'),
  },
  'Docker volume (not on Fargate).',
  'Docker ボリューム（Fargate 不可）',
);

const enabledDisabled = (en: string, ja: string): Schema => enumOf(['ENABLED', 'DISABLED'], en, ja);

const efsVolumeConfiguration = obj(
  {
    fileSystemId: str('EFS file system ID.', 'EFS ファイルシステム ID'),
    rootDirectory: str('Directory to mount (default /).', 'マウントするディレクトリ（既定 /）'),
    transitEncryption: enabledDisabled(
      'Encrypt traffic to EFS (recommended).',
      'EFS との通信を暗号化（推奨）',
    ),
    transitEncryptionPort: int('Port for encrypted traffic.', '暗号化通信のポート'),
    authorizationConfig: obj(
      {
        accessPointId: str('EFS access point ID.', 'EFS アクセスポイント ID'),
        iam: enabledDisabled(
          'Use the task role for EFS IAM authorization.',
          'タスクロールで EFS の IAM 認可を使う',
        ),
      },
      'Access point and IAM authorization.',
      'アクセスポイントと IAM 認可',
    ),
  },
  'Amazon EFS volume; enable transitEncryption.',
  'EFS ボリューム。transitEncryption を有効に',
  { required: ['fileSystemId'] },
);

const s3filesVolumeConfiguration = obj(
  {
    fileSystemArn: str('ARN of the S3 Files file system.', 'S3 Files ファイルシステムの ARN'),
    rootDirectory: str('Directory to mount.', 'マウントするディレクトリ'),
    transitEncryptionPort: int('Port for encrypted traffic.', '暗号化通信のポート'),
    accessPointArn: str('Access point ARN.', 'アクセスポイントの ARN'),
  },
  'Amazon S3 Files volume.',
  'Amazon S3 Files ボリューム',
  { required: ['fileSystemArn'] },
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
    dockerVolumeConfiguration,
    efsVolumeConfiguration,
    s3filesVolumeConfiguration,
    fsxWindowsFileServerVolumeConfiguration: {
      type: 'object',
      ...d('FSx for Windows File Server volume.', 'FSx for Windows ボリューム'),
    },
  },
  'A data volume.',
  'データボリューム',
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
      obj(
        {
          type: enumOf(['memberOf'], 'Always memberOf.', '常に memberOf'),
          expression: str('Cluster query language expression.', 'クラスタークエリ言語の式'),
        },
        'A placement constraint.',
        '配置制約',
      ),
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
      obj(
        {
          deviceName: str('Device name.', 'デバイス名'),
          deviceType: str('Elastic Inference accelerator type.', 'アクセラレーターの種類'),
        },
        'An Elastic Inference accelerator.',
        'Elastic Inference アクセラレーター',
        { required: ['deviceName', 'deviceType'] },
      ),
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
    trustedExecutionConfiguration: obj(
      {
        isolationMode: enumOf(
          ['CONFIDENTIAL_SANDBOX', 'ISOLATED_SANDBOX', 'SHARED'],
          'How strongly the task is isolated.',
          'タスクの分離の強さ',
        ),
        attestationPolicy: str('Attestation policy.', 'アテステーションポリシー'),
      },
      'Trusted execution (isolation) settings.',
      '信頼できる実行環境（分離）の設定',
      { required: ['isolationMode'] },
    ),
  },
  'Input of aws ecs register-task-definition --cli-input-json.',
  'aws ecs register-task-definition --cli-input-json の入力',
  { required: ['family', 'containerDefinitions'] },
);
