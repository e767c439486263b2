import { z } from 'astro/zod';

/**
 * The ids lesson frontmatter may name. The content config (the composition root) passes them from
 * the catalogues' sequence indexes, so this schema loads no exercise, scenario or simulator code and
 * no list of ids is kept twice.
 */
export interface CatalogueIds {
  readonly exercises: readonly string[];
  readonly scenarios: readonly string[];
}

/** Ids look like `taskdef-fargate-basics`: lowercase words joined by hyphens. */
const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens');

/**
 * Frontmatter that a lesson adds to Starlight's own: which chapter it is, what the learner will be
 * able to do afterwards, how long it takes, and the exercises and simulator scenarios that practise
 * it. Pages that are not lessons (the home page, reference pages) leave all of these out.
 */
export function lessonSchema(ids: CatalogueIds) {
  const exerciseIds: ReadonlySet<string> = new Set(ids.exercises);
  const scenarioIds: ReadonlySet<string> = new Set(ids.scenarios);
  return z
    .object({
      chapter: z.number().int().min(1).max(99).optional(),
      objectives: z.array(z.string().min(1)).min(1).optional(),
      minutes: z.number().int().positive().max(240).optional(),
      exercises: z.array(idSchema).default([]),
      scenarios: z.array(idSchema).default([]),
    })
    .superRefine((data, ctx) => {
      data.exercises.forEach((id, index) => {
        if (!exerciseIds.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['exercises', index],
            message: `there is no exercise "${id}"`,
          });
        }
      });
      data.scenarios.forEach((id, index) => {
        if (!scenarioIds.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['scenarios', index],
            message: `there is no scenario "${id}"`,
          });
        }
      });
      if (data.chapter === undefined) return;
      for (const key of ['objectives', 'minutes'] as const) {
        if (data[key] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `a lesson (a page with \`chapter\`) needs \`${key}\``,
          });
        }
      }
    });
}

/** A lesson's own frontmatter, as the schema returns it. */
export type Lesson = z.infer<ReturnType<typeof lessonSchema>>;
