import { progressStorage } from '../../progress/resilient-storage.ts';
import { loadProgress, saveQuizAnswer } from '../../progress/store.ts';
import { judgeAnswer } from './judge.ts';

/**
 * `<dojo-quiz>`: enhances the server-rendered question. Checks the chosen option, marks it, reveals
 * the explanation and remembers the answer. Without JavaScript the question still reads as a list.
 */
class QuizElement extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.check(true);
    });
    this.restore();
  }

  private get radios(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  }

  private restore(): void {
    const id = this.dataset['id'];
    if (!id) return;
    const saved = loadProgress(progressStorage()).doc.quizzes[id];
    const radio = saved ? this.radios[saved.choice] : undefined;
    if (!radio) return;
    radio.checked = true;
    this.check(false);
    this.setStatus(`${this.statusText(saved?.correct ?? false)} ${this.dataset['saved'] ?? ''}`.trim());
  }

  private check(save: boolean): void {
    const chosen = this.radios.findIndex((radio) => radio.checked);
    const verdict = judgeAnswer(chosen, Number(this.dataset['answer']));
    if (verdict === 'none') {
      this.setStatus(this.dataset['choose'] ?? '', 'incorrect');
      return;
    }
    this.radios.forEach((radio, index) => {
      const label = radio.closest('label');
      if (!label) return;
      if (index === chosen) label.dataset['state'] = verdict;
      else delete label.dataset['state'];
    });
    this.setStatus(this.statusText(verdict === 'correct'), verdict);
    const explanation = this.querySelector<HTMLElement>('.dojo-quiz__explanation');
    if (explanation) explanation.hidden = false;
    const id = this.dataset['id'];
    if (save && id) saveQuizAnswer(progressStorage(), id, { choice: chosen, correct: verdict === 'correct' });
  }

  private statusText(correct: boolean): string {
    return (correct ? this.dataset['correct'] : this.dataset['incorrect']) ?? '';
  }

  private setStatus(text: string, state?: string): void {
    const status = this.querySelector<HTMLElement>('.dojo-quiz__status');
    if (!status) return;
    status.textContent = text;
    if (state) status.dataset['state'] = state;
  }
}

/** Registers `<dojo-quiz>` once, however many quizzes a page holds. */
export function defineQuizElement(): void {
  if (!customElements.get('dojo-quiz')) customElements.define('dojo-quiz', QuizElement);
}
