import { describe, expect, it } from 'vitest';
import { grade } from './index.ts';
import { fargateService, fargateTd, scheduledAction } from './rules/example-docs.ts';

const find = (doc: unknown, ruleId: string, lang: 'ja' | 'en' = 'en') =>
  grade(JSON.stringify(doc, null, 2), { lang }).findings.filter((f) => f.ruleId === ruleId);

describe('Fargate sizes come from src/aws', () => {
  it.each([
    ['32 vCPU', '61440'],
    ['32768', '122880'],
    ['32768', '244 GB'],
  ])('accepts the 2026 32 vCPU size: cpu %s with memory %s', (cpu, memory) => {
    expect(find(fargateTd({ cpu, memory }), 'taskdef/fargate-size')).toEqual([]);
  });
  it('refuses 32 vCPU with another memory and lists the three allowed values', () => {
    const [f] = find(fargateTd({ cpu: '32768', memory: '65536' }), 'taskdef/fargate-size');
    expect(f?.message).toContain('cpu 32768 allows memory 61440, 122880, 249856');
    expect(f?.path).toBe('/memory');
  });
  it('for an unknown cpu lists cpu values, not memory values, at /cpu', () => {
    const [f] = find(fargateTd({ cpu: '3000', memory: '4096' }), 'taskdef/fargate-size');
    expect(f?.path).toBe('/cpu');
    expect(f?.messages.en).toContain('Fargate cpu values are 256, 512, 1024, 2048, 4096, 8192, 16384, 32768');
    expect(f?.messages.en).not.toContain('allows memory');
    expect(f?.messages.ja).toContain('Fargate の cpu は 256, 512, 1024, 2048, 4096, 8192, 16384, 32768');
  });
  it('keeps 32 vCPU away from Windows', () => {
    const td = fargateTd({
      cpu: '32768',
      memory: '61440',
      runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' },
    });
    expect(grade(JSON.stringify(td)).findings.some((f) => f.path === '/cpu' && f.severity === 'error')).toBe(
      true,
    );
  });
});

describe('schedule expressions come from src/aws', () => {
  it.each([
    'cron(61 8 ? * * *)',
    'at(2026-13-01T00:00:00)',
    'at(2027-02-29T12:00:00)',
    'cron(0 9 ? * MON#6 *)',
  ])('refuses %s', (Schedule) => {
    expect(find(scheduledAction({ Schedule }), 'scaling/schedule')).toHaveLength(1);
  });
  it.each(['cron(0 9 L * ? *)', 'cron(0 10 ? * 6L *)', 'cron(0 10 ? * FRI#3 *)', 'at(2028-02-29T12:00:00)'])(
    'accepts %s',
    (Schedule) => {
      expect(find(scheduledAction({ Schedule }), 'scaling/schedule')).toEqual([]);
    },
  );
  it('explains the problem in Japanese too', () => {
    const [f] = find(scheduledAction({ Schedule: 'cron(61 8 ? * * *)' }), 'scaling/schedule', 'ja');
    expect(f?.message).toContain('分: 61 は 0〜59 の範囲外です');
  });
});

describe('capacity provider strategies come from src/aws', () => {
  const withStrategy = (capacityProviderStrategy: unknown[]) => {
    const svc = fargateService();
    delete svc['launchType'];
    return { ...svc, capacityProviderStrategy };
  };
  it('does not count a weight it cannot read as 0', () => {
    const doc = withStrategy([{ capacityProvider: 'FARGATE', base: 1, weight: { Ref: 'Weight' } }]);
    expect(find(doc, 'service/capacity-provider-strategy')).toEqual([]);
  });
  it('points at the second base', () => {
    const doc = withStrategy([
      { capacityProvider: 'FARGATE', base: 1, weight: 1 },
      { capacityProvider: 'FARGATE_SPOT', base: 2, weight: 1 },
    ]);
    expect(find(doc, 'service/capacity-provider-strategy').map((f) => f.path)).toEqual([
      '/capacityProviderStrategy/1/base',
    ]);
  });
});
