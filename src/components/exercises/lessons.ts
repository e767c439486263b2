/** Which lessons exist in each language, so exercise pages only link to lessons that are written. */
import { getCollection } from 'astro:content';
import { t, type Lang } from '../../i18n/ui.ts';

/** Slugs (`04-services-autoscaling`) of the lessons that exist in a language. */
export async function existingLessons(lang: Lang): Promise<Set<string>> {
  const entries = await getCollection('docs');
  const prefix = lang === 'en' ? 'en/lessons/' : 'lessons/';
  return new Set(entries.filter((e) => e.id.startsWith(prefix)).map((e) => e.id.slice(prefix.length)));
}

/**
 * Chapter names by lesson slug in a language ("第2章 タスク定義"), so pages name a chapter by its
 * title, never by its slug.
 */
export async function chapterNames(lang: Lang): Promise<Map<string, string>> {
  const entries = await getCollection('docs');
  const prefix = lang === 'en' ? 'en/lessons/' : 'lessons/';
  return new Map(
    entries
      .filter((e) => e.id.startsWith(prefix))
      .map((e) => {
        const { chapter, title } = e.data;
        const name = chapter === undefined ? title : `${t(lang, 'lesson.chapter', { n: chapter })} ${title}`;
        return [e.id.slice(prefix.length), name] as const;
      }),
  );
}
