import { describe, expect, it } from 'vitest';
import { createEcsEmulator } from '../index.ts';
import { NETWORK, webTaskDefinition } from '../test-support/fixtures.ts';
import { kebab } from './names.ts';
import { parseShorthandStruct } from './shorthand.ts';
import { shellQuote, shellWords } from './shell-words.ts';
import { formatOutput, isoTimestamp } from './format-output.ts';

describe('shellWords', () => {
  it('handles quotes, escapes, continuations and comments', () => {
    expect(shellWords(`aws ecs x --a 'b c' --d "e \\"f\\"" g\\ h \\\n --i j # note`)).toEqual({
      ok: true,
      words: ['aws', 'ecs', 'x', '--a', 'b c', '--d', 'e "f"', 'g h', '--i', 'j'],
    });
  });
  it('reports an unterminated quote', () => {
    expect(shellWords(`aws "x`).ok).toBe(false);
  });
  it('quotes words back so they split the same way', () => {
    const words = ['a b', "it's", 'x=1,y=[2]', '$HOME'];
    expect(shellWords(words.map(shellQuote).join(' '))).toEqual({ ok: true, words });
  });
});

describe('shorthand', () => {
  it('parses nested structures, lists and continuation lists', () => {
    expect(
      parseShorthandStruct('awsvpcConfiguration={subnets=[subnet-1,subnet-2],assignPublicIp=DISABLED}'),
    ).toEqual({
      awsvpcConfiguration: { subnets: ['subnet-1', 'subnet-2'], assignPublicIp: 'DISABLED' },
    });
    expect(parseShorthandStruct('a=1,b=x,y,c="q,r"')).toEqual({ a: '1', b: ['x', 'y'], c: 'q,r' });
    expect(parseShorthandStruct('list=[{k=1},{k=2}]')).toEqual({ list: [{ k: '1' }, { k: '2' }] });
  });
  it('throws on malformed input', () => {
    expect(() => parseShorthandStruct('a={b=1')).toThrow();
    expect(() => parseShorthandStruct('=1')).toThrow();
  });
});

describe('names and formats', () => {
  it('kebab-cases like botocore', () => {
    expect(kebab('RegisterTaskDefinition')).toBe('register-task-definition');
    expect(kebab('enableECSManagedTags')).toBe('enable-ecs-managed-tags');
    expect(kebab('RoleARN')).toBe('role-arn');
    expect(kebab('ResourceId')).toBe('resource-id');
  });
  it('prints timestamps as the CLI does', () => {
    expect(isoTimestamp(Date.UTC(2026, 11, 1, 0, 5))).toBe('2026-12-01T00:05:00+00:00');
    expect(isoTimestamp(Date.UTC(2026, 11, 1, 0, 5, 0, 123))).toBe('2026-12-01T00:05:00.123000+00:00');
  });
  it('lays out text output like awscli', () => {
    const data = { services: [{ serviceName: 'web', desiredCount: 3, events: [{ message: 'm', id: '1' }] }] };
    expect(formatOutput(data, 'text', 'X')).toBe('SERVICES\t3\tweb\nEVENTS\t1\tm\n');
    expect(formatOutput('COMPLETED', 'text', 'X')).toBe('COMPLETED\n');
    expect(formatOutput(true, 'text', 'X')).toBe('True\n');
  });
});

function ready() {
  const e = createEcsEmulator({ seed: 2 });
  e.files.write('web.json', JSON.stringify(webTaskDefinition()));
  e.run('aws ecs create-cluster --cluster-name dojo');
  e.run('aws ecs register-task-definition --cli-input-json file://web.json');
  return e;
}

