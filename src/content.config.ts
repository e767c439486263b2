import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { EXERCISES } from './exercises/catalog/index.ts';
import { SCENARIOS } from './scenarios/scenarios.ts';
import { lessonSchema } from './schemas/lesson.ts';

// Lesson frontmatter may name only exercises and scenarios the sequence indexes list.
const lessonFields = lessonSchema({
  exercises: EXERCISES.map((exercise) => exercise.id),
  scenarios: SCENARIOS.map((scenario) => scenario.id),
});

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: lessonFields }) }),
  // Starlight's UI strings we add or correct: English code-block labels (Starlight's English file
  // has no Expressive Code keys, so they fell back to Japanese) and Pagefind's search UI in Japanese.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
