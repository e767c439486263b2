/**
 * Publishes the JSON Schemas with the site, so editors can validate files as the grader does
 * (for example VS Code's `json.schemas` setting, or `$schema` in the lint configuration file).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CONFIG_SCHEMA } from '../../cli/config-schema.ts';
import { KINDS } from '../../exercises/grader/index.ts';
import { schemaFor } from '../../exercises/editor/schemas.ts';

export const getStaticPaths = (() => [
  ...KINDS.map((kind) => ({
    params: { file: `${kind}.schema.json` },
    props: { schema: schemaFor(kind, 'en').schema },
  })),
  { params: { file: 'ecs-dojo.config.schema.json' }, props: { schema: CONFIG_SCHEMA } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { schema: unknown }).schema, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/schema+json' },
  });
