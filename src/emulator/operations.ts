/** The AWS operations the sandbox emulates, per service (API names as in the AWS API Reference). */
export const EMULATED_OPERATIONS = {
  ecs: [
    'CreateCluster',
    'DescribeClusters',
    'ListClusters',
    'PutClusterCapacityProviders',
    'RegisterTaskDefinition',
    'DescribeTaskDefinition',
    'ListTaskDefinitions',
    'DeregisterTaskDefinition',
    'CreateService',
    'UpdateService',
    'DescribeServices',
    'ListServices',
    'DeleteService',
    'ListTasks',
    'DescribeTasks',
    'RunTask',
    'StopTask',
    'ListServiceDeployments',
    'DescribeServiceDeployments',
  ],
  'application-autoscaling': [
    'RegisterScalableTarget',
    'DescribeScalableTargets',
    'PutScalingPolicy',
    'DescribeScalingPolicies',
    'PutScheduledAction',
    'DescribeScheduledActions',
    'DescribeScalingActivities',
  ],
} as const;

/** A service the emulator speaks (the AWS CLI's command name). */
export type EmulatedService = keyof typeof EMULATED_OPERATIONS;
