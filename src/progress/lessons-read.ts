/** Lessons read to the end, kept in the progress store under the lesson's slug (language-neutral). */
import { updateProgress, type KeyValueStorage, type ProgressDoc } from './store.ts';

/**
 * The language-neutral slug of a lesson page path: `/en/lessons/02-task-definitions/` and
 * `/base/lessons/02-task-definitions/` both give `lessons/02-task-definitions`.
 */
export function lessonSlugFromPath(pathname: string): string | undefined {
  const match = /(?:^|\/)(lessons\/[a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(pathname);
  return match?.[1];
}

/** Marks a lesson read (keeping the first date); returns false when nothing could be stored. */
export function markLessonRead(storage: KeyValueStorage, slug: string, now: Date): boolean {
  return updateProgress(storage, (doc) => {
    doc.lessons ??= Object.create(null) as Record<string, string>;
    doc.lessons[slug] ??= now.toISOString();
  });
}

/** True when the lesson with that slug has been read to the end. */
export function isLessonRead(doc: ProgressDoc, slug: string): boolean {
  return doc.lessons !== undefined && Object.prototype.hasOwnProperty.call(doc.lessons, slug);
}
