/** Helpers for writing exercise data. */
import type { LessonRef, LessonSlug } from '../grader/index.ts';

/** Pretty JSON as a learner would write it: two-space indent, trailing newline. */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** A lesson section reference. */
export function section(lesson: LessonSlug, anchor: string): LessonRef {
  return { lesson, anchor };
}

export const ACCOUNT = '123456789012';
export const REGION = 'ap-northeast-1';
export const EXECUTION_ROLE = `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`;
export const TASK_ROLE = `arn:aws:iam::${ACCOUNT}:role/webTaskRole`;

/** An awslogs log configuration for one container. */
export function awslogs(group: string, prefix: string): Record<string, unknown> {
  return {
    logDriver: 'awslogs',
    options: { 'awslogs-group': group, 'awslogs-region': REGION, 'awslogs-stream-prefix': prefix },
  };
}

/** A CMD-SHELL health check against a local HTTP path. */
export function httpHealthCheck(port: number, path = '/health'): Record<string, unknown> {
  return {
    command: ['CMD-SHELL', `curl -fs http://localhost:${port}${path} || exit 1`],
    interval: 30,
    timeout: 5,
    retries: 3,
    startPeriod: 10,
  };
}

/** The awsvpc network configuration the service exercises share: two private subnets, one security group. */
export const NETWORK = {
  awsvpcConfiguration: {
    subnets: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'],
    securityGroups: ['sg-0123456789abcdef0'],
    assignPublicIp: 'DISABLED',
  },
};

/** The ARN of an Application Load Balancer target group in the exercises' account and Region. */
export function targetGroupArn(name: string, id: string): string {
  return `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/${name}/${id}`;
}

/** The `web` Fargate service behind `web-tg` with the given deployment configuration (plus extra fields). */
export function webService(
  deployment: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    cluster: 'prod',
    serviceName: 'web',
    taskDefinition: 'web:42',
    desiredCount: 4,
    launchType: 'FARGATE',
    networkConfiguration: NETWORK,
    loadBalancers: [
      {
        targetGroupArn: targetGroupArn('web-tg', '6d0ecf831eec9f09'),
        containerName: 'web',
        containerPort: 8080,
      },
    ],
    healthCheckGracePeriodSeconds: 30,
    deploymentConfiguration: deployment,
    ...extra,
  };
}

/** The Application Auto Scaling resource id of the `web` service in the `prod` cluster. */
export const WEB_RESOURCE_ID = 'service/prod/web';
