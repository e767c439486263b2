import { findExercise, type Exercise } from '../catalog/index.ts';
import { evaluateExercise, type ExerciseResult } from '../catalog/evaluate.ts';
import type { Lang } from '../grader/index.ts';
import { cfnSpec, whenCfnSpec } from '../grader/cfn-spec-store.ts';
import {
  exerciseProgress,
  loadProgress,
  saveExerciseCompletion,
  saveExerciseSource,
  setHelped,
  wasHelped,
} from '../../progress/store.ts';
import { revealNextHint } from '../../ui/hints.ts';
import { progressStorage } from '../../ui/safe-storage.ts';
import type { EditorHandle } from './monaco-editor.ts';
import { exerciseStrings, type ExerciseStrings } from './strings.ts';
import { fill } from './strings.ts';
import { lineNumbers, offsetOf } from './text-position.ts';
import { markGoal, renderFindings, type LinkContext } from './view.ts';

/** The learner's own text, kept while the solution is in the editor (localStorage). */
export const MINE_PREFIX = 'ecs-dojo:exercise-mine:';
const LIVE_DELAY_MS = 300;
/** How long the editor waits for the CloudFormation specification before it starts without it. */
const SPEC_WAIT_MS = 10_000;

/** Resolves when the CloudFormation specification is registered, or after `ms` at the latest. */
function specOrTimeout(ms: number): Promise<unknown> {
  return Promise.race([whenCfnSpec(), new Promise((resolve) => setTimeout(resolve, ms))]);
}

/** Monaco needs a fine pointer and room; elsewhere the plain textarea is the better editor. */
function monacoSuitable(): boolean {
  return !window.matchMedia('(pointer: coarse)').matches && window.innerWidth >= 700;
}

/**
 * `<dojo-exercise>`: an exercise page's editor. Starts as the server-rendered textarea (which works
 * everywhere), upgrades to Monaco when it is near the viewport or first used, grades live (markers
 * and findings), shows the goal checklist on "Grade", saves work as the learner types, and records
 * passes and "solved with help".
 */
class ExerciseElement extends HTMLElement {
  #exercise: Exercise | undefined;
  #T: ExerciseStrings = exerciseStrings('ja');
  #lang: Lang = 'ja';
  #links: LinkContext = { lang: 'ja', base: '', lessons: new Set() };
  #textarea: HTMLTextAreaElement | null = null;
  #editor: EditorHandle | undefined;
  #loading = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #local = progressStorage();
  /** What the editor holds: the learner's text, or the solution (their text kept aside). */
  #showing: 'mine' | 'solution' = 'mine';
  #gutter: () => void = () => undefined;

  connectedCallback(): void {
    const exercise = findExercise(this.dataset['id'] ?? '');
    this.#textarea = this.querySelector('textarea');
    if (!exercise || !this.#textarea) return;
    this.#exercise = exercise;
    this.#lang = this.dataset['lang'] === 'en' ? 'en' : 'ja';
    this.#T = exerciseStrings(this.#lang);
    this.#links = { lang: this.#lang, base: this.dataset['base'] ?? '', lessons: this.#lessonSet() };
    this.#restore(exercise);
    this.#bindActions();
    this.#textarea.addEventListener('input', () => this.#changed());
    this.#syncGutter(this.#textarea);
    // Start fetching Monaco before the first grade, so the two overlap.
    if (monacoSuitable()) this.#loadWhenNeeded();
    else this.#useFallback();
    this.#live();
    // A CloudFormation exercise's page loads the specification with its own script: grade again
    // once it is there, for the checks that need it.
    if (exercise.kind === 'cfn' && !cfnSpec()) void whenCfnSpec().then(() => this.#live());
  }

  /** Keeps the plain editor's line numbers in step with its text and its scrolling. */
  #syncGutter(textarea: HTMLTextAreaElement): void {
    const gutter = this.querySelector<HTMLElement>('.dojo-ex__gutter');
    if (!gutter) return;
    const update = () => {
      const numbers = lineNumbers(textarea.value);
      if (gutter.textContent !== numbers) gutter.textContent = numbers;
      gutter.scrollTop = textarea.scrollTop;
    };
    textarea.addEventListener('input', update);
    textarea.addEventListener('scroll', () => {
      gutter.scrollTop = textarea.scrollTop;
    });
    this.#gutter = update;
    update();
  }

  #lessonSet(): Set<string> {
    try {
      const parsed: unknown = JSON.parse(this.dataset['lessons'] ?? '[]');
      return new Set(Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : []);
    } catch {
      return new Set();
    }
  }

