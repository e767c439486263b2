/** Which progress mark a sidebar link earns: lessons read, exercises and scenarios passed. */
import { lessonSlugFromPath, isLessonRead } from './lessons-read.ts';
import type { ProgressDoc } from './store.ts';

/** The mark for a link: 'read', 'passed' or nothing. */
export function markFor(doc: ProgressDoc, pathname: string): 'read' | 'passed' | undefined {
  const slug = lessonSlugFromPath(pathname);
  if (slug) return isLessonRead(doc, slug) ? 'read' : undefined;
  const exercise = /\/exercises\/([a-z0-9-]+)\/?$/.exec(pathname)?.[1];
  if (exercise && doc.exercises?.[exercise]?.status === 'passed') return 'passed';
  const scenario = /\/scenarios\/([a-z0-9-]+)\/?$/.exec(pathname)?.[1];
  if (
    scenario &&
    Object.prototype.hasOwnProperty.call(doc.scenarios, scenario) &&
    doc.scenarios[scenario] === 'passed'
  )
    return 'passed';
  return undefined;
}
