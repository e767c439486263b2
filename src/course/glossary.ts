/**
 * The term map: one entry per ECS term, with the name it has in the console, the API (SDK model),
 * CloudFormation, the CDK and Terraform, and the lesson that teaches it. The API and CloudFormation
 * names are checked against AWS's models, and the CDK names against aws-cdk-lib's types, by tests.
 * Terraform names follow the AWS provider's documentation and are not checked by a test.
 */
import type { Lang } from '../i18n/ui.ts';

/** A field in an SDK request or response shape: `CreateServiceRequest` + `deploymentConfiguration.maximumPercent`. */
export interface ApiName {
  service: 'ecs' | 'application-auto-scaling';
  /** Shape in the SDK model (`RegisterTaskDefinitionRequest`, `ContainerDefinition`, `Task`). */
  shape: string;
  /** Dotted member path inside the shape; list members are walked through. Empty for the shape itself. */
  paths: string[];
}

/** A CloudFormation resource type and property paths inside it (empty for the resource itself). */
export interface CfnName {
  resource: string;
  paths: string[];
}

/** A CDK name: what the page shows, and a TypeScript type expression (over `aws-cdk-lib`) that must resolve. */
export interface CdkName {
  label: string;
  check: string;
}

/** A term's group on the page. */
export type GlossaryGroup =
  'taskdef' | 'container' | 'service' | 'deploy' | 'capacity' | 'scaling' | 'lb' | 'ops';

export interface GlossaryTerm {
  /** Anchor on the glossary page. */
  id: string;
  group: GlossaryGroup;
  term: Record<Lang, string>;
  /** One sentence: what it is. */
  meaning: Record<Lang, string>;
  /** The label in the console's English UI, where the console shows it. */
  console?: string;
  api?: ApiName;
  cfn?: CfnName;
  cdk?: CdkName;
  /** Resource and argument in the Terraform AWS provider. */
  terraform?: string;
  /** Lesson slug (`02-task-definitions`) that teaches it. */
  lesson?: string;
}

/** Group headings, in page order. */
export const GLOSSARY_GROUPS: Record<GlossaryGroup, Record<Lang, string>> = {
  taskdef: { ja: 'タスク定義', en: 'Task definitions' },
  container: { ja: 'コンテナ定義', en: 'Container definitions' },
  service: { ja: 'クラスターとサービス', en: 'Clusters and services' },
  deploy: { ja: 'デプロイ', en: 'Deployments' },
  capacity: { ja: 'キャパシティと配置', en: 'Capacity and placement' },
  scaling: { ja: 'オートスケーリング', en: 'Auto scaling' },
  lb: { ja: 'ロードバランサーとサービス間通信', en: 'Load balancing and service-to-service traffic' },
  ops: { ja: '運用とトラブルシューティング', en: 'Operations and troubleshooting' },
};

