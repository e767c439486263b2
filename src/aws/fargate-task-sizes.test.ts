import { describe, expect, it } from 'vitest';
import {
  FARGATE_CPU_VALUES,
  FARGATE_WINDOWS_CPU_VALUES,
  describeValues,
  fargateSizePairs,
  fargateSizeProblem,
  isFargateSize,
  parseTaskCpu,
  parseTaskMemory,
} from './fargate-task-sizes.ts';

describe('Fargate task sizes', () => {
  it('has the documented cpu values from 0.25 to 32 vCPU', () => {
    expect(FARGATE_CPU_VALUES).toEqual([256, 512, 1024, 2048, 4096, 8192, 16384, 32768]);
    expect(FARGATE_WINDOWS_CPU_VALUES).toEqual([1024, 2048, 4096]);
  });
  it.each([
    [256, 512],
    [256, 2048],
    [512, 4096],
    [4096, 30720],
    [8192, 61440],
    [16384, 122880],
    [32768, 61440],
    [32768, 122880],
    [32768, 249856],
  ])('accepts %i CPU with %i MiB', (cpu, memory) => {
    expect(isFargateSize(cpu, memory)).toBe(true);
  });
  it.each([
    [256, 1536],
    [8192, 18432],
    [16384, 36864],
    [32768, 65536],
    [32768, 131072],
  ])('refuses %i CPU with %i MiB and names the allowed memory', (cpu, memory) => {
    expect(fargateSizeProblem(cpu, memory)).toMatchObject({ code: 'memory' });
  });
  it('tells an unknown cpu apart from a wrong memory', () => {
    expect(fargateSizeProblem(3000, 4096)).toEqual({ code: 'unknown-cpu' });
    expect(fargateSizeProblem(65536, 131072)).toEqual({ code: 'unknown-cpu' });
  });
  it('keeps Windows to 1–4 vCPU: 32 vCPU is Linux only', () => {
    expect(fargateSizeProblem(32768, 61440, 'WINDOWS')).toEqual({ code: 'windows-cpu' });
    expect(fargateSizeProblem(256, 512, 'WINDOWS')).toEqual({ code: 'windows-cpu' });
    expect(isFargateSize(2048, 4096, 'WINDOWS')).toBe(true);
    expect(fargateSizePairs('WINDOWS').every(([cpu]) => cpu >= 1024 && cpu <= 4096)).toBe(true);
  });
  it('lists every pair once', () => {
    const pairs = fargateSizePairs();
    expect(new Set(pairs.map((p) => p.join('/'))).size).toBe(pairs.length);
    expect(pairs).toContainEqual([32768, 249856]);
    expect(pairs.length).toBe(3 + 4 + 7 + 13 + 23 + 12 + 12 + 3);
  });
  it('describes memory choices briefly', () => {
    expect(describeValues([512, 1024, 2048])).toBe('512, 1024, 2048');
    expect(describeValues([2048, 3072, 4096, 5120])).toBe('2048–5120 (step 1024)');
    expect(describeValues([61440, 122880, 249856])).toBe('61440, 122880, 249856');
  });
});

describe('task cpu and memory strings', () => {
  it.each([
    ['1024', 1024],
    [1024, 1024],
    ['1 vCPU', 1024],
    ['.25 vcpu', 256],
    ['32 vCPU', 32768],
    [' 2vCPU ', 2048],
  ])('cpu %j is %i units', (input, units) => {
    expect(parseTaskCpu(input)).toBe(units);
  });
  it.each([['0'], [''], ['1 core'], [1.5], [-1], [null], [{}]])('cpu %j is malformed', (input) => {
    expect(parseTaskCpu(input)).toBeUndefined();
  });
  it('memory takes MiB or GB', () => {
    expect(parseTaskMemory('2 GB')).toBe(2048);
    expect(parseTaskMemory('244GB')).toBe(249856);
    expect(parseTaskMemory('512')).toBe(512);
    expect(parseTaskMemory('2 GiB')).toBeUndefined();
  });
});
