/**
 * The regression corpus: realistic files written for ECS Dojo in the shapes people commit (console
 * and describe-task-definition exports, GitHub Actions task-definition.json, CodePipeline
 * placeholders, sidecars, AWS CLI flag files, run-task inputs, CloudFormation with conditions and
 * parameters, CDK-synthesised templates, Terraform container lists), each with AWS's verdict.
 * `src/cli/corpus.test.ts` runs every file through `ecs-dojo lint` and checks:
 * - an accepted file gets no error;
 * - a rejected file gets an error for each listed rule at the listed JSON pointer;
 * - accepted files average fewer than 1.5 warnings.
 *
 * Terraform: `aws_ecs_task_definition.container_definitions` is a JSON list of containers, so a
 * top-level list whose items have a `name` and container keys (image, portMappings, …) is the
 * `container-definitions` kind. It is graded with the task definition rules, but launch type,
 * network mode, task memory and execution role live on the Terraform resource, so the rules that
 * need them stay silent.
 */
import type { Kind, Target } from '../types.ts';

/** Where the shape of a file comes from. */
export type CorpusShape =
  | 'console-export'
  | 'describe-export'
  | 'github-actions'
  | 'codepipeline'
  | 'sidecar'
  | 'ec2'
  | 'efs'
  | 'cli-flag'
  | 'cli-input-json'
  | 'run-task'
  | 'service'
  | 'iam'
  | 'cloudformation'
  | 'cdk'
  | 'terraform'
  | 'hand-written';

export interface CorpusEntry {
  readonly file: string;
  /** The kind `ecs-dojo lint` must detect from the content. */
  readonly kind: Kind;
  readonly shape: CorpusShape;
  /** What AWS does with the file: registers/accepts it, or refuses it (or it certainly breaks). */
  readonly verdict: 'accepted' | 'rejected';
  /** For rejected files: error findings that must be reported, at these JSON pointers. */
  readonly errors?: readonly { readonly ruleId: string; readonly path: string }[];
  /** Grade as this tool submits the file (default: the AWS CLI with --cli-input-json). */
  readonly target?: Target;
  readonly reason: string;
}