const ecsApi = (shape: string, ...paths: string[]): ApiName => ({ service: 'ecs', shape, paths });
const scalingApi = (shape: string, ...paths: string[]): ApiName => ({
  service: 'application-auto-scaling',
  shape,
  paths,
});
const cfn = (resource: string, ...paths: string[]): CfnName => ({ resource: `AWS::${resource}`, paths });
const cdk = (label: string, check: string): CdkName => ({ label, check });

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'task-definition',
    group: 'taskdef',
    term: { ja: 'タスク定義', en: 'Task definition' },
    meaning: {
      ja: 'コンテナの組み合わせ、サイズ、ロール、ネットワークを書いた設計図。変更は新しいリビジョンの登録で行う。',
      en: 'The blueprint of a task: its containers, size, roles and networking. Changes are made by registering a new revision.',
    },
    console: 'Task definitions',
    api: ecsApi('RegisterTaskDefinitionRequest'),
    cfn: cfn('ECS::TaskDefinition'),
    cdk: cdk('ecs.FargateTaskDefinition', 'aws_ecs.FargateTaskDefinition'),
    terraform: 'aws_ecs_task_definition',
    lesson: '02-task-definitions',
  },
  {
    id: 'family',
    group: 'taskdef',
    term: { ja: 'ファミリー', en: 'Family' },
    meaning: {
      ja: 'タスク定義の名前。登録するたびに、同じファミリーのリビジョン番号が 1 つ増える（web:7、web:8）。',
      en: 'The name of a task definition. Each registration adds a revision to the family (web:7, web:8).',
    },
    console: 'Task definition family',
    api: ecsApi('RegisterTaskDefinitionRequest', 'family'),
    cfn: cfn('ECS::TaskDefinition', 'Family'),
    cdk: cdk('FargateTaskDefinitionProps.family', "aws_ecs.FargateTaskDefinitionProps['family']"),
    terraform: 'aws_ecs_task_definition.family',
    lesson: '01-architecture',
  },
  {
    id: 'task-size',
    group: 'taskdef',
    term: { ja: 'タスクサイズ（cpu / memory）', en: 'Task size (cpu / memory)' },
    meaning: {
      ja: 'タスク全体の CPU ユニットとメモリ（MiB）。Fargate では必須で、決まった組み合わせだけが使える。',
      en: 'CPU units and memory (MiB) for the whole task. Required on Fargate, where only set combinations exist.',
    },
    console: 'Task size (CPU, Memory)',
    api: ecsApi('RegisterTaskDefinitionRequest', 'cpu', 'memory'),
    cfn: cfn('ECS::TaskDefinition', 'Cpu', 'Memory'),
    cdk: cdk(
      'FargateTaskDefinitionProps.cpu / memoryLimitMiB',
      "aws_ecs.FargateTaskDefinitionProps['cpu'] | aws_ecs.FargateTaskDefinitionProps['memoryLimitMiB']",
    ),
    terraform: 'aws_ecs_task_definition.cpu / memory',
    lesson: '02-task-definitions',
  },
  {
    id: 'execution-role',
    group: 'taskdef',
    term: { ja: 'タスク実行ロール', en: 'Task execution role' },
    meaning: {
      ja: 'ECS がタスクのために使うロール。イメージの取得、awslogs でのログ送信、secrets の取得に使う。',
      en: 'The role ECS uses for the task: pulling images, sending logs with awslogs, fetching secrets.',
    },
    console: 'Task execution role',
    api: ecsApi('RegisterTaskDefinitionRequest', 'executionRoleArn'),
    cfn: cfn('ECS::TaskDefinition', 'ExecutionRoleArn'),
    cdk: cdk(
      'FargateTaskDefinitionProps.executionRole',
      "aws_ecs.FargateTaskDefinitionProps['executionRole']",
    ),
    terraform: 'aws_ecs_task_definition.execution_role_arn',
    lesson: '02-task-definitions',
  },
  {
    id: 'task-role',
    group: 'taskdef',
    term: { ja: 'タスクロール', en: 'Task role' },
    meaning: {
      ja: 'コンテナの中のアプリ（や ECS Exec のエージェント、FireLens）が AWS API を呼ぶときのロール。',
      en: 'The role the application in the containers (and the ECS Exec agent, FireLens) uses to call AWS APIs.',
    },
    console: 'Task role',
    api: ecsApi('RegisterTaskDefinitionRequest', 'taskRoleArn'),
    cfn: cfn('ECS::TaskDefinition', 'TaskRoleArn'),
    cdk: cdk('FargateTaskDefinitionProps.taskRole', "aws_ecs.FargateTaskDefinitionProps['taskRole']"),
    terraform: 'aws_ecs_task_definition.task_role_arn',
    lesson: '02-task-definitions',
  },
  {
    id: 'network-mode',
    group: 'taskdef',
    term: { ja: 'ネットワークモード', en: 'Network mode' },
    meaning: {
      ja: 'タスクのネットワークのつなぎ方（awsvpc、bridge、host）。Fargate は awsvpc だけ。',
      en: "How a task's networking is wired (awsvpc, bridge, host). Fargate supports awsvpc only.",
    },
    console: 'Network mode',
    api: ecsApi('RegisterTaskDefinitionRequest', 'networkMode'),
    cfn: cfn('ECS::TaskDefinition', 'NetworkMode'),
    cdk: cdk('Ec2TaskDefinitionProps.networkMode', "aws_ecs.Ec2TaskDefinitionProps['networkMode']"),
    terraform: 'aws_ecs_task_definition.network_mode',
    lesson: '02-task-definitions',
  },
  {
    id: 'awsvpc',
    group: 'taskdef',
    term: { ja: 'awsvpc（タスクの ENI）', en: 'awsvpc (a task ENI)' },
    meaning: {
      ja: 'タスクが自分の ENI と IP アドレスを持つネットワークモード。サブネットとセキュリティグループはサービスやタスクの起動時に渡す。',
      en: 'The network mode in which each task has its own ENI and IP address; subnets and security groups are given when the service or task starts.',
    },
    console: 'Networking (VPC, Subnets, Security group)',
    api: ecsApi('CreateServiceRequest', 'networkConfiguration.awsvpcConfiguration.subnets'),
    cfn: cfn('ECS::Service', 'NetworkConfiguration.AwsvpcConfiguration.Subnets'),
    cdk: cdk('FargateServiceProps.vpcSubnets', "aws_ecs.FargateServiceProps['vpcSubnets']"),
    terraform: 'aws_ecs_service.network_configuration.subnets',
    lesson: '02-task-definitions',
  },
  {
    id: 'assign-public-ip',
    group: 'taskdef',
    term: { ja: 'パブリック IP の割り当て', en: 'Public IP assignment' },
    meaning: {
      ja: 'awsvpc のタスクにパブリック IP を付けるかどうか。プライベートサブネットでは DISABLED にし、NAT か VPC エンドポイントを用意する。',
      en: 'Whether an awsvpc task gets a public IP. In private subnets keep it DISABLED and provide NAT or VPC endpoints.',
    },
    console: 'Public IP',
    api: ecsApi('CreateServiceRequest', 'networkConfiguration.awsvpcConfiguration.assignPublicIp'),
    cfn: cfn('ECS::Service', 'NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp'),
    cdk: cdk('FargateServiceProps.assignPublicIp', "aws_ecs.FargateServiceProps['assignPublicIp']"),
    terraform: 'aws_ecs_service.network_configuration.assign_public_ip',
    lesson: '11-anti-patterns',
  },
  {
    id: 'ephemeral-storage',
    group: 'taskdef',
    term: { ja: 'エフェメラルストレージ', en: 'Ephemeral storage' },
    meaning: {
      ja: 'Fargate のタスクが使う一時ディスク。既定 20 GiB、最大 200 GiB で、タスクが止まると消える。',
      en: 'The scratch disk of a Fargate task: 20 GiB by default, up to 200 GiB, gone when the task stops.',
    },
    console: 'Ephemeral storage',
    api: ecsApi('RegisterTaskDefinitionRequest', 'ephemeralStorage.sizeInGiB'),
    cfn: cfn('ECS::TaskDefinition', 'EphemeralStorage.SizeInGiB'),
    cdk: cdk(
      'FargateTaskDefinitionProps.ephemeralStorageGiB',
      "aws_ecs.FargateTaskDefinitionProps['ephemeralStorageGiB']",
    ),
    terraform: 'aws_ecs_task_definition.ephemeral_storage.size_in_gib',
    lesson: '12-faq',
  },
  {
    id: 'runtime-platform',
    group: 'taskdef',
    term: { ja: 'ランタイムプラットフォーム', en: 'Runtime platform' },
    meaning: {
      ja: 'タスクの OS と CPU アーキテクチャ（X86_64 か ARM64）。イメージのアーキテクチャと合わせる。',
      en: "The task's operating system and CPU architecture (X86_64 or ARM64); it must match the image.",
    },
    console: 'Operating system/Architecture',
    api: ecsApi('RegisterTaskDefinitionRequest', 'runtimePlatform.cpuArchitecture'),
    cfn: cfn('ECS::TaskDefinition', 'RuntimePlatform.CpuArchitecture'),
    cdk: cdk(
      'FargateTaskDefinitionProps.runtimePlatform',
      "aws_ecs.FargateTaskDefinitionProps['runtimePlatform']",
    ),
    terraform: 'aws_ecs_task_definition.runtime_platform.cpu_architecture',
    lesson: '02-task-definitions',
  },
  {
    id: 'container-definition',
    group: 'container',
    term: { ja: 'コンテナ定義', en: 'Container definition' },
    meaning: {
      ja: 'タスク定義の中の 1 つのコンテナの設定（イメージ、ポート、環境変数、ログなど）。',
      en: 'The settings of one container in a task definition: image, ports, environment, logging and so on.',
    },
    console: 'Container',
    api: ecsApi('RegisterTaskDefinitionRequest', 'containerDefinitions'),
    cfn: cfn('ECS::TaskDefinition', 'ContainerDefinitions'),
    cdk: cdk('TaskDefinition.addContainer()', "aws_ecs.TaskDefinition['addContainer']"),
    terraform: 'aws_ecs_task_definition.container_definitions (JSON)',
    lesson: '02-task-definitions',
  },
  {
    id: 'container-memory',
    group: 'container',
    term: { ja: 'コンテナのメモリ（ハード / ソフト制限）', en: 'Container memory (hard / soft limit)' },
    meaning: {
      ja: 'memory を超えたコンテナは強制終了される。memoryReservation は配置のための予約量。',
      en: 'A container that exceeds memory is killed; memoryReservation is what placement reserves.',
    },
    console: 'Memory hard limit / soft limit',
    api: ecsApi('ContainerDefinition', 'memory', 'memoryReservation'),
    cfn: cfn('ECS::TaskDefinition', 'ContainerDefinitions.Memory', 'ContainerDefinitions.MemoryReservation'),
    cdk: cdk(
      'ContainerDefinitionOptions.memoryLimitMiB / memoryReservationMiB',
      "aws_ecs.ContainerDefinitionOptions['memoryLimitMiB'] | aws_ecs.ContainerDefinitionOptions['memoryReservationMiB']",
    ),
    terraform: 'container_definitions: memory / memoryReservation',
    lesson: '02-task-definitions',
  },
  {
    id: 'port-mappings',
    group: 'container',
    term: { ja: 'ポートマッピング', en: 'Port mappings' },
    meaning: {
      ja: 'コンテナが待ち受けるポート。名前（name）は Service Connect の portName から参照される。',
      en: 'The ports a container listens on; their name is what Service Connect refers to as portName.',
    },
    console: 'Port mappings',
    api: ecsApi('ContainerDefinition', 'portMappings.containerPort', 'portMappings.name'),
    cfn: cfn('ECS::TaskDefinition', 'ContainerDefinitions.PortMappings.ContainerPort'),
    cdk: cdk('ContainerDefinitionOptions.portMappings', "aws_ecs.ContainerDefinitionOptions['portMappings']"),
    terraform: 'container_definitions: portMappings',
    lesson: '02-task-definitions',
  },
  {
    id: 'essential',
    group: 'container',
    term: { ja: '必須コンテナ（essential）', en: 'Essential container' },
    meaning: {
      ja: '止まるとタスク全体が止まるコンテナ。既定は true。初期化用のコンテナは false にする。',
      en: 'A container whose exit stops the whole task; true by default. Set initialisation containers to false.',
    },
    console: 'Essential container',
    api: ecsApi('ContainerDefinition', 'essential'),
    cfn: cfn('ECS::TaskDefinition', 'ContainerDefinitions.Essential'),
    cdk: cdk('ContainerDefinitionOptions.essential', "aws_ecs.ContainerDefinitionOptions['essential']"),
    terraform: 'container_definitions: essential',
    lesson: '02-task-definitions',
  },
  {
    id: 'depends-on',
    group: 'container',
    term: { ja: 'コンテナの起動順（dependsOn）', en: 'Container start order (dependsOn)' },
    meaning: {
      ja: '他のコンテナの状態（START、COMPLETE、SUCCESS、HEALTHY）を待ってから起動する設定。',
      en: 'Makes a container wait for another to reach START, COMPLETE, SUCCESS or HEALTHY before it starts.',
    },
    console: 'Startup dependency ordering',
    api: ecsApi('ContainerDefinition', 'dependsOn.condition'),
    cfn: cfn('ECS::TaskDefinition', 'ContainerDefinitions.DependsOn.Condition'),
    cdk: cdk(
      'ContainerDefinition.addContainerDependencies()',
      "aws_ecs.ContainerDefinition['addContainerDependencies']",
    ),
    terraform: 'container_definitions: dependsOn',
    lesson: '02-task-definitions',
  },
  {
    id: 'container-health-check',
    group: 'container',
    term: { ja: 'コンテナのヘルスチェック', en: 'Container health check' },
    meaning: {
      ja: 'コンテナの中でコマンドを実行して健康状態を判断する。ロードバランサーのヘルスチェックとは別物。',
      en: "Runs a command inside the container to judge its health; separate from the load balancer's check.",
    },
    console: 'HealthCheck',
    api: ecsApi('ContainerDefinition', 'healthCheck.command', 'healthCheck.startPeriod'),
    cfn: cfn('ECS::TaskDefinition', 'ContainerDefinitions.HealthCheck.Command'),
    cdk: cdk('ContainerDefinitionOptions.healthCheck', "aws_ecs.ContainerDefinitionOptions['healthCheck']"),
    terraform: 'container_definitions: healthCheck',
    lesson: '05-deployments',
  },
  {
    id: 'stop-timeout',
    group: 'container',
    term: { ja: '停止タイムアウト（stopTimeout）', en: 'Stop timeout' },
    meaning: {
      ja: 'SIGTERM から SIGKILL までの待ち時間。Fargate では既定 30 秒、最大 120 秒。',
      en: 'How long ECS waits between SIGTERM and SIGKILL: 30 seconds by default on Fargate, at most 120.',
    },
    console: 'Stop timeout',
    api: ecsApi('ContainerDefinition', 'stopTimeout'),
    cfn: cfn('ECS::TaskDefinition', 'ContainerDefinitions.StopTimeout'),
    cdk: cdk('ContainerDefinitionOptions.stopTimeout', "aws_ecs.ContainerDefinitionOptions['stopTimeout']"),
    terraform: 'container_definitions: stopTimeout',
    lesson: '05-deployments',
  },
  {
    id: 'secrets',
    group: 'container',
    term: { ja: 'シークレット（secrets / valueFrom）', en: 'Secrets (secrets / valueFrom)' },
    meaning: {
      ja: 'Secrets Manager や Parameter Store の値を、起動時に環境変数として渡す設定。取り出すのはタスク実行ロール。',
      en: 'Passes Secrets Manager or Parameter Store values in as environment variables at start; fetched with the task execution role.',
    },
    console: 'Environment variables (ValueFrom)',
    api: ecsApi('ContainerDefinition', 'secrets.valueFrom'),
    cfn: cfn('ECS::TaskDefinition', 'ContainerDefinitions.Secrets.ValueFrom'),
    cdk: cdk('ContainerDefinitionOptions.secrets', "aws_ecs.ContainerDefinitionOptions['secrets']"),
    terraform: 'container_definitions: secrets',
    lesson: '02-task-definitions',
  },
  {
    id: 'awslogs',
    group: 'container',
    term: { ja: 'awslogs ログドライバー', en: 'awslogs log driver' },
    meaning: {
      ja: 'コンテナの標準出力を CloudWatch Logs に送るドライバー。Fargate では awslogs-stream-prefix が必須。',
      en: 'Sends container output to CloudWatch Logs; on Fargate awslogs-stream-prefix is required.',
    },
    console: 'Log collection (Amazon CloudWatch)',
    api: ecsApi('ContainerDefinition', 'logConfiguration.logDriver', 'logConfiguration.options'),
    cfn: cfn('ECS::TaskDefinition', 'ContainerDefinitions.LogConfiguration.LogDriver'),
    cdk: cdk('LogDrivers.awsLogs()', "(typeof aws_ecs.LogDrivers)['awsLogs']"),
    terraform: 'container_definitions: logConfiguration',
    lesson: '07-logging',
  },
  {
    id: 'firelens',
    group: 'container',
    term: { ja: 'FireLens', en: 'FireLens' },
    meaning: {
      ja: 'タスクの中の Fluent Bit（や Fluentd）にログを渡し、複数の宛先へ送る仕組み。出力はタスクロールの権限を使う。',
      en: 'Routes logs through Fluent Bit (or Fluentd) inside the task to several destinations; outputs use the task role.',
    },
    console: 'Use log collection (FireLens)',
    api: ecsApi('ContainerDefinition', 'firelensConfiguration.type'),
    cfn: cfn('ECS::TaskDefinition', 'ContainerDefinitions.FirelensConfiguration.Type'),
    cdk: cdk('TaskDefinition.addFirelensLogRouter()', "aws_ecs.TaskDefinition['addFirelensLogRouter']"),
    terraform: 'container_definitions: firelensConfiguration',
    lesson: '07-logging',
  },
  {
    id: 'init-process',
    group: 'container',
    term: { ja: 'init プロセス（initProcessEnabled）', en: 'Init process (initProcessEnabled)' },
    meaning: {
      ja: 'コンテナの PID 1 に小さな init を置き、シグナルの転送とゾンビプロセスの回収をさせる設定。',
      en: "Puts a small init as the container's PID 1 to forward signals and reap zombie processes.",
    },
    api: ecsApi('ContainerDefinition', 'linuxParameters.initProcessEnabled'),
    cfn: cfn('ECS::TaskDefinition', 'ContainerDefinitions.LinuxParameters.InitProcessEnabled'),
    cdk: cdk('LinuxParametersProps.initProcessEnabled', "aws_ecs.LinuxParametersProps['initProcessEnabled']"),
    terraform: 'container_definitions: linuxParameters.initProcessEnabled',
    lesson: '11-anti-patterns',
  },
  {
    id: 'readonly-root-filesystem',
    group: 'container',
    term: { ja: '読み取り専用のルートファイルシステム', en: 'Read-only root file system' },
    meaning: {
      ja: 'コンテナのルートファイルシステムへの書き込みを禁じる設定。書き込みが必要な場所はボリュームで用意する。',
      en: "Forbids writes to the container's root file system; places that need writes get a volume.",
    },
    console: 'Read only root file system',
    api: ecsApi('ContainerDefinition', 'readonlyRootFilesystem'),
    cfn: cfn('ECS::TaskDefinition', 'ContainerDefinitions.ReadonlyRootFilesystem'),
    cdk: cdk(
      'ContainerDefinitionOptions.readonlyRootFilesystem',
      "aws_ecs.ContainerDefinitionOptions['readonlyRootFilesystem']",
    ),
    terraform: 'container_definitions: readonlyRootFilesystem',
    lesson: '11-anti-patterns',
  },
  {
    id: 'cluster',
    group: 'service',
    term: { ja: 'クラスター', en: 'Cluster' },
    meaning: {
      ja: 'サービスとタスクをまとめる論理的な入れ物。キャパシティプロバイダーの既定の戦略もここに置く。',
      en: 'The logical home of services and tasks; the default capacity provider strategy lives here too.',
    },
    console: 'Clusters',
    api: ecsApi('CreateClusterRequest', 'clusterName'),
    cfn: cfn('ECS::Cluster', 'ClusterName'),
    cdk: cdk('ecs.Cluster', 'aws_ecs.Cluster'),
    terraform: 'aws_ecs_cluster',
    lesson: '01-architecture',
  },
  {
    id: 'service',
    group: 'service',
    term: { ja: 'サービス', en: 'Service' },
    meaning: {
      ja: 'タスクを希望数だけ動かし続け、止まったタスクを置き換える仕組み。デプロイもサービスの単位で行う。',
      en: 'Keeps the desired number of tasks running and replaces those that stop; deployments happen per service.',
    },
    console: 'Services',
    api: ecsApi('CreateServiceRequest', 'serviceName'),
    cfn: cfn('ECS::Service', 'ServiceName'),
    cdk: cdk('ecs.FargateService', 'aws_ecs.FargateService'),
    terraform: 'aws_ecs_service',
    lesson: '01-architecture',
  },
  {
    id: 'desired-count',
    group: 'service',
    term: { ja: '希望タスク数（desiredCount）', en: 'Desired count' },
    meaning: {
      ja: 'サービスが動かし続けるタスクの数。オートスケーリングを使うなら、テンプレートには書かない。',
      en: 'How many tasks the service keeps running. With auto scaling, leave it out of templates.',
    },
    console: 'Desired tasks',
    api: ecsApi('CreateServiceRequest', 'desiredCount'),
    cfn: cfn('ECS::Service', 'DesiredCount'),
    cdk: cdk('FargateServiceProps.desiredCount', "aws_ecs.FargateServiceProps['desiredCount']"),
    terraform: 'aws_ecs_service.desired_count',
    lesson: '04-services-autoscaling',
  },
  {
    id: 'scheduling-strategy',
    group: 'service',
    term: { ja: 'スケジューリング戦略（REPLICA / DAEMON）', en: 'Scheduling strategy (REPLICA / DAEMON)' },
    meaning: {
      ja: 'REPLICA は希望数を保ち、DAEMON はコンテナインスタンスごとに 1 つ置く。DAEMON は EC2 だけ。',
      en: 'REPLICA keeps a desired count; DAEMON places one task per container instance and needs EC2.',
    },
    console: 'Service type',
    api: ecsApi('CreateServiceRequest', 'schedulingStrategy'),
    cfn: cfn('ECS::Service', 'SchedulingStrategy'),
    cdk: cdk('Ec2ServiceProps.daemon', "aws_ecs.Ec2ServiceProps['daemon']"),
    terraform: 'aws_ecs_service.scheduling_strategy',
    lesson: '04-services-autoscaling',
  },
  {
    id: 'launch-type',
    group: 'service',
    term: { ja: '起動タイプ（launchType）', en: 'Launch type' },
    meaning: {
      ja: 'タスクを FARGATE、EC2、EXTERNAL のどこで動かすか。キャパシティプロバイダー戦略とは同時に指定できない。',
      en: 'Where tasks run: FARGATE, EC2 or EXTERNAL. It cannot be combined with a capacity provider strategy.',
    },
    console: 'Launch type',
    api: ecsApi('CreateServiceRequest', 'launchType'),
    cfn: cfn('ECS::Service', 'LaunchType'),
    terraform: 'aws_ecs_service.launch_type',
    lesson: '03-fargate-ec2',
  },
  {
    id: 'platform-version',
    group: 'service',
    term: { ja: 'プラットフォームバージョン', en: 'Platform version' },
    meaning: {
      ja: 'Fargate の実行環境のバージョン。LATEST を指定すると、その時点の最新が使われる。',
      en: 'The version of the Fargate runtime environment; LATEST means the newest at the time.',
    },
    console: 'Platform version',
    api: ecsApi('CreateServiceRequest', 'platformVersion'),
    cfn: cfn('ECS::Service', 'PlatformVersion'),
    cdk: cdk('FargateServiceProps.platformVersion', "aws_ecs.FargateServiceProps['platformVersion']"),
    terraform: 'aws_ecs_service.platform_version',
    lesson: '04-services-autoscaling',
  },
  {
    id: 'minimum-healthy-percent',
    group: 'deploy',
    term: { ja: '最小ヘルス率（minimumHealthyPercent）', en: 'minimumHealthyPercent' },
    meaning: {
      ja: 'デプロイ中に保つ正常なタスクの下限（希望数に対する %、切り上げ）。',
      en: 'The floor of healthy tasks kept during a deployment, as a percentage of the desired count (rounded up).',
    },
    console: 'Min running tasks %',
    api: ecsApi('CreateServiceRequest', 'deploymentConfiguration.minimumHealthyPercent'),
    cfn: cfn('ECS::Service', 'DeploymentConfiguration.MinimumHealthyPercent'),
    cdk: cdk('FargateServiceProps.minHealthyPercent', "aws_ecs.FargateServiceProps['minHealthyPercent']"),
    terraform: 'aws_ecs_service.deployment_minimum_healthy_percent',
    lesson: '05-deployments',
  },
  {
    id: 'maximum-percent',
    group: 'deploy',
    term: { ja: '最大率（maximumPercent）', en: 'maximumPercent' },
    meaning: {
      ja: 'デプロイ中に動かしてよいタスクの上限（希望数に対する %、切り捨て）。',
      en: 'The ceiling of tasks that may run during a deployment, as a percentage of the desired count (rounded down).',
    },
    console: 'Max running tasks %',
    api: ecsApi('CreateServiceRequest', 'deploymentConfiguration.maximumPercent'),
    cfn: cfn('ECS::Service', 'DeploymentConfiguration.MaximumPercent'),
    cdk: cdk('FargateServiceProps.maxHealthyPercent', "aws_ecs.FargateServiceProps['maxHealthyPercent']"),
    terraform: 'aws_ecs_service.deployment_maximum_percent',
    lesson: '05-deployments',
  },
  {
    id: 'circuit-breaker',
    group: 'deploy',
    term: { ja: 'デプロイのサーキットブレーカー', en: 'Deployment circuit breaker' },
    meaning: {
      ja: '新しいタスクの失敗が続いたらデプロイを FAILED にし、rollback が true なら最後に完了したデプロイに戻す。',
      en: 'Fails a deployment after repeated task failures and, with rollback, returns to the last completed deployment.',
    },
    console: 'Deployment circuit breaker',
    api: ecsApi('CreateServiceRequest', 'deploymentConfiguration.deploymentCircuitBreaker.rollback'),
    cfn: cfn('ECS::Service', 'DeploymentConfiguration.DeploymentCircuitBreaker.Rollback'),
    cdk: cdk('FargateServiceProps.circuitBreaker', "aws_ecs.FargateServiceProps['circuitBreaker']"),
    terraform: 'aws_ecs_service.deployment_circuit_breaker',
    lesson: '05-deployments',
  },
  {
    id: 'deployment-alarms',
    group: 'deploy',
    term: { ja: 'デプロイのアラーム', en: 'Deployment alarms' },
    meaning: {
      ja: '指定した CloudWatch アラームが ALARM になったらデプロイを失敗とし、設定によりロールバックする。',
      en: 'Fails a deployment, and optionally rolls it back, when one of the named CloudWatch alarms goes into ALARM.',
    },
    console: 'Use CloudWatch alarm(s)',
    api: ecsApi('CreateServiceRequest', 'deploymentConfiguration.alarms.alarmNames'),
    cfn: cfn('ECS::Service', 'DeploymentConfiguration.Alarms.AlarmNames'),
    cdk: cdk('FargateServiceProps.deploymentAlarms', "aws_ecs.FargateServiceProps['deploymentAlarms']"),
    terraform: 'aws_ecs_service.alarms',
    lesson: '05-deployments',
  },
  {
    id: 'deployment-controller',
    group: 'deploy',
    term: { ja: 'デプロイコントローラー', en: 'Deployment controller' },
    meaning: {
      ja: 'デプロイを誰が行うか（ECS、CODE_DEPLOY、EXTERNAL）。ECS のブルー/グリーンやカナリアも ECS コントローラー。',
      en: "Who runs deployments: ECS, CODE_DEPLOY or EXTERNAL. ECS's own blue/green and canary use the ECS controller.",
    },
    console: 'Deployment options (Deployment controller type)',
    api: ecsApi('CreateServiceRequest', 'deploymentController.type'),
    cfn: cfn('ECS::Service', 'DeploymentController.Type'),
    cdk: cdk(
      'FargateServiceProps.deploymentController',
      "aws_ecs.FargateServiceProps['deploymentController']",
    ),
    terraform: 'aws_ecs_service.deployment_controller.type',
    lesson: '05-deployments',
  },
  {
    id: 'deployment-strategy',
    group: 'deploy',
    term: { ja: 'デプロイ戦略（ROLLING / BLUE_GREEN / LINEAR / CANARY）', en: 'Deployment strategy' },
    meaning: {
      ja: 'ECS コントローラーでの入れ替え方。ローリング、ブルー/グリーン、線形、カナリアから選ぶ。',
      en: 'How the ECS controller replaces tasks: rolling, blue/green, linear or canary.',
    },
    console: 'Deployment strategy',
    api: ecsApi('CreateServiceRequest', 'deploymentConfiguration.strategy'),
    cfn: cfn('ECS::Service', 'DeploymentConfiguration.Strategy'),
    cdk: cdk('FargateServiceProps.deploymentStrategy', "aws_ecs.FargateServiceProps['deploymentStrategy']"),
    terraform: 'aws_ecs_service.deployment_configuration.strategy',
    lesson: '05-deployments',
  },
  {
    id: 'health-check-grace-period',
    group: 'deploy',
    term: { ja: 'ヘルスチェックの猶予期間', en: 'Health check grace period' },
    meaning: {
      ja: '起動したタスクのヘルスチェックの失敗を、ECS が無視する秒数。起動の遅いアプリに使う。',
      en: 'How many seconds ECS ignores failed health checks of a newly started task; for slow-starting apps.',
    },
    console: 'Health check grace period',
    api: ecsApi('CreateServiceRequest', 'healthCheckGracePeriodSeconds'),
    cfn: cfn('ECS::Service', 'HealthCheckGracePeriodSeconds'),
    cdk: cdk(
      'FargateServiceProps.healthCheckGracePeriod',
      "aws_ecs.FargateServiceProps['healthCheckGracePeriod']",
    ),
    terraform: 'aws_ecs_service.health_check_grace_period_seconds',
    lesson: '06-alb',
  },
  {
    id: 'force-new-deployment',
    group: 'deploy',
    term: { ja: '新しいデプロイの強制', en: 'Force new deployment' },
    meaning: {
      ja: '同じタスク定義のままタスクを入れ替える。タグが同じなら、イメージは変わらない。',
      en: 'Replaces the tasks with the same task definition; with the same tag, the image does not change.',
    },
    console: 'Force new deployment',
    api: ecsApi('UpdateServiceRequest', 'forceNewDeployment'),
    cfn: cfn('ECS::Service', 'ForceNewDeployment.EnableForceNewDeployment'),
    terraform: 'aws_ecs_service.force_new_deployment',
    lesson: '04-services-autoscaling',
  },
  {
    id: 'capacity-provider-strategy',
    group: 'capacity',
    term: { ja: 'キャパシティプロバイダー戦略', en: 'Capacity provider strategy' },
    meaning: {
      ja: 'タスクをどのキャパシティプロバイダー（FARGATE、FARGATE_SPOT、Auto Scaling グループ）にどう配分するか。',
      en: 'How tasks are spread over capacity providers (FARGATE, FARGATE_SPOT, Auto Scaling groups).',
    },
    console: 'Capacity provider strategy',
    api: ecsApi('CreateServiceRequest', 'capacityProviderStrategy.capacityProvider'),
    cfn: cfn('ECS::Service', 'CapacityProviderStrategy.CapacityProvider'),
    cdk: cdk(
      'FargateServiceProps.capacityProviderStrategies',
      "aws_ecs.FargateServiceProps['capacityProviderStrategies']",
    ),
    terraform: 'aws_ecs_service.capacity_provider_strategy',
    lesson: '03-fargate-ec2',
  },
  {
    id: 'base-weight',
    group: 'capacity',
    term: { ja: 'base と weight', en: 'base and weight' },
    meaning: {
      ja: 'base はそのプロバイダーに先に置く最低数、weight は残りを分ける比率。',
      en: 'base is the minimum placed on a provider first; weight is the ratio for the rest.',
    },
    console: 'Base / Weight',
    api: ecsApi('CapacityProviderStrategyItem', 'base', 'weight'),
    cfn: cfn('ECS::Service', 'CapacityProviderStrategy.Base', 'CapacityProviderStrategy.Weight'),
    cdk: cdk(
      'CapacityProviderStrategy.base / weight',
      "aws_ecs.CapacityProviderStrategy['base'] | aws_ecs.CapacityProviderStrategy['weight']",
    ),
    terraform: 'capacity_provider_strategy.base / weight',
    lesson: '03-fargate-ec2',
  },
  {
    id: 'fargate-spot',
    group: 'capacity',
    term: { ja: 'Fargate Spot', en: 'Fargate Spot' },
    meaning: {
      ja: '空き容量で安く動く Fargate。中断の 2 分前に通知があり、通常の Fargate へ自動で切り替わることはない。',
      en: 'Fargate on spare capacity at a discount; interruptions come with a two-minute warning and never fall back to regular Fargate by themselves.',
    },
    console: 'FARGATE_SPOT',
    api: ecsApi('PutClusterCapacityProvidersRequest', 'capacityProviders'),
    cfn: cfn('ECS::ClusterCapacityProviderAssociations', 'CapacityProviders'),
    cdk: cdk(
      'ClusterProps.enableFargateCapacityProviders',
      "aws_ecs.ClusterProps['enableFargateCapacityProviders']",
    ),
    terraform: 'aws_ecs_cluster_capacity_providers.capacity_providers',
    lesson: '03-fargate-ec2',
  },
  {
    id: 'managed-scaling',
    group: 'capacity',
    term: { ja: 'マネージドスケーリング（targetCapacity）', en: 'Managed scaling (targetCapacity)' },
    meaning: {
      ja: 'Auto Scaling グループのキャパシティプロバイダーで、インスタンスの使用率の目標に合わせて台数を調整する。',
      en: 'For an Auto Scaling group capacity provider, adjusts the instance count towards a target utilisation.',
    },
    console: 'Target capacity %',
    api: ecsApi('CreateCapacityProviderRequest', 'autoScalingGroupProvider.managedScaling.targetCapacity'),
    cfn: cfn('ECS::CapacityProvider', 'AutoScalingGroupProvider.ManagedScaling.TargetCapacity'),
    cdk: cdk(
      'AsgCapacityProviderProps.targetCapacityPercent',
      "aws_ecs.AsgCapacityProviderProps['targetCapacityPercent']",
    ),
    terraform: 'aws_ecs_capacity_provider.auto_scaling_group_provider.managed_scaling.target_capacity',
    lesson: '03-fargate-ec2',
  },
  {
    id: 'placement-strategy',
    group: 'capacity',
    term: { ja: 'タスク配置戦略', en: 'Task placement strategy' },
    meaning: {
      ja: 'EC2 でタスクをどのインスタンスに置くか（spread、binpack、random）。Fargate では使わない。',
      en: 'On EC2, how tasks are placed on instances (spread, binpack, random); not used on Fargate.',
    },
    console: 'Task placement',
    api: ecsApi('CreateServiceRequest', 'placementStrategy.type', 'placementStrategy.field'),
    cfn: cfn('ECS::Service', 'PlacementStrategies.Type'),
    cdk: cdk('Ec2ServiceProps.placementStrategies', "aws_ecs.Ec2ServiceProps['placementStrategies']"),
    terraform: 'aws_ecs_service.ordered_placement_strategy',
  },
  {
    id: 'scalable-target',
    group: 'scaling',
    term: { ja: 'スケーラブルターゲット', en: 'Scalable target' },
    meaning: {
      ja: 'Application Auto Scaling に登録したサービスと、その最小・最大のタスク数。',
      en: 'A service registered with Application Auto Scaling, with its minimum and maximum task counts.',
    },
    console: 'Service auto scaling (Minimum / Maximum number of tasks)',
    api: scalingApi('RegisterScalableTargetRequest', 'MinCapacity', 'MaxCapacity'),
    cfn: cfn('ApplicationAutoScaling::ScalableTarget', 'MinCapacity', 'MaxCapacity'),
    cdk: cdk('BaseService.autoScaleTaskCount()', "aws_ecs.BaseService['autoScaleTaskCount']"),
    terraform: 'aws_appautoscaling_target',
    lesson: '04-services-autoscaling',
  },
  {
    id: 'target-tracking',
    group: 'scaling',
    term: { ja: 'ターゲット追跡スケーリング', en: 'Target tracking scaling' },
    meaning: {
      ja: 'メトリクスを目標値に保つようにタスク数を増減する。ターゲット追跡のポリシーが複数あれば、スケールインには全ポリシーの同意が要る。',
      en: 'Keeps a metric at a target value by changing the task count; with several target tracking policies, scale-in needs all of them to agree.',
    },
    console: 'Target tracking',
    api: scalingApi('PutScalingPolicyRequest', 'TargetTrackingScalingPolicyConfiguration.TargetValue'),
    cfn: cfn('ApplicationAutoScaling::ScalingPolicy', 'TargetTrackingScalingPolicyConfiguration.TargetValue'),
    cdk: cdk(
      'ScalableTaskCount.scaleOnCpuUtilization()',
      "aws_ecs.ScalableTaskCount['scaleOnCpuUtilization']",
    ),
    terraform: 'aws_appautoscaling_policy.target_tracking_scaling_policy_configuration',
    lesson: '04-services-autoscaling',
  },
  {
    id: 'step-scaling',
    group: 'scaling',
    term: { ja: 'ステップスケーリング', en: 'Step scaling' },
    meaning: {
      ja: 'アラームの超え方に応じて、段階ごとに決めた数だけタスクを増減する。',
      en: 'Changes the task count by set amounts, step by step, depending on how far an alarm is breached.',
    },
    console: 'Step scaling',
    api: scalingApi('PutScalingPolicyRequest', 'StepScalingPolicyConfiguration.StepAdjustments'),
    cfn: cfn('ApplicationAutoScaling::ScalingPolicy', 'StepScalingPolicyConfiguration.StepAdjustments'),
    cdk: cdk('ScalableTaskCount.scaleOnMetric()', "aws_ecs.ScalableTaskCount['scaleOnMetric']"),
    terraform: 'aws_appautoscaling_policy.step_scaling_policy_configuration',
    lesson: '04-services-autoscaling',
  },
  {
    id: 'scheduled-action',
    group: 'scaling',
    term: { ja: 'スケジュールされたアクション', en: 'Scheduled action' },
    meaning: {
      ja: '決まった時刻に最小・最大のタスク数を書き換える。Timezone を省くと UTC で解釈される。',
      en: 'Rewrites the minimum and maximum at set times; without Timezone the schedule is read as UTC.',
    },
    console: 'Scheduled actions',
    api: scalingApi('PutScheduledActionRequest', 'Schedule', 'Timezone'),
    cfn: cfn(
      'ApplicationAutoScaling::ScalableTarget',
      'ScheduledActions.Schedule',
      'ScheduledActions.Timezone',
    ),
    cdk: cdk('ScalableTaskCount.scaleOnSchedule()', "aws_ecs.ScalableTaskCount['scaleOnSchedule']"),
    terraform: 'aws_appautoscaling_scheduled_action.schedule',
    lesson: '04-services-autoscaling',
  },
  {
    id: 'cooldown',
    group: 'scaling',
    term: { ja: 'クールダウン', en: 'Cooldown' },
    meaning: {
      ja: 'スケーリングの後、次の判断までに置く待ち時間。スケールアウトとスケールインで別々に決める。',
      en: 'The wait after a scaling activity before the next; set separately for scale-out and scale-in.',
    },
    console: 'Scale-out / Scale-in cooldown period',
    api: scalingApi('PutScalingPolicyRequest', 'TargetTrackingScalingPolicyConfiguration.ScaleInCooldown'),
    cfn: cfn(
      'ApplicationAutoScaling::ScalingPolicy',
      'TargetTrackingScalingPolicyConfiguration.ScaleInCooldown',
    ),
    cdk: cdk(
      'CpuUtilizationScalingProps.scaleInCooldown',
      "aws_ecs.CpuUtilizationScalingProps['scaleInCooldown']",
    ),
    terraform: 'target_tracking_scaling_policy_configuration.scale_in_cooldown',
    lesson: '04-services-autoscaling',
  },
  {
    id: 'target-group',
    group: 'lb',
    term: { ja: 'ターゲットグループ', en: 'Target group' },
    meaning: {
      ja: 'ALB がリクエストを送る先の集まり。ECS はタスクを登録・登録解除し、ヘルスチェックの結果をデプロイに使う。',
      en: 'Where an ALB sends requests. ECS registers and deregisters tasks and uses its health checks in deployments.',
    },
    console: 'Load balancing (Target group)',
    api: ecsApi('CreateServiceRequest', 'loadBalancers.targetGroupArn'),
    cfn: cfn('ECS::Service', 'LoadBalancers.TargetGroupArn'),
    cdk: cdk('elbv2.ApplicationTargetGroup', 'aws_elasticloadbalancingv2.ApplicationTargetGroup'),
    terraform: 'aws_ecs_service.load_balancer.target_group_arn',
    lesson: '06-alb',
  },
  {
    id: 'target-type',
    group: 'lb',
    term: { ja: 'ターゲットタイプ', en: 'Target type' },
    meaning: {
      ja: 'ターゲットを何で登録するか。awsvpc のタスク（Fargate を含む）は ip。作成後は変えられない。',
      en: 'What targets are registered by. awsvpc tasks (Fargate included) need ip; it cannot change after creation.',
    },
    console: 'Target type',
    cfn: cfn('ElasticLoadBalancingV2::TargetGroup', 'TargetType'),
    cdk: cdk(
      'ApplicationTargetGroupProps.targetType',
      "aws_elasticloadbalancingv2.ApplicationTargetGroupProps['targetType']",
    ),
    terraform: 'aws_lb_target_group.target_type',
    lesson: '06-alb',
  },
  {
    id: 'deregistration-delay',
    group: 'lb',
    term: { ja: '登録解除の遅延', en: 'Deregistration delay' },
    meaning: {
      ja: '登録解除したターゲットへの処理中の接続を、ALB が待つ時間。既定 300 秒（属性 deregistration_delay.timeout_seconds）。',
      en: 'How long the ALB waits for in-flight connections to a deregistered target: 300 seconds by default (attribute deregistration_delay.timeout_seconds).',
    },
    console: 'Deregistration delay',
    cfn: cfn('ElasticLoadBalancingV2::TargetGroup', 'TargetGroupAttributes.Key'),
    cdk: cdk(
      'ApplicationTargetGroupProps.deregistrationDelay',
      "aws_elasticloadbalancingv2.ApplicationTargetGroupProps['deregistrationDelay']",
    ),
    terraform: 'aws_lb_target_group.deregistration_delay',
    lesson: '06-alb',
  },
  {
    id: 'service-connect',
    group: 'lb',
    term: { ja: 'Service Connect', en: 'Service Connect' },
    meaning: {
      ja: 'タスクに ECS 管理のプロキシを加え、名前空間の中のサービスを短い名前で呼べるようにする仕組み。',
      en: 'Adds an ECS-managed proxy to tasks so services in a namespace can call each other by short names.',
    },
    console: 'Service Connect',
    api: ecsApi(
      'CreateServiceRequest',
      'serviceConnectConfiguration.enabled',
      'serviceConnectConfiguration.services.portName',
    ),
    cfn: cfn('ECS::Service', 'ServiceConnectConfiguration.Enabled'),
    cdk: cdk(
      'FargateServiceProps.serviceConnectConfiguration',
      "aws_ecs.FargateServiceProps['serviceConnectConfiguration']",
    ),
    terraform: 'aws_ecs_service.service_connect_configuration',
    lesson: '09-service-connect',
  },
  {
    id: 'client-alias',
    group: 'lb',
    term: { ja: 'クライアントエイリアス', en: 'Client alias' },
    meaning: {
      ja: 'クライアントが使う名前とポート（http://orders:8080 の orders と 8080）。',
      en: 'The name and port clients use (orders and 8080 in http://orders:8080).',
    },
    console: 'Client alias (DNS, Port)',
    api: ecsApi('CreateServiceRequest', 'serviceConnectConfiguration.services.clientAliases.dnsName'),
    cfn: cfn('ECS::Service', 'ServiceConnectConfiguration.Services.ClientAliases.DnsName'),
    cdk: cdk('ServiceConnectService.dnsName', "aws_ecs.ServiceConnectService['dnsName']"),
    terraform: 'service_connect_configuration.service.client_alias.dns_name',
    lesson: '09-service-connect',
  },
  {
    id: 'namespace',
    group: 'lb',
    term: { ja: '名前空間（Cloud Map）', en: 'Namespace (Cloud Map)' },
    meaning: {
      ja: 'Service Connect の名前が有効な範囲。同じ名前空間のサービス同士が呼び合える。',
      en: 'Where Service Connect names apply; services in the same namespace can call each other.',
    },
    console: 'Namespace',
    api: ecsApi('CreateServiceRequest', 'serviceConnectConfiguration.namespace'),
    cfn: cfn('ECS::Service', 'ServiceConnectConfiguration.Namespace'),
    cdk: cdk('ServiceConnectProps.namespace', "aws_ecs.ServiceConnectProps['namespace']"),
    terraform: 'service_connect_configuration.namespace',
    lesson: '09-service-connect',
  },
  {
    id: 'ecs-exec',
    group: 'ops',
    term: { ja: 'ECS Exec', en: 'ECS Exec' },
    meaning: {
      ja: '動いているコンテナでコマンドを実行する仕組み。有効にした後に起動したタスクにだけ効く。',
      en: 'Runs commands in a running container; applies only to tasks started after it was turned on.',
    },
    console: 'Turn on ECS Exec',
    api: ecsApi('CreateServiceRequest', 'enableExecuteCommand'),
    cfn: cfn('ECS::Service', 'EnableExecuteCommand'),
    cdk: cdk(
      'FargateServiceProps.enableExecuteCommand',
      "aws_ecs.FargateServiceProps['enableExecuteCommand']",
    ),
    terraform: 'aws_ecs_service.enable_execute_command',
    lesson: '08-ecs-exec',
  },
  {
    id: 'stopped-reason',
    group: 'ops',
    term: { ja: '停止理由（stoppedReason）', en: 'Stopped reason' },
    meaning: {
      ja: '停止したタスクに残る理由。CannotPullContainerError などの起動の失敗もここに出る。',
      en: 'Why a task stopped, kept on the stopped task; start failures such as CannotPullContainerError appear here.',
    },
    console: 'Stopped reason',
    api: ecsApi('Task', 'stoppedReason', 'containers.exitCode'),
    lesson: '08-ecs-exec',
  },
  {
    id: 'service-events',
    group: 'ops',
    term: { ja: 'サービスイベント', en: 'Service events' },
    meaning: {
      ja: 'サービスのスケジューラーが残す記録。タスクを配置できない理由や、定常状態になったことが書かれる。',
      en: "The service scheduler's log: why tasks could not be placed, and when the service reached a steady state.",
    },
    console: 'Events',
    api: ecsApi('Service', 'events.message'),
    lesson: '08-ecs-exec',
  },
];

/** Terms taught by one lesson, in page order. */
export function termsOfLesson(lesson: string): GlossaryTerm[] {
  return GLOSSARY.filter((term) => term.lesson === lesson);
}

/** How a term's API field reads on the page: `CreateServiceRequest.deploymentConfiguration.maximumPercent`. */
export function apiLabel(api: ApiName): string[] {
  return api.paths.length === 0 ? [api.shape] : api.paths.map((path) => `${api.shape}.${path}`);
}

/** How a term's CloudFormation property reads on the page: `AWS::ECS::Service.DesiredCount`. */
export function cfnLabel(name: CfnName): string[] {
  return name.paths.length === 0 ? [name.resource] : name.paths.map((path) => `${name.resource}.${path}`);
}
