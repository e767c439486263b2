/**
 * Marks the lesson read once the learner reaches its end: the knowledge check (last quiz) or, in a
 * lesson without one, the last heading, scrolls into view.
 */
import { lessonSlugFromPath, markLessonRead } from '../../progress/lessons-read.ts';
import type { KeyValueStorage } from '../../progress/store.ts';

/** The element whose appearance means "read to the end". */
function endOf(content: Element): Element | null {
  const quizzes = content.querySelectorAll('.dojo-quiz');
  if (quizzes.length > 0) return quizzes[quizzes.length - 1] ?? null;
  const headings = content.querySelectorAll('h2, h3');
  return headings[headings.length - 1] ?? content.lastElementChild;
}

/** Watches the end of the lesson on this page; marks it read once and stops watching. */
export function watchLessonEnd(storage: KeyValueStorage, pathname: string): void {
  const slug = lessonSlugFromPath(pathname);
  const content = document.querySelector('.sl-markdown-content');
  const end = content && endOf(content);
  if (!slug || !end || !('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    if (markLessonRead(storage, slug, new Date())) dispatchEvent(new Event('dojo:progress-changed'));
  });
  observer.observe(end);
}
