import { browserStorage, progressStorage } from '../../ui/safe-storage.ts';
import { loadProgress, saveQuizAnswer, type QuizAnswer } from '../../progress/store.ts';
import { FRESH, checkAttempt, type AttemptState } from './attempts.ts';
import { judgeAnswer } from './judge.ts';
import { learnerSeed } from './learner-seed.ts';
import { shuffledOrder } from './shuffle.ts';

/**
 * `<dojo-quiz>`: enhances the server-rendered question. Shows the options in the learner's own stable
 * order, checks the chosen one (by its source index), shows the hint after a first wrong answer and
 * the correct option with the explanation after a right answer or a second wrong one, and remembers
 * the answer. Without JavaScript the question still reads as a list in source order.
 */
class QuizElement extends HTMLElement {
  private attempt: AttemptState = FRESH;

  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form || this.dataset['ready'] === 'true') return;
    this.shuffle();
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.check();
    });
    this.restore();
    this.dataset['ready'] = 'true';
  }

  private get radios(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  }

  private get answer(): number {
    return Number(this.dataset['answer']);
  }

  /** Reorders the list items in place, so reading, tab and arrow-key order follow what is shown. */
  private shuffle(): void {
    const list = this.querySelector('ul');
    const items = list ? [...list.children] : [];
    if (!list || items.length < 2) return;
    const order = shuffledOrder(items.length, `${learnerSeed(browserStorage)}:${this.dataset['id'] ?? ''}`);
    for (const index of order) {
      const item = items[index];
      if (item) list.append(item);
    }
  }

  private chosen(): number {
    const radio = this.radios.find((input) => input.checked);
    return radio ? Number(radio.value) : -1;
  }

  private radioFor(index: number): HTMLInputElement | undefined {
    return this.radios.find((input) => Number(input.value) === index);
  }

  /** Shows a stored answer, unless the question changed since (its verdict no longer matches). */
  private restore(): void {
    const id = this.dataset['id'];
    const storage = progressStorage();
    if (!id) return;
    const saved: QuizAnswer | undefined = loadProgress(storage).doc.quizzes[id];
    const radio = saved ? this.radioFor(saved.choice) : undefined;
    if (!saved || !radio) return;
    const verdict = judgeAnswer(saved.choice, this.answer);
    if (verdict === 'none' || (verdict === 'correct') !== saved.correct) return;
    radio.checked = true;
    this.attempt = { wrong: saved.correct ? 0 : 1, done: true };
    this.mark(saved.choice, verdict);
    this.reveal(verdict === 'incorrect');
    this.setStatus(`${this.verdictText(verdict, true)} ${this.dataset['saved'] ?? ''}`.trim(), verdict);
  }

  private check(): void {
    const chosen = this.chosen();
    const outcome = checkAttempt(this.attempt, chosen, this.answer);
    if (outcome.verdict === 'none') {
      this.setStatus(this.dataset['choose'] ?? '', 'incorrect');
      return;
    }
    this.attempt = outcome.state;
    this.mark(chosen, outcome.verdict);
    const hint = this.querySelector<HTMLElement>('.dojo-quiz__hint');
    if (hint && outcome.showHint) hint.hidden = false;
    if (outcome.reveal) this.reveal(outcome.verdict === 'incorrect');
    this.setStatus(this.verdictText(outcome.verdict, outcome.reveal), outcome.verdict);
    const id = this.dataset['id'];
    const storage = progressStorage();
    if (outcome.save && id) {
      saveQuizAnswer(storage, id, { choice: chosen, correct: outcome.verdict === 'correct' });
    }
  }

  /** Marks the chosen option right or wrong and clears earlier marks. */
  private mark(chosen: number, verdict: 'correct' | 'incorrect'): void {
    for (const radio of this.radios) {
      const label = radio.closest('label');
      if (!label) continue;
      if (Number(radio.value) === chosen) label.dataset['state'] = verdict;
      else if (label.dataset['state'] !== 'answer') delete label.dataset['state'];
    }
  }

  /** Shows the explanation; after a miss, labels the correct option in words, not only in colour. */
  private reveal(showAnswer: boolean): void {
    const explanation = this.querySelector<HTMLElement>('.dojo-quiz__explanation');
    if (explanation) explanation.hidden = false;
    if (!showAnswer) return;
    const label = this.radioFor(this.answer)?.closest('label');
    if (!label) return;
    if (label.dataset['state'] !== 'correct') label.dataset['state'] = 'answer';
    if (!label.querySelector('.dojo-quiz__answer-mark')) {
      const mark = document.createElement('span');
      mark.className = 'dojo-quiz__answer-mark';
      mark.textContent = this.dataset['answerMark'] ?? '';
      label.append(mark);
    }
  }

  private verdictText(verdict: 'correct' | 'incorrect', final: boolean): string {
    if (verdict === 'correct') return this.dataset['correct'] ?? '';
    return (final ? this.dataset['incorrectFinal'] : this.dataset['incorrect']) ?? '';
  }

  private setStatus(text: string, state: string): void {
    const status = this.querySelector<HTMLElement>('.dojo-quiz__status');
    if (!status) return;
    status.textContent = text;
    status.dataset['state'] = state;
  }
}

/** Registers `<dojo-quiz>` once, however many quizzes a page holds. */
export function defineQuizElement(): void {
  if (!customElements.get('dojo-quiz')) customElements.define('dojo-quiz', QuizElement);
}
