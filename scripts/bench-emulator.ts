// Emulator benchmark: median time of a command line, and advancing one simulated hour with
// 10 services of 100 tasks. Exits non-zero over budget. Run with: node scripts/bench-emulator.ts
import { createEcsEmulator } from '../src/emulator/index.ts';
import { webTaskDefinition } from '../src/emulator/test-support/fixtures.ts';

const COMMAND_BUDGET_MS = 5;
const HOUR_BUDGET_MS = 200;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const NET = { awsvpcConfiguration: { subnets: ['subnet-1'], assignPublicIp: 'DISABLED' } };

function commandMedian(): number {
  const e = createEcsEmulator({ seed: 1 });
  e.files.write('web.json', JSON.stringify(webTaskDefinition()));
  e.run('aws ecs create-cluster --cluster-name dojo');
  e.run('aws ecs register-task-definition --cli-input-json file://web.json');
  e.run(
    'aws ecs create-service --cluster dojo --service-name web --task-definition web --desired-count 10 --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[subnet-1]}"',
  );
  e.advance(300);
  const lines = [
    'aws ecs describe-services --cluster dojo --services web',
    'aws ecs list-tasks --cluster dojo --service-name web',
    'aws ecs describe-services --cluster dojo --services web --query "services[0].deployments[0].rolloutState" --output text',
    'aws ecs register-task-definition --cli-input-json file://web.json --query taskDefinition.revision',
    'aws ecs update-service --cluster dojo --service web --desired-count 10 --output yaml',
    'aws ecs list-services --cluster dojo --output table',
  ];
  const times: number[] = [];
  for (let round = 0; round < 40; round += 1) {
    for (const line of lines) {
      const t = performance.now();
      const r = e.run(line);
      times.push(performance.now() - t);
      if (r.exitCode !== 0) throw new Error(`${line}: ${r.stderr}`);
    }
  }
  return median(times.slice(lines.length * 5));
}

function hourMedian(): number {
  const e = createEcsEmulator({ seed: 1 });
  e.call('ecs', 'CreateCluster', { clusterName: 'dojo' });
  e.call('ecs', 'RegisterTaskDefinition', webTaskDefinition());
  for (let i = 0; i < 10; i += 1) {
    e.call('ecs', 'CreateService', {
      cluster: 'dojo',
      serviceName: `svc-${i}`,
      taskDefinition: 'web',
      desiredCount: 100,
      launchType: 'FARGATE',
      networkConfiguration: NET,
    });
  }
  e.advance(300);
  const start = e.snapshot();
  const times: number[] = [];
  for (let run = 0; run < 7; run += 1) {
    e.restore(start);
    // Half the services deploy a new revision during the hour, so the hour is not idle.
    for (let i = 0; i < 5; i += 1)
      e.call('ecs', 'UpdateService', { cluster: 'dojo', service: `svc-${i}`, forceNewDeployment: true });
    const t = performance.now();
    e.advance(3600);
    times.push(performance.now() - t);
  }
  return median(times.slice(2));
}

const command = commandMedian();
const hour = hourMedian();
console.log(
  `emulator: one command line, median          ${command.toFixed(2)} ms (budget ${COMMAND_BUDGET_MS} ms)`,
);
console.log(
  `emulator: 1 simulated hour, 10 × 100 tasks   ${hour.toFixed(1)} ms (budget ${HOUR_BUDGET_MS} ms)`,
);
if (command > COMMAND_BUDGET_MS || hour > HOUR_BUDGET_MS) {
  console.error('emulator benchmark over budget');
  process.exit(1);
}
