/** Inputs shared by the emulator's tests, labs and benchmark. */

/** A Fargate task definition of the healthy web image (what the issue's `web.json` holds). */
export function webTaskDefinition(
  image = 'registry.dojo.example/web:1.0',
  family = 'web',
): Record<string, unknown> {
  return {
    family,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    containerDefinitions: [
      {
        name: 'web',
        image,
        essential: true,
        portMappings: [{ containerPort: 80, protocol: 'tcp' }],
      },
    ],
  };
}

/** The `--network-configuration` shorthand used throughout. */
export const NETWORK = 'awsvpcConfiguration={subnets=[subnet-1],assignPublicIp=DISABLED}';
