/**
 * Prices for cost estimates, each with its source and date. Every price is a dated copy taken
 * from third-party pages and the Karpenter price map (our model's assumption `price-snapshot`).
 * Prices we could not confirm are absent on purpose: the cost functions refuse them rather than guess.
 */
import { fact } from './fact.ts';

/** One price with where it came from. */
export interface Price {
  /** US dollars per unit-hour. */
  usdPerHour: number;
  /** What was copied, and from where. */
  source: string;
  /** Source URL, or null when the source is a set of repositories without one page. */
  url: string | null;
  /** Date of the source as given, or null when the source gives none. */
  asOf: string | null;
}

/** Regions with price data. */
export const REGIONS = ['us-east-1', 'ap-northeast-1'] as const;
/** A region with price data. */
export type Region = (typeof REGIONS)[number];

/** Fargate platform and architecture combinations. */
export type FargatePlatform = 'LINUX_X86_64' | 'LINUX_ARM64' | 'WINDOWS_X86_64';

/** Fargate prices for one platform: per vCPU-hour, per GB-hour and (Windows) the OS licence. */
export interface FargatePlatformPrices {
  vcpu: Price;
  memoryGb: Price;
  /** Windows only: licence fee per vCPU-hour. */
  osLicenseVcpu?: Price;
}

const FACTUALMINDS = 'https://www.factualminds.com/blog/amazon-fargate-ecs-task-pricing-2026/';
const CLYR = 'https://www.clyr.co.jp/posts/aws-fargate-pricing-breakdown-estimate-tips-3920';
const KARPENTER =
  'https://github.com/aws/karpenter-provider-aws/blob/main/pkg/providers/pricing/zz_generated.pricing_aws.go';

const usEast = (usdPerHour: number, what: string): Price => ({
  usdPerHour,
  source: `${what}, us-east-1 (Vantage; Wring 2026-03; FactualMinds 2026-06)`,
  url: FACTUALMINDS,
  asOf: '2026-06-17',
});
const tokyo = (usdPerHour: number, what: string): Price => ({
  usdPerHour,
  source: `${what}, ap-northeast-1 (clyr.co.jp, "as of 2025-09")`,
  url: CLYR,
  asOf: '2025-09',
});

/** Fargate on-demand prices by region and platform. Missing entries are not in our data. */
export const FARGATE_PRICES: Record<Region, Partial<Record<FargatePlatform, FargatePlatformPrices>>> = {
  'us-east-1': {
    LINUX_X86_64: {
      vcpu: usEast(0.04048, 'Fargate Linux/x86 vCPU-hour'),
      memoryGb: usEast(0.004445, 'Fargate Linux/x86 GB-hour'),
    },
    LINUX_ARM64: {
      vcpu: usEast(0.03238, 'Fargate Linux/ARM vCPU-hour'),
      memoryGb: usEast(0.00356, 'Fargate Linux/ARM GB-hour'),
    },
    WINDOWS_X86_64: {
      vcpu: usEast(0.09148, 'Fargate Windows/x86 vCPU-hour'),
      memoryGb: usEast(0.01005, 'Fargate Windows GB-hour'),
      osLicenseVcpu: usEast(0.046, 'Fargate Windows OS licence per vCPU-hour'),
    },
  },
  'ap-northeast-1': {
    LINUX_X86_64: {
      vcpu: tokyo(0.05056, 'Fargate Linux/x86 vCPU-hour'),
      memoryGb: tokyo(0.005536, 'Fargate Linux/x86 GB-hour'),
    },
  },
};

/** Fargate ephemeral storage above the included 20 GB, per GB-hour. */
export const FARGATE_STORAGE_PRICES: Record<Region, Price> = {
  'us-east-1': usEast(0.000111, 'Fargate ephemeral storage GB-hour above 20 GB'),
  'ap-northeast-1': tokyo(0.00014, 'Fargate ephemeral storage GB-hour above 20 GB'),
};

