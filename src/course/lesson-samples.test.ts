import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grade } from '../exercises/grader/index.ts';
import { extractSamples } from './lesson-samples.ts';

describe('extractSamples', () => {
  it('finds fenced JSON and YAML with their roles, and skips other languages', () => {
    const mdx = [
      'Intro',
      '```json title="a.json"',
      '{ "family": "web" }',
      '```',
      '```bash',
      'aws ecs list-clusters',
      '```',
      '  ```yaml bad-example',
      '  Resources: {}',
      '  ```',
      '```json fragment',
      '"portMappings": []',
      '```',
    ].join('\n');
    expect(extractSamples(mdx)).toEqual([
      { line: 2, lang: 'json', meta: 'title="a.json"', code: '{ "family": "web" }', role: 'input' },
      { line: 8, lang: 'yaml', meta: 'bad-example', code: 'Resources: {}', role: 'bad-example' },
      { line: 11, lang: 'json', meta: 'fragment', code: '"portMappings": []', role: 'fragment' },
    ]);
  });

  it('does not mistake a title mentioning a role for the role itself', () => {
    expect(extractSamples('```json title="fragment of it"\n{}\n```')[0]?.role).toBe('input');
  });
});

const docs = join(import.meta.dirname, '..', 'content', 'docs');
const lessonFiles = readdirSync(docs, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx') || file.endsWith('.md'))
  .sort();

/**
 * Samples whose kind the grader recognises (task definitions, services, scaling inputs, IAM
 * policies, CloudFormation templates) must be accepted; inputs for other services are skipped.
 */
describe('every JSON and YAML sample in the lessons', () => {
  it('found lesson files to check', () => {
    expect(lessonFiles.length).toBeGreaterThan(2);
  });

  for (const file of lessonFiles) {
    const samples = extractSamples(readFileSync(join(docs, file), 'utf8'));
    const graded = samples.filter((sample) => sample.role !== 'fragment');
    if (graded.length === 0) continue;
    it(`${file}: inputs are accepted by the grader and bad examples are not`, () => {
      const problems: string[] = [];
      for (const sample of graded) {
        const result = grade(sample.code, { format: sample.lang, lang: 'en' });
        // Inputs of other services (a CodeDeploy AppSpec, say) are not the grader's to judge.
        if (result.findings.length === 1 && result.findings[0]?.ruleId === 'input/unknown-kind') continue;
        const errors = result.findings.filter((finding) => finding.severity === 'error');
        if (sample.role === 'input' && errors.length > 0) {
          problems.push(
            `${file}:${sample.line} (${result.kind}) has errors:\n` +
              errors.map((e) => `    line ${e.line}: ${e.ruleId} ${e.message}`).join('\n'),
          );
        }
        if (sample.role === 'bad-example' && errors.length === 0 && result.findings.length === 0) {
          problems.push(`${file}:${sample.line} is marked bad-example but the grader finds nothing wrong`);
        }
      }
      expect(problems.join('\n')).toBe('');
    });
  }
});
