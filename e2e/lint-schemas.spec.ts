import { expect, test } from './fixtures.ts';

// The JSON Schemas that editors use (README: "Editors can validate task definitions as you type").
test.describe('published JSON Schemas', () => {
  for (const file of [
    'taskdef.schema.json',
    'service.schema.json',
    'scaling-policy.schema.json',
    'scaling-target.schema.json',
    'scheduled-action.schema.json',
    'iam-policy.schema.json',
    'cfn.schema.json',
  ]) {
    test(`/schemas/${file} is a JSON Schema with English descriptions`, async ({ request }) => {
      const response = await request.get(`/schemas/${file}`);
      expect(response.ok()).toBe(true);
      const schema = (await response.json()) as { $schema?: string; type?: string };
      expect(schema.$schema).toMatch(/json-schema\.org/);
      expect(schema.type).toBe('object');
    });
  }

  test('the task definition schema describes containerDefinitions', async ({ request }) => {
    const schema = (await (await request.get('/schemas/taskdef.schema.json')).json()) as {
      properties: Record<string, { description?: string }>;
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['family', 'containerDefinitions']),
    );
  });

  test('the lint configuration schema lists rule settings', async ({ request }) => {
    const schema = (await (await request.get('/schemas/ecs-dojo.config.schema.json')).json()) as {
      properties: { rules: { additionalProperties: { enum: string[] } } };
    };
    expect(schema.properties.rules.additionalProperties.enum).toEqual(['off', 'info', 'warning', 'error']);
  });
});
