import { describe, expect, it } from 'vitest';
import {
  IAM_WILDCARD_ACTIONS_SOURCE,
  onlySupportsWildcardResource,
  SERVICE_PAGES,
} from './iam-wildcard-actions.ts';

describe('actions that only support Resource "*"', () => {
  it('knows the agent and deploy actions, in any case', () => {
    for (const a of [
      'ecs:DiscoverPollEndpoint',
      'ec2:DescribeInstances',
      'ECR:GetAuthorizationToken',
      'ec2:Describe*',
    ])
      expect(onlySupportsWildcardResource(a), a).toBe(true);
  });

  it('does not exempt actions that take resource ARNs', () => {
    for (const a of [
      'secretsmanager:GetSecretValue',
      's3:GetObject',
      'ecs:UpdateService',
      'ec2:RunInstances',
    ])
      expect(onlySupportsWildcardResource(a), a).toBe(false);
  });

  it('carries its source and the date it was checked', () => {
    expect(IAM_WILDCARD_ACTIONS_SOURCE.url).toMatch(
      /^https:\/\/docs\.aws\.amazon\.com\/service-authorization\//,
    );
    expect(IAM_WILDCARD_ACTIONS_SOURCE.checked).toBe('2026-12-06');
    for (const url of Object.values(SERVICE_PAGES))
      expect(url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });
});
