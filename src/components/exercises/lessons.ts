/** Which lessons exist in each language, so exercise pages only link to lessons that are written. */
import { getCollection } from 'astro:content';
import type { Lang } from '../../i18n/ui.ts';

/** Slugs (`04-services-autoscaling`) of the lessons that exist in a language. */
export async function existingLessons(lang: Lang): Promise<Set<string>> {
  const entries = await getCollection('docs');
  const prefix = lang === 'en' ? 'en/lessons/' : 'lessons/';
  return new Set(entries.filter((e) => e.id.startsWith(prefix)).map((e) => e.id.slice(prefix.length)));
}
