import { describe, expect, it } from 'vitest';
import { createEcsEmulator } from './index.ts';
import { exportScripts, REAL_IMAGE, type TranscriptEntry } from './export-script.ts';
import { NETWORK, webTaskDefinition } from './test-support/fixtures.ts';

function session() {
  const e = createEcsEmulator();
  e.files.write('web.json', JSON.stringify(webTaskDefinition(), null, 2));
  const lines = [
    'aws ecs create-cluster --cluster-name dojo',
    'aws ecs register-task-definition --cli-input-json file://web.json',
    `aws ecs create-service --cluster dojo --service-name web --task-definition web --desired-count 2 --launch-type FARGATE --network-configuration "${NETWORK}"`,
    'dojo advance 5m',
    'aws ecs describe-services --cluster nope --services web',
    'aws application-autoscaling register-scalable-target --service-namespace ecs --resource-id service/dojo/web --scalable-dimension ecs:service:DesiredCount --min-capacity 1 --max-capacity 3',
  ];
  const transcript: TranscriptEntry[] = lines.map((line) => ({ line, exitCode: e.run(line).exitCode }));
  return { e, transcript };
}

describe('exportScripts', () => {
  it('replays successful commands with real images, variables and a cost warning', () => {
    const { e, transcript } = session();
    const { run } = exportScripts(transcript, e.inspect(), 'en');
    expect(run.startsWith('#!/usr/bin/env bash\n')).toBe(true);
    expect(run).toMatch(/WARNING: this script creates real resources/);
    expect(run).toContain(REAL_IMAGE);
    expect(run).not.toMatch(/registry\.dojo\.example\/\w/);
    expect(run).toContain('subnets=[${SUBNET_ID}]');
    expect(run).toContain("cat > web.json <<'ECS_DOJO_EOF'");
    expect(run).toContain('sleep 300  # dojo advance 5m');
    expect(run).toMatch(
      /# failed in the sandbox \(exit 254\), left out: aws ecs describe-services --cluster nope/,
    );
    expect(run).toContain('role/ecsTaskExecutionRole');
  });

  it('writes a clean-up script that removes what the session created, in order', () => {
    const { e, transcript } = session();
    const { cleanup } = exportScripts(transcript, e.inspect(), 'ja');
    const order = [
      'deregister-scalable-target',
      'delete-service --cluster dojo --service web --force',
      'wait services-inactive',
      'deregister-task-definition --task-definition web:1',
      'delete-task-definitions',
      'delete-cluster --cluster dojo',
    ].map((s) => cleanup.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(cleanup).toMatch(/run\.sh が作ったリソース/);
  });
});
