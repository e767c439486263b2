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
