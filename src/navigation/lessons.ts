import type { Lang } from '../i18n/ui.ts';

/** The fields of a docs entry that the lesson list needs (a subset of Starlight's entry). */
export interface LessonEntryLike {
  id: string;
  data: {
    title: string;
    description?: string | undefined;
    chapter?: number | undefined;
    minutes?: number | undefined;
  };
}

export interface LessonSummary {
  id: string;
  chapter: number;
  title: string;
  description: string;
  minutes: number;
}

/**
 * The lessons of one language, in chapter order. Japanese is the root locale, so its entries have
 * no locale prefix; English entries start with `en/`.
 */
export function lessonsForLang(entries: readonly LessonEntryLike[], lang: Lang): LessonSummary[] {
  return entries
    .filter((entry) => entry.data.chapter !== undefined)
    .filter((entry) => (lang === 'en' ? entry.id.startsWith('en/') : !entry.id.startsWith('en/')))
    .map((entry) => ({
      id: entry.id,
      chapter: entry.data.chapter ?? 0,
      title: entry.data.title,
      description: entry.data.description ?? '',
      minutes: entry.data.minutes ?? 0,
    }))
    .sort((a, b) => a.chapter - b.chapter);
}
