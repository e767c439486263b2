import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALING_COOLDOWN_SECONDS } from '../aws/auto-scaling.ts';
import { ROLLING_DEFAULT_PERCENTS } from '../aws/scheduling-strategy.ts';
import { deploymentLimits, NO_HEALTH_CHECK_HEALTHY_AFTER_SECONDS } from '../sim/index.ts';

// Numbers that chapters 4 and 5 state and the engine (or src/aws) also knows. Each check finds its
// table row or sentence by a loose pattern, so rewording keeps working, but a number that drifts
// from the engine, or a row that disappears, fails here.

const docs = join(import.meta.dirname, '..', 'content', 'docs');
const EDITIONS = [
  { lang: 'ja', dir: join(docs, 'lessons') },
  { lang: 'en', dir: join(docs, 'en', 'lessons') },
] as const;

function lesson(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** Table rows (lines starting with `|`) whose first cell matches `first`. */
function rows(text: string, first: RegExp): string[][] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .filter((cells) => first.test(cells[0] ?? ''));
}

/** The first whole number in a table cell. */
function leadingNumber(cell: string | undefined): number {
  const match = /\d+/.exec(cell ?? '');
  return match === null ? Number.NaN : Number(match[0]);
}

describe.each(EDITIONS)('chapter 5 ($lang): rolling deployment limits', ({ dir }) => {
  const text = lesson(dir, '05-deployments.mdx');
  // "#### 希望数 10 の場合" / "#### Desired count 10": each table under such a heading.
  const sections = [...text.matchAll(/^#### \D*?(\d+)\D*$\n([\s\S]*?)(?=^#{2,4} )/gm)];
  const tables = sections.filter((m) => rows(m[2] ?? '', /^\d+ \/ \d+/).length > 0);

  it('has the worked tables for desired counts 4 and 10', () => {
    expect(tables.map((m) => Number(m[1]))).toEqual([4, 10]);
  });

  it.each(tables.map((m) => [Number(m[1]), m[2] ?? ''] as const))(
    'desired %i: floor, ceiling, stop-first and start-first match deploymentLimits',
    (desired, body) => {
      const table = rows(body, /^\d+ \/ \d+/);
      expect(table.length).toBeGreaterThanOrEqual(4);
      for (const cells of table) {
        const [min, max] = (cells[0] ?? '').split('/').map(leadingNumber);
        const limits = deploymentLimits(desired, min ?? Number.NaN, max ?? Number.NaN);
        expect(cells.slice(1, 5).map(leadingNumber), cells[0]).toEqual([
          limits.minHealthy,
          limits.maxRunning,
          limits.canStopFirst,
          limits.canStartFirst,
        ]);
      }
    },
  );

  it('a task with no health check counts as healthy the documented 40 s after RUNNING', () => {
    const noChecks = rows(text, /^(なし|No)$/).filter((cells) => /^(なし|No)$/.test(cells[1] ?? ''));
    expect(noChecks).toHaveLength(1);
    expect(leadingNumber(noChecks[0]?.[2])).toBe(NO_HEALTH_CHECK_HEALTHY_AFTER_SECONDS);
  });
});

describe.each(EDITIONS)('chapter 4 ($lang): defaults', ({ dir }) => {
  const text = lesson(dir, '04-services-autoscaling.mdx');

  it('REPLICA and DAEMON deployment defaults match the rolling model', () => {
    const [row] = rows(text, /^(デプロイの既定値|Deployment defaults)$/);
    const percents = (cell: string | undefined) =>
      [...(cell ?? '').matchAll(/`(minimumHealthyPercent|maximumPercent)` (\d+)/g)].map((m) => Number(m[2]));
    expect(percents(row?.[1])).toEqual([
      ROLLING_DEFAULT_PERCENTS.REPLICA.minimumHealthyPercent,
      ROLLING_DEFAULT_PERCENTS.REPLICA.maximumPercent,
    ]);
    expect(percents(row?.[2])).toEqual([
      ROLLING_DEFAULT_PERCENTS.DAEMON.minimumHealthyPercent,
      ROLLING_DEFAULT_PERCENTS.DAEMON.maximumPercent,
    ]);
  });

  it('the default cooldowns are the ones the simulator uses', () => {
    const stepCooldown = [...text.matchAll(/`Cooldown`[^\n。]*?(\d+) ?(秒|seconds)/g)];
    expect(stepCooldown.length).toBeGreaterThan(0);
    for (const m of stepCooldown) expect(Number(m[1])).toBe(DEFAULT_SCALING_COOLDOWN_SECONDS);
    const [row] = rows(text, /^(ECS での既定値|ECS default)$/);
    expect([leadingNumber(row?.[1]), leadingNumber(row?.[2])]).toEqual([
      DEFAULT_SCALING_COOLDOWN_SECONDS,
      DEFAULT_SCALING_COOLDOWN_SECONDS,
    ]);
  });
});
