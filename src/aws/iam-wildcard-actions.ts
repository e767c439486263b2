/**
 * IAM actions that support no resource-level permissions: in the IAM Service Authorization
 * Reference their "Resource types" column is empty, and AWS says: "If there is no value for this
 * column, you must specify all resources ("*") to which the policy applies in the Resource element
 * of your policy statement." A `Resource: "*"` on these actions is therefore not a finding.
 *
 * Pure data. Source pages (checked 2026-12-06), one per service prefix:
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 */

/** Where the list comes from, and when it was checked. */
export const IAM_WILDCARD_ACTIONS_SOURCE = {
  url: 'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
  checked: '2026-12-06',
} as const;

/** Service authorization reference page of each service prefix used below. */
export const SERVICE_PAGES: Readonly<Record<string, string>> = {
  ecr: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticcontainerregistry.html',
  ecs: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticcontainerservice.html',
  ec2: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html',
  logs: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchlogs.html',
  cloudwatch: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatch.html',
  xray: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsx-ray.html',
  ssmmessages:
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsessionmanagermessagegatewayservice.html',
  sts: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html',
  tag: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonresourcegrouptaggingapi.html',
  elasticloadbalancing:
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselasticloadbalancingv2.html',
  autoscaling:
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2autoscaling.html',
  'application-autoscaling':
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_applicationautoscaling.html',
  servicediscovery:
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudmap.html',
  secretsmanager:
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecretsmanager.html',
  ssm: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssystemsmanager.html',
};

/** Actions (lower case) whose only possible Resource is "*". */
export const WILDCARD_ONLY_ACTIONS: ReadonlySet<string> = new Set([
  'ecr:getauthorizationtoken',
  'ecs:discoverpollendpoint',
  'ecs:listclusters',
  'ecs:listtaskdefinitions',
  'ecs:listtaskdefinitionfamilies',
  'ecs:registertaskdefinition',
  'ecs:describetaskdefinition',
  'ecs:createcapacityprovider',
  'logs:describeloggroups',
  'cloudwatch:putmetricdata',
  'cloudwatch:getmetricdata',
  'cloudwatch:listmetrics',
  'xray:puttracesegments',
  'xray:puttelemetryrecords',
  'xray:getsamplingrules',
  'xray:getsamplingtargets',
  'xray:getsamplingstatisticsummaries',
  'ssmmessages:createcontrolchannel',
  'ssmmessages:createdatachannel',
  'ssmmessages:opencontrolchannel',
  'ssmmessages:opendatachannel',
  'sts:getcalleridentity',
  'tag:getresources',
  'servicediscovery:discoverinstances',
  'secretsmanager:getrandompassword',
  'secretsmanager:listsecrets',
  'ssm:describeparameters',
]);

/**
 * Action prefixes (lower case) whose every action supports only "*": the Describe actions of EC2,
 * Elastic Load Balancing, EC2 Auto Scaling and Application Auto Scaling.
 */
export const WILDCARD_ONLY_PREFIXES: readonly string[] = [
  'ec2:describe',
  'elasticloadbalancing:describe',
  'autoscaling:describe',
  'application-autoscaling:describe',
];

/** True when the action (or action pattern such as ec2:Describe*) can only be granted on "*". */
export function onlySupportsWildcardResource(action: string): boolean {
  const a = action.toLowerCase();
  if (WILDCARD_ONLY_ACTIONS.has(a)) return true;
  return WILDCARD_ONLY_PREFIXES.some((p) => a.startsWith(p));
}
