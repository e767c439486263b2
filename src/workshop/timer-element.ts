/** `<dojo-timer>`: the facilitator timer's buttons and display; the logic is in timer.ts. */
import {
  advance,
  createTimer,
  formatClock,
  goTo,
  pause,
  remaining,
  resetBlock,
  start,
  type TimerState,
} from './timer.ts';

interface Block {
  title: string;
  minutes: number;
}

class DojoTimer extends HTMLElement {
  private state: TimerState = createTimer([]);
  private blocks: Block[] = [];
  private interval = 0;

  connectedCallback(): void {
    this.blocks = JSON.parse(this.dataset['blocks'] ?? '[]') as Block[];
    this.state = createTimer(this.blocks.map((b) => b.minutes));
    this.on('[data-toggle]', () =>
      this.state.startedAt === null ? start(this.state, Date.now()) : pause(this.state, Date.now()),
    );
    this.on('[data-reset]', () => resetBlock(this.state, Date.now()));
    this.on('[data-prev]', () => goTo(this.state, this.state.block - 1));
    this.on('[data-next]', () => goTo(this.state, this.state.block + 1));
    this.render(false);
  }

  disconnectedCallback(): void {
    clearInterval(this.interval);
  }

  private on(selector: string, next: () => TimerState): void {
    this.querySelector(selector)?.addEventListener('click', () => {
      const before = this.state.block;
      this.state = next();
      this.render(this.state.block !== before);
    });
  }

  private tick(): void {
    const before = this.state;
    this.state = advance(this.state, Date.now());
    const finished = before.startedAt !== null && this.state.startedAt === null;
    this.render(this.state.block !== before.block, finished);
  }

  private render(blockChanged: boolean, finished = false): void {
    const now = Date.now();
    const block = this.blocks[this.state.block];
    const set = (selector: string, text: string) => {
      const element = this.querySelector(selector);
      if (element) element.textContent = text;
    };
    set('[data-current]', block?.title ?? '');
    set('[data-clock]', formatClock(remaining(this.state, now)));
    set(
      '[data-toggle]',
      (this.state.startedAt === null ? this.dataset['start'] : this.dataset['pause']) ?? '',
    );
    if (blockChanged && block)
      set(
        '[data-live]',
        (this.dataset['announce'] ?? '')
          .replace('{title}', block.title)
          .replace('{n}', String(block.minutes)),
      );
    if (finished) set('[data-live]', this.dataset['done'] ?? '');
    clearInterval(this.interval);
    if (this.state.startedAt !== null) this.interval = window.setInterval(() => this.tick(), 1000);
  }
}

if (!customElements.get('dojo-timer')) customElements.define('dojo-timer', DojoTimer);