const karpenter = (usdPerHour: number, type: string): Price => ({
  usdPerHour,
  source: `EC2 ${type} Linux on-demand, us-east-1 (Karpenter price map from the AWS Price List API)`,
  url: KARPENTER,
  asOf: '2026-07-20',
});
const tokyoEc2 = (usdPerHour: number, type: string): Price => ({
  usdPerHour,
  source: `EC2 ${type} Linux on-demand, ap-northeast-1 (four independent public repositories agree)`,
  url: null,
  asOf: null,
});

/** EC2 Linux on-demand prices per instance-hour. Missing entries are not in our data. */
export const EC2_PRICES: Record<Region, Record<string, Price>> = {
  'us-east-1': {
    't3.small': karpenter(0.0208, 't3.small'),
    't3.medium': karpenter(0.0416, 't3.medium'),
    'm5.large': karpenter(0.096, 'm5.large'),
    'c6g.large': karpenter(0.068, 'c6g.large'),
    't4g.small': karpenter(0.0168, 't4g.small'),
    't4g.medium': karpenter(0.0336, 't4g.medium'),
    'm6g.large': karpenter(0.077, 'm6g.large'),
    'm7g.large': karpenter(0.0816, 'm7g.large'),
  },
  'ap-northeast-1': {
    't3.small': tokyoEc2(0.0272, 't3.small'),
    't3.medium': tokyoEc2(0.0544, 't3.medium'),
    'm5.large': tokyoEc2(0.124, 'm5.large'),
  },
};

/** AWS's own wording for the Fargate Spot discount: "up to 70 %" off, and the rate varies. */
export const FARGATE_SPOT_MAX_DISCOUNT = 0.7;
/** Source of the Spot discount statement. */
export const FARGATE_SPOT_SOURCE =
  'AWS Fargate Spot launch blog: "up to 70 %" off the Fargate price (as quoted in dask/dask-cloudprovider#47)';

/** Ledger entries of the price tables above: where each group of prices comes from, and when. */
export const PRICE_FACTS = [
  /* @__PURE__ */ fact({
    id: 'price-fargate-us-east-1',
    sources: [
      FACTUALMINDS,
      'https://www.vantage.sh/blog/fargate-pricing',
      'https://www.wring.co/blog/aws-fargate-pricing-guide',
    ],
    checked: '2026-06-17',
    confidence: 'second-hand',
    value: FARGATE_PRICES['us-east-1'],
  }),
  /* @__PURE__ */ fact({
    id: 'price-fargate-ap-northeast-1',
    sources: [CLYR],
    checked: '2025-09-01',
    confidence: 'second-hand',
    value: FARGATE_PRICES['ap-northeast-1'],
  }),
  /* @__PURE__ */ fact({
    id: 'price-ec2-us-east-1',
    sources: [KARPENTER],
    checked: '2026-07-20',
    confidence: 'second-hand',
    value: EC2_PRICES['us-east-1'],
  }),
  /* @__PURE__ */ fact({
    id: 'price-ec2-ap-northeast-1',
    sources: ['https://aws.amazon.com/ec2/pricing/on-demand/'],
    checked: '2026-12-01',
    confidence: 'second-hand',
    value: EC2_PRICES['ap-northeast-1'],
  }),
  /* @__PURE__ */ fact({
    id: 'price-fargate-spot-discount',
    sources: [
      'https://aws.amazon.com/fargate/pricing/',
      'https://github.com/dask/dask-cloudprovider/issues/47',
    ],
    checked: '2026-12-06',
    confidence: 'aws',
    value: { maxDiscount: FARGATE_SPOT_MAX_DISCOUNT },
  }),
  /* @__PURE__ */ fact({
    id: 'fargate-billing',
    sources: ['https://aws.amazon.com/fargate/pricing/'],
    checked: '2026-12-06',
    confidence: 'aws',
    value: { perSecond: true, minimumSeconds: 60 },
  }),
];
