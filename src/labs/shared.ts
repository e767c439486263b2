/** Building blocks the labs share: the sandbox's image names, task definitions and setup commands. */
import { jsonFile } from './goal-helpers.ts';

/** The fictional registry's images. */
export const IMG = {
  web: 'registry.dojo.example/web:1.0',
  webNext: 'registry.dojo.example/web:1.1',
  crash: 'registry.dojo.example/web:2.0-crash',
  report: 'registry.dojo.example/report:1.0',
  worker: 'registry.dojo.example/worker:1.0',
} as const;

/** The sandbox account's task execution role. */
export const EXECUTION_ROLE = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';

/** A Fargate task definition (as a file's text) for one container. */
export function taskDefFile(
  family: string,
  image: string,
  extra: { memory?: string; cpu?: string; portName?: string; container?: Record<string, unknown> } = {},
): string {
  return jsonFile({
    family,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: extra.cpu ?? '256',
    memory: extra.memory ?? '512',
    executionRoleArn: EXECUTION_ROLE,
    containerDefinitions: [
      {
        name: family,
        image,
        essential: true,
        portMappings: [
          {
            containerPort: 80,
            protocol: 'tcp',
            ...(extra.portName !== undefined ? { name: extra.portName } : {}),
          },
        ],
        ...(extra.container ?? {}),
      },
    ],
  });
}

/** The network configuration shorthand every lab uses. */
export const NETWORK = '"awsvpcConfiguration={subnets=[subnet-1],assignPublicIp=DISABLED}"';

/** The commands that create a service `name` from a file, waiting until it is stable. */
export function serviceSetup(name: string, file: string, desired: number, extra = ''): string[] {
  return [
    `aws ecs register-task-definition --cli-input-json file://${file}`,
    `aws ecs create-service --cluster dojo --service-name ${name} --task-definition ${name} --desired-count ${desired} --launch-type FARGATE --network-configuration ${NETWORK}${extra === '' ? '' : ` ${extra}`}`,
  ];
}
