// Simulator benchmark: median of several runs after warm-up; exits non-zero over budget.
// Run with: node scripts/bench-sim.ts
import { dailyCycleLoad, simulateAutoScaling, simulateRollingDeployment } from '../src/sim/index.ts';

const BUDGET_MS = 50;
const WARMUP = 3;
const RUNS = 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function measure(fn: () => unknown): number {
  for (let i = 0; i < WARMUP; i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

const cases: [string, () => unknown][] = [
  [
    'rolling deployment, 1,000 tasks (LB, 100/200)',
    () =>
      simulateRollingDeployment({
        desiredCount: 1000,
        loadBalancer: {},
        deregistrationDelaySeconds: 30,
        seed: 1,
      }),
  ],
  [
    'auto scaling, 24 h at 1-minute steps (cron in Asia/Tokyo)',
    () =>
      simulateAutoScaling({
        startTime: 1_767_225_600_000,
        load: dailyCycleLoad({ night: 2, day: 40, utcOffsetMinutes: 540 }),
        initialTasks: 2,
        minCapacity: 2,
        maxCapacity: 100,
        policies: [{ type: 'TargetTracking', targetValue: 50 }],
        scheduledActions: [
          { name: 'morning', schedule: 'cron(30 8 ? * MON-FRI *)', timezone: 'Asia/Tokyo', minCapacity: 10 },
          { name: 'night', schedule: 'cron(0 20 ? * * *)', timezone: 'Asia/Tokyo', minCapacity: 2 },
        ],
      }),
  ],
];

let failed = false;
console.log(`| benchmark | median (ms) | budget (ms) | result |`);
console.log(`|---|---:|---:|---|`);
for (const [name, fn] of cases) {
  const ms = measure(fn);
  const ok = ms <= BUDGET_MS;
  failed ||= !ok;
  console.log(`| ${name} | ${ms.toFixed(2)} | ${BUDGET_MS} | ${ok ? 'ok' : 'OVER BUDGET'} |`);
}
process.exitCode = failed ? 1 : 0;
