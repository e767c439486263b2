/**
 * `<dojo-sandbox>`: a light element that starts the sandbox. The emulator, the grader, the
 * simulator and the terminal (xterm.js) load together when it connects, in one dynamic import, so
 * the page paints without them; the page's HTML already holds every panel, label and control.
 */
import type { SandboxTerminal } from './sandbox-terminal.ts';

/** The sandbox element. */
export class SandboxElement extends HTMLElement {
  #sandbox: SandboxTerminal | undefined;
  #connected = false;

  connectedCallback(): void {
    this.#connected = true;
    void this.#start();
  }

  disconnectedCallback(): void {
    this.#connected = false;
    this.#sandbox?.dispose();
    this.#sandbox = undefined;
  }

  async #start(): Promise<void> {
    if (this.#sandbox !== undefined || this.dataset['state'] === 'loading') return;
    this.dataset['state'] = 'loading';
    try {
      const { SandboxTerminal } = await import('./sandbox-terminal.ts');
      if (!this.#connected) return;
      this.#sandbox = new SandboxTerminal(this);
      this.#sandbox.start();
      this.dataset['state'] = 'ready';
    } catch {
      this.dataset['state'] = 'failed';
      const note = this.querySelector<HTMLElement>('.sbx-term__loading');
      if (note) note.textContent = this.dataset['loadFailed'] ?? '';
    } finally {
      if (this.dataset['state'] === 'loading') delete this.dataset['state'];
    }
  }
}

/** Defines `<dojo-sandbox>` once. */
export function defineSandbox(): void {
  if (!customElements.get('dojo-sandbox')) customElements.define('dojo-sandbox', SandboxElement);
}
