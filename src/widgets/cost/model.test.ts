import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_STATE, compareCosts, fargateSizes, instanceTypes, readCostState } from './model.ts';

describe('cost estimator model', () => {
  it('prices Fargate, Spot and EC2 for the default Tokyo workload, Spot cheapest', () => {
    const { fargate, spot, ec2 } = compareCosts(DEFAULT_COST_STATE);
    if (!fargate.ok || !spot.ok || !ec2.ok) throw new Error('expected three estimates');
    // 4 tasks × (0.5 vCPU × $0.05056 + 1 GB × $0.005536) × 730 h
    expect(fargate.estimate.totalUsd).toBeCloseTo(4 * (0.5 * 0.05056 + 1 * 0.005536) * 730, 2);
    expect(spot.estimate.totalUsd).toBeCloseTo(fargate.estimate.totalUsd * 0.3, 2);
    expect(ec2.estimate.totalUsd).toBeCloseTo(2 * 0.0544 * 730, 2);
    expect(fargate.estimate.sources.length).toBeGreaterThan(0);
  });

  it('says so when a price is not in our data instead of guessing', () => {
    const { fargate } = compareCosts({ ...DEFAULT_COST_STATE, arch: 'ARM64' });
    expect(fargate.ok).toBe(false);
    if (!fargate.ok) expect(fargate.code).toBe('PRICE_NOT_AVAILABLE');
  });

  it('lists only valid Fargate sizes and priced instance types', () => {
    expect(fargateSizes()).toContainEqual([256, 512]);
    expect(fargateSizes()).not.toContainEqual([256, 4096]);
    expect(instanceTypes('ap-northeast-1')).toContain('t3.medium');
  });

  it('reads states from untrusted input', () => {
    expect(readCostState({ region: 'us-east-1' })).toEqual({ ...DEFAULT_COST_STATE, region: 'us-east-1' });
    expect(readCostState({ region: 'mars-1' })).toBeUndefined();
    expect(readCostState({ tasks: 'many' })).toBeUndefined();
  });
});
