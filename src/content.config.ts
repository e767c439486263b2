import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { lessonSchema } from './schemas/lesson.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: lessonSchema }) }),
  // Starlight's UI strings we add or correct: English code-block labels (Starlight's English file
  // has no Expressive Code keys, so they fell back to Japanese) and Pagefind's search UI in Japanese.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