export const CORPUS: readonly CorpusEntry[] = [
  {
    file: 'adot-sidecar.taskdef.json',
    kind: 'taskdef',
    shape: 'sidecar',
    verdict: 'accepted',
    reason:
      'An application with the AWS Distro for OpenTelemetry collector, whose documented health check is ["/healthcheck"]: ECS registers it, so only a warning that never suggests adding a shell.',
  },
  {
    file: 'agent-permissions.iam-policy.json',
    kind: 'iam-policy',
    shape: 'iam',
    verdict: 'accepted',
    reason:
      'Agent permissions on actions that only support Resource "*" (ecs:DiscoverPollEndpoint, ec2:DescribeInstances, X-Ray, CloudWatch): no wildcard-resource noise.',
  },
  {
    file: 'alarms-no-names.deployment-configuration.json',
    kind: 'deployment-configuration',
    shape: 'cli-flag',
    verdict: 'rejected',
    errors: [{ ruleId: 'service/deployment-alarms', path: '/alarms/alarmNames' }],
    reason: 'A --deployment-configuration file enabling alarms with an empty alarm list.',
  },
  {
    file: 'alb-requests-no-label.target-tracking.json',
    kind: 'target-tracking-configuration',
    shape: 'cli-flag',
    verdict: 'rejected',
    errors: [{ ruleId: 'scaling/resource-label', path: '/PredefinedMetricSpecification' }],
    reason:
      'ALBRequestCountPerTarget needs ResourceLabel; Application Auto Scaling refuses the policy without it.',
  },
  {
    file: 'alb-requests.target-tracking.json',
    kind: 'target-tracking-configuration',
    shape: 'cli-flag',
    verdict: 'accepted',
    reason:
      'A --target-tracking-scaling-policy-configuration file for ALB requests per target, with its ResourceLabel.',
  },
  {
    file: 'bluegreen-codedeploy.service.json',
    kind: 'service',
    shape: 'service',
    verdict: 'accepted',
    reason:
      'create-service input for a CodeDeploy blue/green service (circuit breaker does not apply to that controller).',
  },
  {
    file: 'broken-fargate.taskdef.json',
    kind: 'taskdef',
    shape: 'hand-written',
    verdict: 'rejected',
    errors: [
      { ruleId: 'taskdef/execution-role-required', path: '' },
      { ruleId: 'taskdef/fargate-network-mode', path: '/networkMode' },
      { ruleId: 'taskdef/fargate-size', path: '/memory' },
    ],
    reason:
      'Several things Fargate refuses at once (network mode, size, privileged, container cpu type, awslogs options, execution role).',
  },
  {
    file: 'broken.cfn.json',
    kind: 'cfn',
    shape: 'cloudformation',
    verdict: 'rejected',
    errors: [
      { ruleId: 'taskdef/fargate-size', path: '/Resources/TaskDefinition/Properties/Memory' },
      {
        ruleId: 'taskdef/awsvpc-host-port',
        path: '/Resources/TaskDefinition/Properties/ContainerDefinitions/0/PortMappings/0/HostPort',
      },
      { ruleId: 'cfn/service-task-definition', path: '/Resources/Service/Properties' },
    ],
    reason:
      'A template with a bad Fargate size, a host port that differs under awsvpc, an awsvpc service without network configuration and a bad scalable target.',
  },
  {
    file: 'cdk-fargate-bad-size.cfn.json',
    kind: 'cfn',
    shape: 'cdk',
    verdict: 'rejected',
    errors: [{ ruleId: 'taskdef/fargate-size', path: '/Resources/WebTaskDef6D3A8F1B/Properties/Memory' }],
    reason: 'A CDK-synthesised template edited by hand to 1 vCPU with 1 GB, which Fargate does not offer.',
  },
  {
    file: 'cdk-fargate-web.cfn.json',
    kind: 'cfn',
    shape: 'cdk',
    verdict: 'accepted',
    reason:
      'A CDK-synthesised load-balanced Fargate service: aws:cdk:path metadata, Fn::Join/Fn::GetAtt image, CDKMetadata with a condition, BootstrapVersion rule.',
  },
  {
    file: 'cdk-scheduled-task.cfn.json',
    kind: 'cfn',
    shape: 'cdk',
    verdict: 'accepted',
    reason:
      'A CDK-synthesised scheduled Fargate task with a secret from a Secrets Manager attachment (Ref in ValueFrom).',
  },
  {
    file: 'cloudwatch-agent.taskdef.json',
    kind: 'taskdef',
    shape: 'sidecar',
    verdict: 'accepted',
    reason:
      'An application with the CloudWatch agent sidecar (no health check of its own: agents are not asked for one).',
  },
  {
    file: 'codepipeline-rendered.taskdef.json',
    kind: 'taskdef',
    shape: 'codepipeline',
    verdict: 'accepted',
    reason: 'The same CodePipeline task definition after the image was filled in with a digest.',
  },
  {
    file: 'codepipeline-taskdef.taskdef.json',
    kind: 'taskdef',
    shape: 'codepipeline',
    verdict: 'rejected',
    errors: [{ ruleId: 'taskdef/image-name', path: '/containerDefinitions/0/image' }],
    reason:
      'CodePipeline ECS blue/green taskdef.json still holding <IMAGE1_NAME>: AWS refuses the characters, so it must be rendered before registration.',
  },
  {
    file: 'codepipeline-two-images.taskdef.json',
    kind: 'taskdef',
    shape: 'codepipeline',
    verdict: 'rejected',
    errors: [
      { ruleId: 'taskdef/image-name', path: '/containerDefinitions/0/image' },
      { ruleId: 'taskdef/image-name', path: '/containerDefinitions/1/image' },
    ],
    reason: 'Two pipeline placeholders, <IMAGE1_NAME> and <IMAGE2_NAME>, both reported at their image.',
  },
  {
    file: 'conditional-compat-list.cfn.yaml',
    kind: 'cfn',
    shape: 'cloudformation',
    verdict: 'accepted',
    reason:
      'RequiresCompatibilities and NetworkMode chosen by Fn::If between whole lists: both branches are valid, so no finding.',
  },
  {
    file: 'conditional-launch-type.cfn.yaml',
    kind: 'cfn',
    shape: 'cloudformation',
    verdict: 'accepted',
    reason:
      'RequiresCompatibilities: [!If [IsProd, FARGATE, EC2]] and a conditional service launch type: unknown is not "no FARGATE".',
  },
  {
    file: 'console-export.taskdef.json',
    kind: 'taskdef',
    shape: 'console-export',
    verdict: 'rejected',
    errors: [
      { ruleId: 'input/output-only-key', path: '/taskDefinitionArn' },
      { ruleId: 'input/output-only-key', path: '/revision' },
      { ruleId: 'input/output-only-key', path: '/status' },
    ],
    reason:
      'The console JSON tab of a task definition revision: output-only keys make --cli-input-json fail; the GitHub Action drops them with a warning.',
  },
  {
    file: 'cpu-target.target-tracking.json',
    kind: 'target-tracking-configuration',
    shape: 'cli-flag',
    verdict: 'accepted',
    reason:
      'The AWS CLI documentation shape: a --target-tracking-scaling-policy-configuration file for average CPU.',
  },
  {
    file: 'daemon-agent.service.json',
    kind: 'service',
    shape: 'service',
    verdict: 'accepted',
    reason: 'A DAEMON service on EC2 with the ECS deployment controller.',
  },
  {
    file: 'daemon-codedeploy.service.json',
    kind: 'service',
    shape: 'service',
    verdict: 'rejected',
    errors: [{ ruleId: 'service/daemon-deployment-controller', path: '/deploymentController/type' }],
    reason: 'DAEMON with the CODE_DEPLOY controller, which AWS does not support.',
  },
  {
    file: 'daemon-external.service.json',
    kind: 'service',
    shape: 'service',
    verdict: 'rejected',
    errors: [{ ruleId: 'service/daemon-deployment-controller', path: '/deploymentController/type' }],
    reason: 'DAEMON with the EXTERNAL controller, which AWS does not support.',
  },
  {
    file: 'datadog-agent.taskdef.json',
    kind: 'taskdef',
    shape: 'sidecar',
    verdict: 'accepted',
    reason:
      'An application with the Datadog agent on Fargate; the agent image uses :latest, which still deserves the one tag warning.',
  },
  {
    file: 'dated-version.iam-policy.json',
    kind: 'iam-policy',
    shape: 'iam',
    verdict: 'rejected',
    errors: [{ ruleId: 'iam/policy-version-invalid', path: '/Version' }],
    reason: 'Version set to the day the policy was written; IAM accepts only 2012-10-17 and 2008-10-17.',
  },
  {
    file: 'db-migrate.run-task.json',
    kind: 'run-task',
    shape: 'run-task',
    verdict: 'accepted',
    reason: 'A run-task input for a one-off migration with a container command override.',
  },
  {
    file: 'deploy-role.iam-policy.json',
    kind: 'iam-policy',
    shape: 'iam',
    verdict: 'accepted',
    reason:
      'The GitHub deploy role: RegisterTaskDefinition and Describe actions on "*", the rest scoped to ARNs.',
  },
  {
    file: 'describe-nulls.taskdef.json',
    kind: 'taskdef',
    shape: 'describe-export',
    verdict: 'rejected',
    errors: [
      { ruleId: 'input/null-value', path: '/taskRoleArn' },
      { ruleId: 'input/null-value', path: '/pidMode' },
      { ruleId: 'input/null-value', path: '/ipcMode' },
    ],
    reason:
      'An SDK dump with keys set to null: one null finding per key, and no Fargate or awsvpc cascades from them.',
  },
  {
    file: 'describe-wrapper.taskdef.json',
    kind: 'taskdef',
    shape: 'describe-export',
    verdict: 'rejected',
    errors: [
      { ruleId: 'input/output-only-key', path: '/taskDefinition' },
      { ruleId: 'input/output-only-key', path: '/taskDefinition/taskDefinitionArn' },
      { ruleId: 'input/output-only-key', path: '/taskDefinition/revision' },
    ],
    reason:
      'aws ecs describe-task-definition output saved as is: the taskDefinition wrapper and output-only keys.',
  },
  {
    file: 'ec2-memory-equal.taskdef.json',
    kind: 'taskdef',
    shape: 'ec2',
    verdict: 'accepted',
    reason: 'memory equal to memoryReservation on EC2 containers: AWS registers and runs it.',
  },
  {
    file: 'ecs-tasks-trust.iam-policy.json',
    kind: 'iam-policy',
    shape: 'iam',
    verdict: 'accepted',
    reason:
      'The trust policy of a task role (Principal, no Resource): not an identity policy, so Resource is not required.',
  },
  {
    file: 'efs-encrypted.taskdef.json',
    kind: 'taskdef',
    shape: 'efs',
    verdict: 'accepted',
    reason: 'EFS with transit encryption and an access point.',
  },
  {
    file: 'efs-no-transit.taskdef.json',
    kind: 'taskdef',
    shape: 'efs',
    verdict: 'accepted',
    reason:
      'EFS without transit encryption: registers, one warning (as checkov and Security Hub ECS.18 report).',
  },
  {
    file: 'execution-role.iam-policy.json',
    kind: 'iam-policy',
    shape: 'iam',
    verdict: 'accepted',
    reason: 'A task execution role policy.',
  },
  {
    file: 'firelens-fluent-bit.taskdef.json',
    kind: 'taskdef',
    shape: 'sidecar',
    verdict: 'accepted',
    reason:
      'FireLens with AWS for Fluent Bit as log router (user 0, as AWS documents; no hardening warnings on the router).',
  },
  {
    file: 'firelens-no-router.taskdef.json',
    kind: 'taskdef',
    shape: 'sidecar',
    verdict: 'rejected',
    errors: [{ ruleId: 'taskdef/firelens', path: '/containerDefinitions/0/logConfiguration/logDriver' }],
    reason: 'awsfirelens log driver without the log router container.',
  },
  {
    file: 'fixed-health-port.cfn.yaml',
    kind: 'cfn',
    shape: 'cloudformation',
    verdict: 'accepted',
    reason:
      'Bridge mode with hostPort 0 behind a target group that health-checks a fixed port: a warning, as cfn-lint E3049 reports.',
  },
  {
    file: 'fragment.scaling-policy.json',
    kind: 'target-tracking-configuration',
    shape: 'cli-flag',
    verdict: 'accepted',
    reason:
      'Only the target tracking configuration: a file for --target-tracking-scaling-policy-configuration, detected as such.',
  },
  {
    file: 'gha-api.taskdef.json',
    kind: 'taskdef',
    shape: 'github-actions',
    verdict: 'accepted',
    reason:
      'A task-definition.json deployed by the official GitHub Action, with role names instead of ARNs and SSM parameter names.',
  },
  {
    file: 'gha-mustache-image.taskdef.json',
    kind: 'taskdef',
    shape: 'github-actions',
    verdict: 'rejected',
    errors: [{ ruleId: 'taskdef/image-name', path: '/containerDefinitions/0/image' }],
    reason: 'A templated file with {{image}} left in: AWS refuses the characters.',
  },
  {
    file: 'gha-placeholder-account.taskdef.json',
    kind: 'taskdef',
    shape: 'github-actions',
    verdict: 'rejected',
    errors: [{ ruleId: 'taskdef/role-arn', path: '/executionRoleArn' }],
    reason: '<AWS_ACCOUNT_ID> left in the execution role ARN.',
  },
  {
    file: 'gha-short-account.taskdef.json',
    kind: 'taskdef',
    shape: 'github-actions',
    verdict: 'rejected',
    errors: [{ ruleId: 'taskdef/role-arn', path: '/executionRoleArn' }],
    reason: 'An execution role ARN with an 8-digit account id.',
  },
  {
    file: 'gha-worker.taskdef.json',
    kind: 'taskdef',
    shape: 'github-actions',
    verdict: 'accepted',
    reason:
      'A worker task definition as people commit it: role names, ARM64, no health check and a writable root file system (two warnings).',
  },
  {
    file: 'identity-policy-no-resource.cfn.yaml',
    kind: 'cfn',
    shape: 'cloudformation',
    verdict: 'rejected',
    errors: [
      {
        ruleId: 'iam/statement-resource',
        path: '/Resources/QueuePolicy/Properties/PolicyDocument/Statement/0',
      },
    ],
    reason:
      'An AWS::IAM::Policy statement without Resource: IAM refuses identity policies without Resource or NotResource.',
  },
  {
    file: 'launch-and-strategy.run-task.json',
    kind: 'run-task',
    shape: 'run-task',
    verdict: 'rejected',
    errors: [{ ruleId: 'service/launch-type-and-strategy', path: '/capacityProviderStrategy' }],
    reason: 'run-task with both launchType and capacityProviderStrategy.',
  },
  {
    file: 'managed-instances.cfn.yaml',
    kind: 'cfn',
    shape: 'cloudformation',
    verdict: 'accepted',
    reason:
      'ECS Managed Instances through a capacity provider strategy, RequiresCompatibilities [MANAGED_INSTANCES] and PropagateTags: NONE (the API default; the CloudFormation spec lacks it, our overlay adds it).',
  },
  {
    file: 'managed-instances-launch-type.cfn.yaml',
    kind: 'cfn',
    shape: 'cloudformation',
    verdict: 'rejected',
    errors: [
      { ruleId: 'service/managed-instances-launch-type', path: '/Resources/Service/Properties/LaunchType' },
    ],
    reason:
      'LaunchType: MANAGED_INSTANCES on a service: CreateService refuses it, Managed Instances need a capacity provider strategy (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html). The specific rule replaces the spec enum error at the same path.',
  },
  {
    file: 'managed-instances-launch-type.service.json',
    kind: 'service',
    shape: 'service',
    verdict: 'rejected',
    errors: [{ ruleId: 'service/managed-instances-launch-type', path: '/launchType' }],
    reason:
      'create-service --cli-input-json for a service meant for ECS Managed Instances that names it in launchType; the API model lists the value, but CreateService documents that Managed Instances needs a capacity provider strategy with launchType omitted.',
  },
  {
    file: 'mixed-providers.capacity-provider-strategy.json',
    kind: 'capacity-provider-strategy',
    shape: 'cli-flag',
    verdict: 'rejected',
    errors: [{ ruleId: 'service/capacity-provider-strategy', path: '' }],
    reason: 'A --capacity-provider-strategy file mixing FARGATE_SPOT with an Auto Scaling group provider.',
  },
  {
    file: 'nightly-report.run-task.json',
    kind: 'run-task',
    shape: 'run-task',
    verdict: 'accepted',
    reason: 'run-task on FARGATE_SPOT with task-level cpu/memory overrides.',
  },
  {
    file: 'no-port-name.service-connect.json',
    kind: 'service-connect-configuration',
    shape: 'cli-flag',
    verdict: 'rejected',
    errors: [{ ruleId: 'service/service-connect', path: '/services/0' }],
    reason: 'A --service-connect-configuration file whose service has no portName.',
  },
  {
    file: 'no-resource.iam-policy.json',
    kind: 'iam-policy',
    shape: 'iam',
    verdict: 'rejected',
    errors: [{ ruleId: 'iam/statement-resource', path: '/Statement/0' }],
    reason: 'An identity policy statement without Resource.',
  },
  {
    file: 'no-subnets.network-configuration.json',
    kind: 'network-configuration',
    shape: 'cli-flag',
    verdict: 'rejected',
    errors: [{ ruleId: 'input/missing-required', path: '/awsvpcConfiguration' }],
    reason: 'A --network-configuration file without subnets.',
  },
  {
    file: 'orders.service-connect.json',
    kind: 'service-connect-configuration',
    shape: 'cli-flag',
    verdict: 'accepted',
    reason: 'A --service-connect-configuration file with a client alias and proxy logs.',
  },
  {
    file: 'pasted-describe-output.taskdef.json',
    kind: 'taskdef',
    shape: 'describe-export',
    verdict: 'rejected',
    errors: [
      { ruleId: 'input/output-only-key', path: '/taskDefinition' },
      { ruleId: 'input/output-only-key', path: '/taskDefinition/taskDefinitionArn' },
      { ruleId: 'input/output-only-key', path: '/taskDefinition/revision' },
    ],
    reason: 'describe-task-definition output pasted as input.',
  },
  {
    file: 'policy-version-typo.cfn.yaml',
    kind: 'cfn',
    shape: 'cloudformation',
    verdict: 'rejected',
    errors: [
      {
        ruleId: 'iam/policy-version-invalid',
        path: '/Resources/ExecutionRole/Properties/Policies/0/PolicyDocument/Version',
      },
    ],
    reason: 'An inline role policy with Version 2021-10-17, which IAM refuses.',
  },
  {
    file: 'private.network-configuration.json',
    kind: 'network-configuration',
    shape: 'cli-flag',
    verdict: 'accepted',
    reason: 'A --network-configuration file with private subnets.',
  },
  {
    file: 'propagate-service.run-task.json',
    kind: 'run-task',
    shape: 'run-task',
    verdict: 'rejected',
    errors: [{ ruleId: 'run-task/propagate-tags', path: '/propagateTags' }],
    reason: 'run-task with propagateTags SERVICE, which RunTask refuses.',
  },
  {
    file: 'public-subnet.network-configuration.json',
    kind: 'network-configuration',
    shape: 'cli-flag',
    verdict: 'accepted',
    reason: 'A --network-configuration file with assignPublicIp ENABLED: accepted, one warning.',
  },
  {
    file: 'ref-launch-type.cfn.yaml',
    kind: 'cfn',
    shape: 'cloudformation',
    verdict: 'accepted',
    reason:
      'Launch type, network mode and execution role name from parameters (Ref): nothing can be judged, nothing is reported.',
  },
  {
    file: 'ref-network-mode.cfn.yaml',
    kind: 'cfn',
    shape: 'cloudformation',
    verdict: 'accepted',
    reason:
      'A FARGATE service whose task definition takes RequiresCompatibilities and NetworkMode from parameters.',
  },
  {
    file: 'reservation-sum.taskdef.json',
    kind: 'taskdef',
    shape: 'ec2',
    verdict: 'rejected',
    errors: [{ ruleId: 'taskdef/memory-reservation-sum', path: '/containerDefinitions' }],
    reason: 'Containers reserve 4608 MiB in a 4096 MiB task.',
  },
  {
    file: 'rolling.deployment-configuration.json',
    kind: 'deployment-configuration',
    shape: 'cli-flag',
    verdict: 'accepted',
    reason: 'A --deployment-configuration file with the circuit breaker and rollback.',
  },
  {
    file: 'shop-web.cfn.yaml',
    kind: 'cfn',
    shape: 'cloudformation',
    verdict: 'accepted',
    reason: 'A hand-written template for a Fargate web service.',
  },
  {
    file: 'spot-heavy.capacity-provider-strategy.json',
    kind: 'capacity-provider-strategy',
    shape: 'cli-flag',
    verdict: 'accepted',
    reason: 'A --capacity-provider-strategy file: FARGATE base 2, FARGATE_SPOT weight 3.',
  },
  {
    file: 'sqs-backlog.target-tracking.json',
    kind: 'target-tracking-configuration',
    shape: 'cli-flag',
    verdict: 'accepted',
    reason: 'Target tracking on SQS backlog per task with metric math, as AWS documents.',
  },
  {
    file: 'step-overlap.step-scaling.json',
    kind: 'step-scaling-configuration',
    shape: 'cli-flag',
    verdict: 'rejected',
    errors: [{ ruleId: 'scaling/step-adjustments', path: '/StepAdjustments' }],
    reason: 'A --step-scaling-policy-configuration file with overlapping steps.',
  },
  {
    file: 'step-scale-out.step-scaling.json',
    kind: 'step-scaling-configuration',
    shape: 'cli-flag',
    verdict: 'accepted',
    reason: 'A --step-scaling-policy-configuration file with three steps.',
  },
  {
    file: 'stuck.service.json',
    kind: 'service',
    shape: 'hand-written',
    verdict: 'rejected',
    errors: [
      { ruleId: 'service/capacity-provider-strategy', path: '/capacityProviderStrategy' },
      { ruleId: 'service/launch-type-and-strategy', path: '/capacityProviderStrategy' },
      { ruleId: 'service/capacity-provider-strategy', path: '/capacityProviderStrategy/1/base' },
    ],
    reason: 'A service whose strategy, launch type and deployment settings all conflict.',
  },
  {
    file: 'task-role-s3.iam-policy.json',
    kind: 'iam-policy',
    shape: 'iam',
    verdict: 'accepted',
    reason: 'A task role scoped to one bucket.',
  },
  {
    file: 'tf-duplicate-names.container-definitions.json',
    kind: 'container-definitions',
    shape: 'terraform',
    verdict: 'rejected',
    errors: [{ ruleId: 'taskdef/container-name', path: '/1/name' }],
    reason: 'Terraform container_definitions with the same container name twice.',
  },
  {
    file: 'tf-string-cpu.container-definitions.json',
    kind: 'container-definitions',
    shape: 'terraform',
    verdict: 'rejected',
    errors: [{ ruleId: 'input/wrong-type', path: '/0/cpu' }],
    reason: 'jsonencode() of a string variable: container cpu "256" is not an integer.',
  },
  {
    file: 'tf-web.container-definitions.json',
    kind: 'container-definitions',
    shape: 'terraform',
    verdict: 'accepted',
    reason:
      'Terraform-rendered container_definitions for a web container (task settings live on the resource).',
  },
  {
    file: 'tf-worker-with-router.container-definitions.json',
    kind: 'container-definitions',
    shape: 'terraform',
    verdict: 'accepted',
    reason: 'Terraform-rendered worker with a FireLens router and secretOptions.',
  },
  {
    file: 'too-broad.iam-policy.json',
    kind: 'iam-policy',
    shape: 'iam',
    verdict: 'accepted',
    reason: 's3:* on every resource: accepted, two warnings.',
  },
  {
    file: 'too-many.run-task.json',
    kind: 'run-task',
    shape: 'run-task',
    verdict: 'rejected',
    errors: [{ ruleId: 'input/invalid-value', path: '/count' }],
    reason: 'run-task with count 25; RunTask starts at most 10 tasks per call.',
  },
  {
    file: 'two-bases.capacity-provider-strategy.json',
    kind: 'capacity-provider-strategy',
    shape: 'cli-flag',
    verdict: 'rejected',
    errors: [{ ruleId: 'service/capacity-provider-strategy', path: '/1/base' }],
    reason: 'Two providers with a base in one strategy.',
  },
  {
    file: 'update-service.service.json',
    kind: 'service',
    shape: 'service',
    verdict: 'accepted',
    reason:
      'update-service input from a deploy script: it keeps the service settings it does not name, so no advice on them.',
  },
  {
    file: 'web-fargate.taskdef.json',
    kind: 'taskdef',
    shape: 'hand-written',
    verdict: 'accepted',
    reason: 'A clean Fargate task definition.',
  },
  {
    file: 'web-requests.scaling-policy.json',
    kind: 'scaling-policy',
    shape: 'cli-input-json',
    verdict: 'accepted',
    reason: 'A full put-scaling-policy input.',
  },
  {
    file: 'web.scaling-target.json',
    kind: 'scaling-target',
    shape: 'cli-input-json',
    verdict: 'accepted',
    reason: 'A register-scalable-target input.',
  },
  {
    file: 'web.service.json',
    kind: 'service',
    shape: 'service',
    verdict: 'accepted',
    reason: 'A clean create-service input.',
  },
  {
    file: 'weekday-morning.scheduled-action.json',
    kind: 'scheduled-action',
    shape: 'cli-input-json',
    verdict: 'accepted',
    reason: 'A put-scheduled-action input.',
  },
  {
    file: 'worker-ec2.taskdef.json',
    kind: 'taskdef',
    shape: 'ec2',
    verdict: 'accepted',
    reason: 'An EC2 worker task definition.',
  },
  {
    file: 'xray-daemon.taskdef.json',
    kind: 'taskdef',
    shape: 'sidecar',
    verdict: 'accepted',
    reason: 'An application with a non-essential X-Ray daemon sidecar.',
  },
  {
    file: 'tutorial-nginx.taskdef.json',
    kind: 'taskdef',
    shape: 'github-actions',
    verdict: 'accepted',
    reason:
      'A getting-started task definition (nginx:latest, no health check, writable root): registers, three warnings.',
  },
  {
    file: 'console-new-revision.taskdef.json',
    kind: 'taskdef',
    shape: 'console-export',
    verdict: 'accepted',
    reason:
      'A console-created revision with the output-only keys removed: empty lists, cpu 0 and portMappings names register as they are.',
  },
  {
    file: 'ec2-bridge-links.taskdef.json',
    kind: 'taskdef',
    shape: 'ec2',
    verdict: 'accepted',
    reason: 'The classic EC2 bridge sample with links, dynamic host ports and json-file logs.',
  },
  {
    file: 'windows-iis.taskdef.json',
    kind: 'taskdef',
    shape: 'hand-written',
    verdict: 'accepted',
    reason:
      'Windows on Fargate: readonlyRootFilesystem is not supported for Windows containers, so it is not asked for.',
  },
  {
    file: 'console-export.taskdef.json',
    kind: 'taskdef',
    shape: 'console-export',
    verdict: 'accepted',
    target: 'github-action',
    reason:
      'The same console export deployed with aws-actions/amazon-ecs-deploy-task-definition: the action drops the output-only keys with a warning, then registers.',
  },
  {
    file: 'describe-nulls.taskdef.json',
    kind: 'taskdef',
    shape: 'describe-export',
    verdict: 'accepted',
    target: 'github-action',
    reason: 'The GitHub Action removes null values before registering, so the SDK dump registers.',
  },
];
