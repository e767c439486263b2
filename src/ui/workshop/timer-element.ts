/** `<dojo-timer>`: the facilitator timer's buttons and display; the logic is in timer.ts. */
import { browserStorage } from '../safe-storage.ts';
import { formatClockMs } from '../../util/format-clock.ts';
import {
  advance,
  createTimer,
  goTo,
  pause,
  readTimer,
  remaining,
  resetBlock,
  serializeTimer,
  start,
  type TimerState,
} from '../../workshop/timer.ts';

const STORAGE_PREFIX = 'ecs-dojo:timer:';
const SOUND_KEY = 'ecs-dojo:timer-sound';
const ALERT_MS = 12_000;

/** Two short beeps made with Web Audio (no sound file); silent where audio is unavailable. */
function beep(): void {
  const AudioContextClass = window.AudioContext as typeof AudioContext | undefined;
  if (!AudioContextClass) return;
  try {
    const audio = new AudioContextClass();
    for (const offset of [0, 0.35]) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = 880;
      gain.gain.setValueAtTime(0.0001, audio.currentTime + offset);
      gain.gain.exponentialRampToValueAtTime(0.3, audio.currentTime + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + offset + 0.25);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(audio.currentTime + offset);
      oscillator.stop(audio.currentTime + offset + 0.3);
    }
    window.setTimeout(() => void audio.close(), 1000);
  } catch {
    // Audio blocked: the visible alert remains.
  }
}

interface Block {
  title: string;
  minutes: number;
}

class DojoTimer extends HTMLElement {
  private state: TimerState = createTimer([]);
  private blocks: Block[] = [];
  private interval = 0;
  private alertTimeout = 0;

  private get storageKey(): string {
    return STORAGE_PREFIX + (this.dataset['agenda'] ?? 'default');
  }

  connectedCallback(): void {
    this.blocks = JSON.parse(this.dataset['blocks'] ?? '[]') as Block[];
    const minutes = this.blocks.map((b) => b.minutes);
    // A reload (or a closed laptop lid) keeps the timer where it was, running or paused.
    this.state = advance(
      readTimer(browserStorage()?.getItem(this.storageKey) ?? null, minutes, Date.now()),
      Date.now(),
    );
    const sound = this.querySelector<HTMLInputElement>('[data-sound]');
    if (sound) {
      sound.checked = browserStorage()?.getItem(SOUND_KEY) === 'on';
      sound.addEventListener('change', () => {
        try {
          browserStorage()?.setItem(SOUND_KEY, sound.checked ? 'on' : 'off');
        } catch {
          // Not remembered; the choice holds for this page.
        }
        if (sound.checked) beep();
      });
    }
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
    clearTimeout(this.alertTimeout);
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
    const changed = this.state.block !== before.block;
    if (changed || finished) this.alert();
    this.render(changed, finished);
  }

  /** A block ended: highlight the timer for a while, and beep if the facilitator asked for sound. */
  private alert(): void {
    this.dataset['alert'] = 'true';
    clearTimeout(this.alertTimeout);
    this.alertTimeout = window.setTimeout(() => delete this.dataset['alert'], ALERT_MS);
    if (this.querySelector<HTMLInputElement>('[data-sound]')?.checked) beep();
  }

  private render(blockChanged: boolean, finished = false): void {
    const now = Date.now();
    const block = this.blocks[this.state.block];
    const set = (selector: string, text: string) => {
      const element = this.querySelector(selector);
      if (element) element.textContent = text;
    };
    set('[data-current]', block?.title ?? '');
    set('[data-clock]', formatClockMs(remaining(this.state, now)));
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
    try {
      browserStorage()?.setItem(this.storageKey, serializeTimer(this.state));
    } catch {
      // Storage full or blocked: the timer still runs on this page.
    }
  }
}

if (!customElements.get('dojo-timer')) customElements.define('dojo-timer', DojoTimer);