  #restore(exercise: Exercise): void {
    const progress = exerciseProgress(loadProgress(this.#local).doc, exercise.id);
    if (progress?.source !== undefined && this.#textarea) {
      this.#textarea.value = progress.source;
      this.#setStatus(this.#T.restored);
    }
    if (progress?.status === 'passed') this.#setStatus(this.#T.earlierPassed);
    if (progress?.status === 'solved-with-help') this.#setStatus(this.#T.earlierHelped);
    if (this.#mine() !== null) {
      this.#showing = progress?.source === exercise.solution ? 'solution' : 'mine';
      this.#updateSwitch();
    }
  }

  #mine(): string | null {
    return this.#exercise ? this.#local.getItem(MINE_PREFIX + this.#exercise.id) : null;
  }

  #keepMine(text: string | null): void {
    const exercise = this.#exercise;
    if (!exercise) return;
    try {
      if (text === null) this.#local.removeItem(MINE_PREFIX + exercise.id);
      else this.#local.setItem(MINE_PREFIX + exercise.id, text);
    } catch {
      // Storage full or blocked: the switch still works until the page is left.
    }
  }

  /** Shows the "back to my answer" / "show the solution again" switch once the solution was shown. */
  #updateSwitch(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-action="switch"]');
    if (!button) return;
    const kept = this.#mine() !== null;
    button.hidden = !kept;
    button.textContent = this.#showing === 'solution' ? this.#T.backToMine : this.#T.solutionAgain;
  }

  #bindActions(): void {
    const on = (action: string, handler: () => void): void =>
      this.querySelector(`[data-action="${action}"]`)?.addEventListener('click', handler);
    on('grade', () => this.#grade());
    on('hint', () => this.#nextHint());
    on('reset', () => this.#reset());
    on('solution', () => this.#showSolution());
    on('switch', () => this.#switch());
  }

  #value(): string {
    return this.#editor?.getValue() ?? this.#textarea?.value ?? '';
  }

  #setValue(value: string): void {
    if (this.#textarea) this.#textarea.value = value;
    this.#editor?.setValue(value);
    this.#gutter();
  }

  /** Called on every edit: grade and save after a short pause. */
  #changed(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const exercise = this.#exercise;
      if (!exercise) return;
      saveExerciseSource(this.#local, exercise.id, this.#value());
      this.#live();
    }, LIVE_DELAY_MS);
  }

  #evaluate(): ExerciseResult | undefined {
    return this.#exercise ? evaluateExercise(this.#exercise, this.#value(), this.#lang) : undefined;
  }

  /** Live feedback: markers in Monaco, and the findings list. */
  #live(): ExerciseResult | undefined {
    const result = this.#evaluate();
    if (!result) return undefined;
    this.#editor?.setFindings(result.grade.findings);
    const list = this.querySelector<HTMLElement>('.dojo-ex__findings');
    if (list)
      renderFindings(list, result.grade.findings, this.#links, (line, column) => this.#jump(line, column));
    return result;
  }

  #grade(): void {
    const exercise = this.#exercise;
    const result = this.#live();
    if (!exercise || !result) return;
    const unreadable = result.grade.parseError;
    if (unreadable) {
      // Goals cannot be judged on a file that does not parse: say that, rather than ✗ on every goal.
      this.#resetGoals();
      this.dataset['passed'] = 'false';
      this.#setStatus(
        fill(this.#T.cannotRead, {
          line: unreadable.line,
          column: unreadable.column,
          message: unreadable.message,
        }),
      );
      return;
    }
    const lint = this.querySelector<HTMLElement>('[data-goal="lint"]');
    if (lint) markGoal(lint, result.lintPassed, this.#lang);
    for (const goal of result.goals) {
      const item = this.querySelector<HTMLElement>(`[data-goal="goal-${goal.id}"]`);
      if (item) markGoal(item, goal.passed, this.#lang);
    }
    this.dataset['passed'] = String(result.passed);
    if (!result.passed) {
      this.#setStatus(this.#T.notYet);
      return;
    }
    const helped = wasHelped(loadProgress(this.#local).doc, `exercise:${exercise.id}`);
    saveExerciseSource(this.#local, exercise.id, this.#value());
    saveExerciseCompletion(this.#local, exercise.id, helped ? 'solved-with-help' : 'passed');
    this.#setStatus(helped ? this.#T.passedHelped : this.#T.passed, true);
    this.querySelector<HTMLElement>('.dojo-ex__next')?.removeAttribute('hidden');
  }

  #resetGoals(): void {
    this.querySelectorAll<HTMLElement>('[data-goal]').forEach((item) =>
      markGoal(item, undefined, this.#lang),
    );
    delete this.dataset['passed'];
    this.querySelector<HTMLElement>('.dojo-ex__next')?.setAttribute('hidden', '');
  }

  #nextHint(): void {
    revealNextHint(this);
  }

  #reset(): void {
    const exercise = this.#exercise;
    if (!exercise || !window.confirm(this.#T.resetConfirm)) return;
    this.#setValue(exercise.starter);
    saveExerciseSource(this.#local, exercise.id, null);
    setHelped(this.#local, `exercise:${exercise.id}`, false);
    this.#keepMine(null);
    this.#showing = 'mine';
    this.#updateSwitch();
    this.#resetGoals();
    this.#setStatus('');
    this.#live();
  }

  #showSolution(): void {
    const exercise = this.#exercise;
    if (!exercise || !window.confirm(this.#T.solutionConfirm)) return;
    setHelped(this.#local, `exercise:${exercise.id}`, true);
    if (this.#showing === 'mine') this.#keepMine(this.#value());
    this.#loadText('solution', exercise.solution);
    this.#setStatus(this.#T.solutionLoaded);
  }

  /** Switches the editor between the solution and the learner's own text (kept aside). */
  #switch(): void {
    const exercise = this.#exercise;
    if (!exercise) return;
    if (this.#showing === 'solution') {
      this.#loadText('mine', this.#mine() ?? exercise.starter);
      this.#setStatus(this.#T.mineRestored);
      return;
    }
    this.#keepMine(this.#value());
    setHelped(this.#local, `exercise:${exercise.id}`, true);
    this.#loadText('solution', exercise.solution);
    this.#setStatus(this.#T.solutionLoaded);
  }

  #loadText(showing: 'mine' | 'solution', text: string): void {
    const exercise = this.#exercise;
    if (!exercise) return;
    this.#showing = showing;
    this.#setValue(text);
    saveExerciseSource(this.#local, exercise.id, text);
    this.#updateSwitch();
    this.#resetGoals();
    this.#live();
  }

  /** Puts the cursor at a finding: in Monaco, or on that line of the plain textarea. */
  #jump(line: number, column: number): void {
    if (this.#editor) {
      this.#editor.revealPosition(line, column);
      return;
    }
    const textarea = this.#textarea;
    if (!textarea) return;
    const offset = offsetOf(textarea.value, line, column);
    textarea.focus();
    textarea.setSelectionRange(offset, offset);
    const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 20;
    textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  #setStatus(text: string, celebrate = false): void {
    const status = this.querySelector<HTMLElement>('.dojo-ex__status');
    if (!status) return;
    status.textContent = text;
    status.classList.remove('dojo-ex__status--celebrate');
    if (celebrate) {
      void status.offsetWidth; // restart the animation
      status.classList.add('dojo-ex__status--celebrate');
    }
  }

  #loadWhenNeeded(): void {
    const area = this.querySelector<HTMLElement>('.dojo-ex__editor');
    if (!area) return;
    if (area.getBoundingClientRect().top < window.innerHeight + 200) {
      void this.#loadMonaco();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          void this.#loadMonaco();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(area);
    const first = (): void => {
      observer.disconnect();
      void this.#loadMonaco();
    };
    area.addEventListener('focusin', first, { once: true });
    area.addEventListener('pointerdown', first, { once: true });
  }

  async #loadMonaco(): Promise<void> {
    const exercise = this.#exercise;
    const textarea = this.#textarea;
    const host = this.querySelector<HTMLElement>('.dojo-ex__monaco');
    if (this.#loading || !exercise || !textarea || !host) return;
    this.#loading = true;
    const loading = this.querySelector<HTMLElement>('.dojo-ex__loading');
    if (loading) loading.hidden = false;
    try {
      const { createEditor } = await import('./monaco-editor.ts');
      // The editor's CloudFormation completion is built from the specification.
      if (exercise.kind === 'cfn') await specOrTimeout(SPEC_WAIT_MS);
      const hadFocus = document.activeElement === textarea;
      host.hidden = false;
      this.#editor = createEditor({
        host,
        id: exercise.id,
        value: textarea.value,
        format: exercise.language,
        kind: exercise.kind,
        lang: this.#lang,
        ariaLabel: this.querySelector('label[for]')?.textContent ?? exercise.title[this.#lang],
        onChange: (value) => {
          textarea.value = value;
          this.#changed();
        },
      });
      textarea.hidden = true;
      this.dataset['editor'] = 'monaco';
      this.querySelector<HTMLElement>('.dojo-ex__keyboard')?.removeAttribute('hidden');
      this.#live();
      host.dataset['ready'] = 'true';
      performance.mark('dojo-editor-ready');
      if (hadFocus) this.#editor.focus();
    } catch {
      host.hidden = true;
      this.#useFallback();
    } finally {
      if (loading) loading.hidden = true;
    }
  }

  #useFallback(): void {
    this.dataset['editor'] = 'textarea';
    this.querySelector<HTMLElement>('.dojo-ex__fallback')?.removeAttribute('hidden');
  }
}

/** Registers `<dojo-exercise>` once. */
export function defineExerciseElement(): void {
  if (!customElements.get('dojo-exercise')) customElements.define('dojo-exercise', ExerciseElement);
}
