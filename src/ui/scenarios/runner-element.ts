import { progressStorage } from '../safe-storage.ts';
import { loadProgress, saveScenarioCompletion, setHelped, wasHelped } from '../../progress/store.ts';
import { withStateParam } from '../../widgets/url-state.ts';
import { WIDGET_STATE_EVENT, announcedStates } from '../widget-shell.ts';
import { evaluateGoals } from '../../scenarios/evaluate.ts';
import { SCENARIOS } from '../../scenarios/scenarios.ts';
import { revealNextHint } from '../hints.ts';
import type { Scenario } from '../../scenarios/types.ts';

/** Marks a URL as the scenario's reference solution, so a pass from it counts as solved with help in any tab. */
export const SOLUTION_PARAM = 'solution';

/**
 * `<dojo-scenario>`: wraps a widget on a scenario page. Checks the goals every time the widget's
 * state changes, records the scenario as passed (or solved with help after "show solution"),
 * reveals hints one at a time, and loads the reference solution on request.
 */
class ScenarioElement extends HTMLElement {
  #scenario: Scenario<unknown> | undefined;
  #recorded = false;

  connectedCallback(): void {
    const scenario = (SCENARIOS as readonly Scenario<unknown>[]).find((s) => s.id === this.dataset['id']);
    if (!scenario) return;
    this.#scenario = scenario;
    this.addEventListener(WIDGET_STATE_EVENT, (event) => {
      const detail = (event as CustomEvent<{ state: unknown }>).detail;
      this.#check(detail.state);
    });
    // The widget may have announced its first state before this element was defined.
    for (const state of announcedStates(this)) this.#check(state);
    this.querySelector('[data-action="hint"]')?.addEventListener('click', () => this.#nextHint());
    this.querySelector('[data-action="solution"]')?.addEventListener('click', () => this.#showSolution());
    if (new URL(window.location.href).searchParams.has(SOLUTION_PARAM))
      setHelped(progressStorage(), `scenario:${scenario.id}`, true);
    const earlier = loadProgress(progressStorage()).doc.scenarios[scenario.id];
    if (earlier)
      this.#setStatus(this.dataset[earlier === 'passed' ? 'earlierPassed' : 'earlierHelped'] ?? '');
  }

  /** Shows or hides the link to the next scenario in course order (rendered by the page, hidden at first). */
  #offerNext(show: boolean): void {
    const next = this.querySelector<HTMLElement>('.dojo-scenario__next');
    if (next) next.hidden = !show;
  }

  #check(state: unknown): void {
    const scenario = this.#scenario;
    if (!scenario) return;
    const results = evaluateGoals(scenario, state);
    results.forEach((result, index) => {
      const item = this.querySelector<HTMLElement>(`[data-goal="${index}"]`);
      if (!item) return;
      item.dataset['passed'] = String(result.passed);
      const mark = item.querySelector('.dojo-goal__mark');
      if (mark) mark.textContent = result.passed ? '✓' : '✗';
      const label = item.querySelector('.dojo-goal__state');
      if (label) label.textContent = (result.passed ? this.dataset['met'] : this.dataset['notMet']) ?? '';
    });
    const solved = results.every((result) => result.passed);
    this.dataset['complete'] = String(solved);
    this.#offerNext(solved);
    if (solved && !this.#recorded) {
      this.#recorded = true;
      const helped = wasHelped(loadProgress(progressStorage()).doc, `scenario:${scenario.id}`);
      saveScenarioCompletion(progressStorage(), scenario.id, helped ? 'solved-with-help' : 'passed');
      this.#setStatus(this.dataset[helped ? 'solvedHelped' : 'solved'] ?? '');
    } else if (!solved) {
      this.#recorded = false;
    }
  }

  #nextHint(): void {
    revealNextHint(this);
  }

  #showSolution(): void {
    const scenario = this.#scenario;
    const key = this.dataset['widgetKey'];
    if (!scenario || !key) return;
    if (!window.confirm(this.dataset['confirmSolution'] ?? '')) return;
    setHelped(progressStorage(), `scenario:${scenario.id}`, true);
    const url = withStateParam(new URL(window.location.href), key, scenario.solution);
    url.searchParams.set(SOLUTION_PARAM, '1');
    window.location.assign(url.href);
  }

  #setStatus(text: string): void {
    const status = this.querySelector('.dojo-scenario__status');
    if (status) status.textContent = text;
  }
}

/** Registers `<dojo-scenario>` once. */
export function defineScenarioElement(): void {
  if (!customElements.get('dojo-scenario')) customElements.define('dojo-scenario', ScenarioElement);
}
