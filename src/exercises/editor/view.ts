/** Renders grading results for the exercise element. Text only: learner input never becomes HTML. */
import type { Finding, Lang } from '../grader/index.ts';
import { h } from '../../ui/dom.ts';
import { renderCodeSpans } from '../../ui/code-spans.ts';
import { lessonHref } from '../../i18n/links.ts';
import { exerciseStrings, fill } from './strings.ts';

export interface LinkContext {
  readonly lang: Lang;
  readonly base: string;
  /** Lessons that exist in this language; other lessons are not linked. */
  readonly lessons: ReadonlySet<string>;
}

/** Moves the editor's cursor to a finding (1-based line and column). */
export type JumpTo = (line: number, column: number) => void;

/**
 * One list item per finding: line:column (a button that jumps there when `jump` is given), severity,
 * message (its code spans as code) and, where it exists, the lesson.
 */
export function renderFindings(
  list: HTMLElement,
  findings: readonly Finding[],
  links: LinkContext,
  jump?: JumpTo,
): void {
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
      const where = `${finding.line}:${finding.column}`;
      const place = jump
        ? h(
            'button',
            { type: 'button', class: 'dojo-ex__where' },
            where,
            h(
              'span',
              { class: 'sr-only-dojo' },
              ` ${fill(T.jumpTo, { line: finding.line, column: finding.column })}`,
            ),
          )
        : h('span', { class: 'dojo-ex__where' }, where);
      if (jump) place.addEventListener('click', () => jump(finding.line, finding.column));
      const message = h('span', { class: 'dojo-ex__message' });
      renderCodeSpans(message, finding.message);
      return h(
        'li',
        { class: 'dojo-ex__finding', 'data-severity': finding.severity },
        place,
        ' ',
        h('span', { class: 'dojo-ex__severity' }, T.severity[finding.severity]),
        ' ',
        message,
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
