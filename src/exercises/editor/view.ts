/** Renders grading results for the exercise element. Text only: learner input never becomes HTML. */
import type { Finding, Lang } from '../grader/index.ts';
import { h } from '../../widgets/dom.ts';
import { exerciseStrings, fill, lessonHref } from './strings.ts';

export interface LinkContext {
  readonly lang: Lang;
  readonly base: string;
  /** Lessons that exist in this language; other lessons are not linked. */
  readonly lessons: ReadonlySet<string>;
}

/** One list item per finding: line:column, severity, message and, where it exists, the lesson. */
export function renderFindings(list: HTMLElement, findings: readonly Finding[], links: LinkContext): void {
  const T = exerciseStrings(links.lang);
  if (findings.length === 0) {
    list.replaceChildren(h('li', { class: 'dojo-ex__finding dojo-ex__finding--none' }, T.noFindings));
    return;
  }
  list.replaceChildren(
    ...findings.map((finding) => {
      const lesson = finding.lesson;
      const link =
        lesson && links.lessons.has(lesson.lesson)
          ? h('a', { href: lessonHref(links.base, links.lang, lesson.lesson, lesson.anchor) }, T.learn)
          : null;
      return h(
        'li',
        { class: 'dojo-ex__finding', 'data-severity': finding.severity },
        h('span', { class: 'dojo-ex__where' }, `${finding.line}:${finding.column}`),
        ' ',
        h('span', { class: 'dojo-ex__severity' }, T.severity[finding.severity]),
        ' ',
        h('span', { class: 'dojo-ex__message' }, finding.message),
        h('code', { class: 'dojo-ex__rule' }, finding.ruleId),
        link ? ' ' : null,
        link,
      );
    }),
  );
}

/** Marks one checklist item as met or not. */
export function markGoal(item: HTMLElement, passed: boolean | undefined, lang: Lang): void {
  const T = exerciseStrings(lang);
  item.dataset['passed'] = passed === undefined ? 'unknown' : String(passed);
  const mark = item.querySelector('.dojo-goal__mark');
  if (mark) mark.textContent = passed === undefined ? '·' : passed ? '✓' : '✗';
  const state = item.querySelector('.dojo-goal__state');
  if (state) state.textContent = passed === undefined ? T.notChecked : passed ? T.met : T.notMet;
}

export { fill };
