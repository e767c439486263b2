import * as autoScaling from '@aws-sdk/client-application-auto-scaling';
import * as ecs from '@aws-sdk/client-ecs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY, GLOSSARY_GROUPS, apiLabel, cfnLabel, termsOfLesson } from './glossary.ts';
import { cfnPathExists, loadCfnSpec, sdkPathExists, type CfnSpec } from './model-names.ts';

const root = join(import.meta.dirname, '..', '..');
const sdks = {
  ecs: ecs as unknown as Record<string, unknown>,
  'application-auto-scaling': autoScaling as unknown as Record<string, unknown>,
};

describe('model lookups', () => {
  let spec: CfnSpec;
  beforeAll(() => {
    spec = loadCfnSpec(join(root, 'node_modules', '@aws-cdk', 'aws-service-spec', 'db.json.gz'));
  });
  it('walk SDK shapes through lists and refuse invented names', () => {
    expect(
      sdkPathExists(sdks.ecs, 'RegisterTaskDefinitionRequest', 'containerDefinitions.secrets.valueFrom'),
    ).toBe(true);
    expect(
      sdkPathExists(sdks.ecs, 'RegisterTaskDefinitionRequest', 'containerDefinitions.secret.valueFrom'),
    ).toBe(false);
    expect(sdkPathExists(sdks.ecs, 'NoSuchRequest', '')).toBe(false);
  });
  it('walk CloudFormation properties through lists and refuse invented names', () => {
    expect(cfnPathExists(spec, 'AWS::ECS::TaskDefinition', 'ContainerDefinitions.Secrets.ValueFrom')).toBe(
      true,
    );
    expect(cfnPathExists(spec, 'AWS::ECS::TaskDefinition', 'ContainerDefinitions.Secret')).toBe(false);
    expect(cfnPathExists(spec, 'AWS::ECS::Service', 'DesiredCount.Foo')).toBe(false);
    expect(cfnPathExists(spec, 'AWS::ECS::NoSuch', '')).toBe(false);
  });

  describe('every glossary term', () => {
    it('has a unique id, both languages, and at least one model name', () => {
      const ids = GLOSSARY.map((term) => term.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(GLOSSARY.length).toBeGreaterThanOrEqual(40);
      for (const term of GLOSSARY) {
        expect(term.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(term.term.ja && term.term.en && term.meaning.ja && term.meaning.en).toBeTruthy();
        expect(Boolean(term.api ?? term.cfn), term.id).toBe(true);
        expect(Object.keys(GLOSSARY_GROUPS)).toContain(term.group);
      }
    });

    it('names API fields that exist in the SDK model', () => {
      const missing = GLOSSARY.flatMap((term) => {
        const api = term.api;
        if (!api) return [];
        const paths = api.paths.length === 0 ? [''] : api.paths;
        return paths
          .filter((path) => !sdkPathExists(sdks[api.service], api.shape, path))
          .map((path) => `${term.id}: ${api.shape}.${path}`);
      });
      expect(missing).toEqual([]);
    });

    it('names CloudFormation properties that exist in the resource schema', () => {
      const missing = GLOSSARY.flatMap((term) => {
        const name = term.cfn;
        if (!name) return [];
        const paths = name.paths.length === 0 ? [''] : name.paths;
        return paths
          .filter((path) => !cfnPathExists(spec, name.resource, path))
          .map((path) => `${term.id}: ${name.resource}.${path}`);
      });
      expect(missing).toEqual([]);
    });
  });
});

describe('glossary and lessons', () => {
  const lessonText = (slug: string) =>
    readFileSync(join(root, 'src', 'content', 'docs', 'lessons', `${slug}.mdx`), 'utf8');

  it('points every term at a lesson that exists and mentions it', () => {
    const problems = GLOSSARY.flatMap((term) => {
      if (!term.lesson) return [];
      const file = join(root, 'src', 'content', 'docs', 'lessons', `${term.lesson}.mdx`);
      if (!existsSync(file)) return [`${term.id}: no lesson ${term.lesson}`];
      const text = lessonText(term.lesson).toLowerCase();
      const leaf = (path: string) => path.split('.').at(-1) ?? '';
      const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2');
      const names = [
        term.term.ja.split('（')[0] ?? '',
        ...(term.api?.paths.map(leaf) ?? []),
        ...(term.api?.paths.map((path) => kebab(leaf(path))) ?? []),
        ...(term.cfn?.paths.map(leaf) ?? []),
        term.cdk?.label.split('.').at(-1)?.replace('()', '') ?? '',
      ].filter((name) => name.length > 2);
      return names.some((name) => text.includes(name.toLowerCase()))
        ? []
        : [`${term.id}: ${term.lesson} never mentions it`];
    });
    expect(problems).toEqual([]);
  });

  it('is linked from every lesson that teaches a term, in both languages', () => {
    const lessons = [...new Set(GLOSSARY.flatMap((term) => (term.lesson ? [term.lesson] : [])))];
    const unlinked = lessons.flatMap((slug) => {
      const ja = lessonText(slug);
      const en = readFileSync(join(root, 'src', 'content', 'docs', 'en', 'lessons', `${slug}.mdx`), 'utf8');
      return [
        ...(ja.includes(`](/glossary/#lesson-${slug})`) ? [] : [`ja ${slug}`]),
        ...(en.includes(`](/en/glossary/#lesson-${slug})`) ? [] : [`en ${slug}`]),
      ];
    });
    expect(unlinked).toEqual([]);
  });

  it('lists the terms of a lesson in page order', () => {
    expect(termsOfLesson('02-task-definitions').map((term) => term.id)).toContain('task-role');
    expect(apiLabel({ service: 'ecs', shape: 'Task', paths: [] })).toEqual(['Task']);
    expect(cfnLabel({ resource: 'AWS::ECS::Service', paths: ['DesiredCount'] })).toEqual([
      'AWS::ECS::Service.DesiredCount',
    ]);
  });
});