describe('aws commands', () => {
  it('exits 254 with the CLI’s error line for a service error', () => {
    const e = ready();
    const r = e.run('aws ecs describe-services --cluster nope --services web');
    expect(r.exitCode).toBe(254);
    expect(r.stderr).toBe(
      '\nAn error occurred (ClusterNotFoundException) when calling the DescribeServices operation: Cluster not found.\n',
    );
  });

  it('exits 252 for usage errors, unknown options, bad JSON and missing files', () => {
    const e = ready();
    expect(e.run('aws ecs create-service --cluster dojo').stderr).toMatch(
      /the following arguments are required: --service-name/,
    );
    expect(e.run('aws ecs list-clusters --bogus 1').stderr).toMatch(/Unknown options: --bogus, 1/);
    expect(e.run('aws ecs nope').exitCode).toBe(252);
    expect(e.run('aws s3 ls').exitCode).toBe(252);
    expect(e.run('aws ecs register-task-definition --cli-input-json file://missing.json').stderr).toMatch(
      /No such file or directory: 'missing.json'/,
    );
    expect(e.run(`aws ecs register-task-definition --cli-input-json '{"family":'`).exitCode).toBe(252);
    expect(e.run('aws ecs list-clusters --output xml').exitCode).toBe(252);
    expect(e.run('aws ecs list-clusters --query "[["').exitCode).toBe(252);
  });

  it('reads --cli-input-yaml and lets explicit options win', () => {
    const e = ready();
    e.files.write(
      'svc.yaml',
      `cluster: dojo\nserviceName: web\ntaskDefinition: web\ndesiredCount: 1\nlaunchType: FARGATE\nnetworkConfiguration:\n  awsvpcConfiguration:\n    subnets: [subnet-1]\n`,
    );
    const r = e.run(
      'aws ecs create-service --cli-input-yaml file://svc.yaml --desired-count 2 --query service.desiredCount',
    );
    expect(r.stdout).toBe('2\n');
  });

  it('generates input skeletons', () => {
    const e = ready();
    const skeleton = JSON.parse(e.run('aws ecs create-service --generate-cli-skeleton').stdout) as Record<
      string,
      unknown
    >;
    expect(skeleton['serviceName']).toBe('');
    expect(skeleton['desiredCount']).toBe(0);
    expect(e.run('aws ecs create-service --generate-cli-skeleton yaml-input').stdout).toMatch(
      /^serviceName: ""/m,
    );
  });

  it('takes list options as several words and booleans as flags', () => {
    const e = ready();
    e.run(
      `aws ecs create-service --cluster dojo --service-name web --task-definition web --desired-count 1 --launch-type FARGATE --network-configuration "${NETWORK}" --enable-execute-command`,
    );
    const r = e.run(
      'aws ecs describe-services --cluster dojo --services web other --query "[services[0].enableExecuteCommand, failures[0].reason]" --output text',
    );
    expect(r.stdout).toBe('True\tMISSING\n');
  });

  it('waits for a service to become stable, moving simulated time', () => {
    const e = ready();
    e.run(
      `aws ecs create-service --cluster dojo --service-name web --task-definition web --desired-count 2 --launch-type FARGATE --network-configuration "${NETWORK}"`,
    );
    const before = e.now();
    expect(e.run('aws ecs wait services-stable --cluster dojo --services web')).toEqual({
      exitCode: 0,
      stdout: '',
      stderr: '',
    });
    expect(e.now()).toBeGreaterThan(before);
    expect(e.run('aws ecs wait services-stable --cluster dojo --services gone').exitCode).toBe(255);
  });

  it('prints yaml and table output', () => {
    const e = ready();
    expect(e.run('aws ecs list-clusters --output yaml').stdout).toBe(
      'clusterArns:\n  - arn:aws:ecs:ap-northeast-1:123456789012:cluster/dojo\n',
    );
    expect(e.run('aws ecs list-clusters --output table').stdout).toMatch(/\|\s+ListClusters\s+\|/);
  });

  it('has sandbox helpers and rejects other programs', () => {
    const e = ready();
    expect(e.run('dojo advance 1m').stdout).toMatch(/00:01:00Z/);
    expect(e.run('dojo advance soon').exitCode).toBe(2);
    expect(e.run('cat web.json').stdout).toMatch(/"family":"web"/);
    expect(e.run('ls').stdout).toBe('web.json\n');
    expect(e.run('rm -rf /').exitCode).toBe(127);
    expect(e.run('   ').exitCode).toBe(0);
  });
});
