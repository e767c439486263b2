/**
 * Task definitions shaped like the examples in the Amazon ECS Developer Guide ("Example task
 * definitions"), written from the shapes in our facts sheet. They must all be accepted.
 */
export const AWS_EXAMPLE_TASK_DEFINITIONS: Readonly<Record<string, unknown>> = {
  'Fargate web server with awslogs': {
    family: 'webserver',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'X86_64' },
    containerDefinitions: [
      {
        name: 'web',
        image: 'public.ecr.aws/docker/library/httpd:2.4',
        essential: true,
        portMappings: [{ containerPort: 80, hostPort: 80, protocol: 'tcp' }],
        entryPoint: ['sh', '-c'],
        command: [
          '/bin/sh -c "echo \'<h1>Amazon ECS</h1>\' > /usr/local/apache2/htdocs/index.html && httpd-foreground"',
        ],
        logConfiguration: {
          logDriver: 'awslogs',
          options: {
            'awslogs-group': '/ecs/webserver',
            'awslogs-region': 'us-east-1',
            'awslogs-stream-prefix': 'ecs',
            'awslogs-create-group': 'true',
          },
        },
      },
    ],
  },
  'EC2 bridge mode with dynamic host ports': {
    family: 'sleep360',
    containerDefinitions: [
      {
        name: 'sleep',
        image: 'public.ecr.aws/docker/library/busybox:1.36',
        cpu: 10,
        memory: 10,
        essential: true,
        command: ['sleep', '360'],
      },
      {
        name: 'web',
        image: 'public.ecr.aws/nginx/nginx:1.27',
        memoryReservation: 128,
        portMappings: [{ containerPort: 80, hostPort: 0 }],
        essential: true,
      },
    ],
  },
  'Fargate with Secrets Manager and SSM secrets': {
    family: 'app-with-secrets',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '1 vCPU',
    memory: '2 GB',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    taskRoleArn: 'arn:aws:iam::123456789012:role/appTaskRole',
    containerDefinitions: [
      {
        name: 'app',
        image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:2.3.1',
        secrets: [
          {
            name: 'DB_USER',
            valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:username::',
          },
          {
            name: 'DB_PASS',
            valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password::',
          },
          { name: 'API_URL', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/app/api-url' },
          { name: 'FEATURE', valueFrom: 'app-feature-flag' },
        ],
        logConfiguration: {
          logDriver: 'awslogs',
          options: {
            'awslogs-group': '/ecs/app',
            'awslogs-region': 'us-east-1',
            'awslogs-stream-prefix': 'app',
          },
        },
      },
    ],
  },
  'Container dependencies and FireLens': {
    family: 'firelens-example',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '512',
    memory: '1024',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    taskRoleArn: 'arn:aws:iam::123456789012:role/firelensTaskRole',
    containerDefinitions: [
      {
        name: 'log_router',
        image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4',
        essential: true,
        firelensConfiguration: { type: 'fluentbit', options: { 'enable-ecs-log-metadata': 'true' } },
        memoryReservation: 50,
      },
      {
        name: 'migrate',
        image: 'public.ecr.aws/docker/library/busybox:1.36',
        essential: false,
        command: ['sh', '-c', 'echo migrate'],
      },
      {
        name: 'app',
        image: 'public.ecr.aws/nginx/nginx:1.27',
        essential: true,
        portMappings: [{ containerPort: 80 }],
        dependsOn: [
          { containerName: 'log_router', condition: 'START' },
          { containerName: 'migrate', condition: 'SUCCESS' },
        ],
        logConfiguration: {
          logDriver: 'awsfirelens',
          options: {
            Name: 'cloudwatch',
            region: 'us-east-1',
            log_group_name: '/ecs/app',
            log_stream_prefix: 'app-',
            auto_create_group: 'true',
          },
        },
        healthCheck: {
          command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'],
          interval: 30,
          timeout: 5,
          retries: 3,
          startPeriod: 60,
        },
      },
    ],
  },
};
