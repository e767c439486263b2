/**
 * The sandbox at work inside `<dojo-sandbox>`: wires the emulator, the terminal, the file panel, the
 * console view, the lab panel and the session controls. Logic lives in the modules it imports; this
 * renders and forwards. It loads with the terminal (see sandbox-element.ts), with the
 * emulator, the grader and the simulator, so the page's first paint carries none of them.
 */
import { exportScripts } from '../emulator/export-script.ts';
import type { EcsEmulator } from '../emulator/index.ts';
import '../exercises/grader/cfn-spec-static.ts';
import { grade, type Finding } from '../exercises/grader/index.ts';
import type { EditorHandle } from '../exercises/editor/monaco-editor.ts';
import type { Lang } from '../i18n/ui.ts';
import { checkGoals, findLab, type Lab } from '../labs/index.ts';
import { saveLabCompletion } from '../progress/store.ts';
import { downloadText } from '../ui/download.ts';
import { browserStorage } from '../ui/safe-storage.ts';
import { recordSamples, type ConsoleHistory } from './console-history.ts';
import { renderConsole } from './console-view.ts';
import {
  apply,
  loadSession,
  newSession,
  readSession,
  record,
  replay,
  saveSession,
  sessionFromFragment,
  sessionToFragment,
  type Session,
  type SessionAction,
} from './session.ts';
import { fill, sandboxStrings, type SandboxStrings } from './strings.ts';
import { createTerminal, type TerminalHandle } from './terminal.ts';

const SAMPLE: Record<string, string> = {
  'web.json': `${JSON.stringify(
    {
      family: 'web',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
      containerDefinitions: [
        {
          name: 'web',
          image: 'registry.dojo.example/web:1.0',
          essential: true,
          portMappings: [{ containerPort: 80 }],
        },
      ],
    },
    null,
    2,
  )}\n`,
};

/** The sandbox's controller, attached to the `<dojo-sandbox>` element `host`. */
export class SandboxTerminal {
  readonly #host: HTMLElement;
  #lang: Lang = 'ja';
  #T: SandboxStrings = sandboxStrings('ja');
  #session: Session = newSession();
  #emulator: EcsEmulator | undefined;
  #transcript: { line: string; exitCode: number }[] = [];
  #history: ConsoleHistory = new Map();
  #lab: Lab | undefined;
  #terminal: TerminalHandle | undefined;
  #editor: EditorHandle | undefined;
  #file = '';
  #timer: number | undefined;
  #gradeTimer: number | undefined;
  #revealed = false;
  #recorded = false;

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  /** Restores or starts the session, renders it and starts the terminal. */
  start(): void {
    this.#lang = this.#host.dataset['lang'] === 'en' ? 'en' : 'ja';
    this.#T = sandboxStrings(this.#lang);
    const params = new URLSearchParams(location.search);
    const labId = params.get('lab') ?? undefined;
    const shared = sessionFromFragment(location.hash);
    const saved = loadSession(browserStorage());
    const wanted = labId !== undefined && findLab(labId) !== undefined ? labId : undefined;
    this.#session = shared ?? (saved !== undefined && saved.lab === wanted ? saved : newSession(wanted));
    if (shared !== undefined) {
      // A shared session becomes this browser's session; drop it from the URL so a reload keeps later work.
      saveSession(browserStorage(), shared);
      history.replaceState(null, '', `${location.pathname}${location.search}`);
    }
    this.#rebuild();
    this.#bind();
    this.#startTerminal();
  }

  /** Stops the clock and releases the terminal and the editor. */
  dispose(): void {
    this.#stop();
    this.#terminal?.dispose();
    this.#editor?.dispose();
  }

  #q<T extends HTMLElement>(selector: string): T | null {
    return this.#host.querySelector<T>(selector);
  }

  #rebuild(): void {
    const history: ConsoleHistory = new Map();
    const { emulator, transcript } = replay(this.#session, SAMPLE, (e) =>
      recordSamples(history, e.inspect()),
    );
    this.#history = history;
    this.#emulator = emulator;
    this.#transcript = transcript;
    this.#lab = this.#session.lab === undefined ? undefined : findLab(this.#session.lab);
    this.#revealed = false;
    this.#recorded = false;
    this.#file = emulator.files.list()[0] ?? '';
    this.#renderLab();
    this.#renderFiles();
    this.#refresh();
  }

  #do(action: SessionAction): { stdout: string; stderr: string } {
    const e = this.#emulator;
    if (e === undefined) return { stdout: '', stderr: '' };
    let out = { stdout: '', stderr: '' };
    if (action.t === 'run') {
      const r = e.run(action.line);
      this.#transcript.push({ line: action.line, exitCode: r.exitCode });
      out = r;
    } else {
      apply(e, action);
    }
    this.#session = record(this.#session, action);
    const status = this.#q<HTMLElement>('.sbx-save');
    if (status) status.textContent = saveSession(browserStorage(), this.#session) ? '' : this.#T.notSaved;
    if (action.t === 'run' && /^\s*(cat|ls)\b/.test(action.line) === false) this.#renderFiles(false);
    this.#refresh();
    return out;
  }

  #refresh(): void {
    const e = this.#emulator;
    if (e === undefined) return;
    const view = this.#q<HTMLElement>('.sbx-view');
    const state = e.inspect();
    recordSamples(this.#history, state);
    if (view) renderConsole(view, state, this.#T, this.#history);
    const clock = this.#q<HTMLElement>('.sbx-clock');
    if (clock) clock.textContent = `${new Date(e.now()).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
    this.#updateGoals();
  }

  #renderLab(): void {
    const panel = this.#q<HTMLElement>('.sbx-lab');
    if (!panel) return;
    const lab = this.#lab;
    panel.hidden = lab === undefined;
    if (lab === undefined) return;
    const T = this.#T;
    const L = this.#lang;
    const title = this.#q<HTMLElement>('.sbx-lab__title');
    if (title) title.textContent = `${T.lab}: ${lab.title[L]}`;
    const brief = this.#q<HTMLElement>('.sbx-lab__brief');
    if (brief) brief.textContent = lab.brief[L];
    const goals = this.#q<HTMLElement>('.sbx-lab__goals');
    goals?.replaceChildren(
      ...lab.goals.map((g) => {
        const li = document.createElement('li');
        li.dataset['goal'] = g.id;
        li.dataset['met'] = 'false';
        const mark = document.createElement('span');
        mark.className = 'sbx-goal__state';
        const text = document.createElement('span');
        text.textContent = g.text[L];
        li.append(mark, text);
        return li;
      }),
    );
    const hints = this.#q<HTMLElement>('.sbx-lab__hints');
    hints?.replaceChildren(
      ...lab.hints.map((h, i) => {
        const d = document.createElement('details');
        const s = document.createElement('summary');
        s.textContent = fill(T.hint, { n: i + 1 });
        const p = document.createElement('p');
        p.textContent = h[L];
        d.append(s, p);
        return d;
      }),
    );
    const ref = this.#q<HTMLElement>('.sbx-lab__reference');
    if (ref) ref.textContent = lab.solution.join('\n');
  }

  #updateGoals(): void {
    const lab = this.#lab;
    const e = this.#emulator;
    if (lab === undefined || e === undefined) return;
    const results = checkGoals(lab, e);
    for (const r of results) {
      const li = this.#q<HTMLElement>(`.sbx-lab__goals [data-goal="${r.id}"]`);
      if (!li) continue;
      li.dataset['met'] = String(r.met);
      const mark = li.querySelector('.sbx-goal__state');
      if (mark) mark.textContent = r.met ? `✓ ${this.#T.met}` : `· ${this.#T.notMet}`;
    }
    const done = results.every((r) => r.met);
    const status = this.#q<HTMLElement>('.sbx-lab__status');
    if (status) status.textContent = done ? this.#T.allMet : '';
    if (done && !this.#recorded) {
      this.#recorded = true;
      const s = browserStorage();
      if (s) saveLabCompletion(s, lab.id, this.#revealed ? 'solved-with-help' : 'passed');
    }
  }

  #renderFiles(selectFirst = true): void {
    const e = this.#emulator;
    const select = this.#q<HTMLSelectElement>('.sbx-files__select');
    if (!e || !select) return;
    const files = e.files.list();
    if (selectFirst && !files.includes(this.#file)) this.#file = files[0] ?? '';
    select.replaceChildren(
      ...files.map((f) => {
        const o = document.createElement('option');
        o.value = f;
        o.textContent = f;
        o.selected = f === this.#file;
        return o;
      }),
    );
    this.#showFile();
  }

  #showFile(): void {
    const text = this.#emulator?.files.read(this.#file) ?? '';
    const area = this.#q<HTMLTextAreaElement>('.sbx-files__text');
    if (area && area.value !== text) area.value = text;
    if (this.#editor && this.#editor.getValue() !== text) this.#editor.setValue(text);
    this.#grade(text);
  }

  #grade(text: string): void {
    const list = this.#q<HTMLElement>('.sbx-files__findings');
    if (!list) return;
    const result = grade(text, { lang: this.#lang });
    const findings: readonly Finding[] = result.findings;
    this.#editor?.setFindings(findings);
    if (result.kind === 'unknown' && findings.every((f) => f.ruleId !== 'input/syntax')) {
      list.replaceChildren(Object.assign(document.createElement('li'), { textContent: this.#T.notGraded }));
      return;
    }
    list.replaceChildren(
      ...(findings.length === 0
        ? [Object.assign(document.createElement('li'), { textContent: this.#T.noFindings })]
        : findings.map((f) => {
            const li = document.createElement('li');
            li.dataset['severity'] = f.severity;
            li.textContent = `${f.severity} · ${f.line}:${f.column} · ${f.message} (${f.ruleId})`;
            return li;
          })),
    );
  }

  #edited(text: string): void {
    if (this.#file === '') return;
    this.#do({ t: 'file', path: this.#file, text });
    window.clearTimeout(this.#gradeTimer);
    this.#gradeTimer = window.setTimeout(() => this.#grade(text), 250);
  }

  async #loadMonaco(): Promise<void> {
    const host = this.#q<HTMLElement>('.sbx-files__monaco');
    const area = this.#q<HTMLTextAreaElement>('.sbx-files__text');
    if (this.#editor || !host || !area || this.#host.dataset['editor'] === 'loading') return;
    this.#host.dataset['editor'] = 'loading';
    try {
      const { createEditor } = await import('../exercises/editor/monaco-editor.ts');
      const text = area.value;
      const format = text.trimStart().startsWith('{') ? 'json' : 'yaml';
      host.hidden = false;
      this.#editor = createEditor({
        host,
        id: `sandbox-${this.#file}`,
        value: text,
        format,
        kind: 'taskdef',
        lang: this.#lang,
        ariaLabel: this.#T.fileLabel,
        onChange: (value) => {
          area.value = value;
          this.#edited(value);
        },
      });
      area.hidden = true;
      this.#host.dataset['editor'] = 'monaco';
      this.#grade(text);
    } catch {
      host.hidden = true;
      this.#host.dataset['editor'] = 'textarea';
    }
  }

  #startTerminal(): void {
    const host = this.#q<HTMLElement>('.sbx-term');
    if (!host) return;
    try {
      const history = this.#session.actions.flatMap((a) => (a.t === 'run' ? [a.line] : []));
      this.#terminal = createTerminal({
        host,
        ariaLabel: this.#T.terminalLabel,
        history,
        files: () => this.#emulator?.files.list() ?? [],
        run: (line) => this.#do({ t: 'run', line }),
      });
      host.dataset['ready'] = 'true';
      this.#q<HTMLElement>('.sbx-term__loading')?.setAttribute('hidden', '');
      this.#q<HTMLElement>('.sbx-fallback')?.setAttribute('hidden', '');
    } catch {
      this.#q<HTMLElement>('.sbx-term__loading')?.setAttribute('hidden', '');
    }
  }

  #stop(): void {
    if (this.#timer !== undefined) window.clearInterval(this.#timer);
    this.#timer = undefined;
    const play = this.#q<HTMLButtonElement>('[data-action="play"]');
    if (play) {
      play.textContent = this.#T.play;
      play.setAttribute('aria-pressed', 'false');
    }
  }

  #togglePlay(): void {
    if (this.#timer !== undefined) return this.#stop();
    const play = this.#q<HTMLButtonElement>('[data-action="play"]');
    if (play) {
      play.textContent = this.#T.pause;
      play.setAttribute('aria-pressed', 'true');
    }
    this.#timer = window.setInterval(() => {
      const speed = Number(this.#q<HTMLSelectElement>('.sbx-speed')?.value ?? '1');
      this.#do({ t: 'advance', s: 10 * speed });
    }, 500);
  }

  #nextEvent(): void {
    const e = this.#emulator;
    if (!e) return;
    const count = (): string => {
      const s = e.inspect();
      return `${s.services.map((x) => x.events[0]?.id ?? '').join()}|${s.scalingActivities[0]?.ActivityId ?? ''}`;
    };
    const before = count();
    let seconds = 0;
    while (seconds < 3600 && count() === before) {
      e.advance(5);
      seconds += 5;
      recordSamples(this.#history, e.inspect());
    }
    this.#session = record(this.#session, { t: 'advance', s: seconds });
    saveSession(browserStorage(), this.#session);
    this.#refresh();
  }

  #bind(): void {
    const T = this.#T;
    this.#host.addEventListener('click', (ev) => {
      const button = (ev.target as HTMLElement).closest<HTMLElement>('[data-action]');
      if (!button || !this.#host.contains(button)) return;
      const action = button.dataset['action'];
      if (action === 'play') this.#togglePlay();
      if (action === 'minute') this.#do({ t: 'advance', s: 60 });
      if (action === 'next') this.#nextEvent();
      if (action === 'reset') {
        this.#stop();
        this.#session = newSession(this.#session.lab);
        saveSession(browserStorage(), this.#session);
        this.#rebuild();
        this.#terminal?.print('', '');
      }
      if (action === 'link') void this.#copyLink();
      if (action === 'export')
        downloadText(JSON.stringify(this.#session, null, 1), 'ecs-dojo-session.json', 'application/json');
      if (action === 'import') this.#q<HTMLInputElement>('.sbx-import')?.click();
      if (action === 'script' || action === 'cleanup') {
        const e = this.#emulator;
        if (!e) return;
        const scripts = exportScripts(this.#transcript, e.inspect(), this.#lang);
        downloadText(
          action === 'script' ? scripts.run : scripts.cleanup,
          action === 'script' ? 'run.sh' : 'cleanup.sh',
          'text/x-shellscript',
        );
      }
      if (action === 'new-file') {
        const name = window.prompt(T.newFilePrompt, 'web-v2.json');
        if (name !== null && /^[\w.-]{1,100}$/.test(name)) {
          this.#do({ t: 'file', path: name, text: this.#emulator?.files.read(name) ?? '' });
          this.#file = name;
          this.#renderFiles(false);
        }
      }
    });
    this.#host.addEventListener(
      'toggle',
      (ev) => {
        if ((ev.target as HTMLElement).classList.contains('sbx-lab__solution')) this.#revealed = true;
      },
      true,
    );
    this.#q<HTMLSelectElement>('.sbx-files__select')?.addEventListener('change', (ev) => {
      this.#file = (ev.target as HTMLSelectElement).value;
      this.#showFile();
    });
    const area = this.#q<HTMLTextAreaElement>('.sbx-files__text');
    area?.addEventListener('input', () => this.#edited(area.value));
    area?.addEventListener('focus', () => void this.#loadMonaco(), { once: true });
    area?.addEventListener('pointerdown', () => void this.#loadMonaco(), { once: true });
    this.#q<HTMLInputElement>('.sbx-import')?.addEventListener('change', (ev) => void this.#import(ev));
    this.#q<HTMLFormElement>('.sbx-fallback')?.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const input = this.#q<HTMLInputElement>('.sbx-fallback input');
      const log = this.#q<HTMLElement>('.sbx-fallback__log');
      if (!input || !log) return;
      const out = this.#do({ t: 'run', line: input.value });
      log.textContent = `$ ${input.value}\n${out.stdout}${out.stderr}`;
      input.value = '';
    });
  }

  async #copyLink(): Promise<void> {
    const status = this.#q<HTMLElement>('.sbx-session__status');
    const fragment = sessionToFragment(this.#session);
    if (fragment.length > 30_000) {
      if (status) status.textContent = this.#T.linkTooLong;
      return;
    }
    const url = `${location.origin}${location.pathname}#${fragment}`;
    try {
      await navigator.clipboard.writeText(url);
      if (status) status.textContent = this.#T.linkCopied;
    } catch {
      if (status) status.textContent = url;
    }
  }

  async #import(ev: Event): Promise<void> {
    const input = ev.target as HTMLInputElement;
    const file = input.files?.[0];
    const status = this.#q<HTMLElement>('.sbx-session__status');
    if (!file) return;
    try {
      const session = readSession(JSON.parse(await file.text()));
      if (session === undefined) throw new Error('not a session');
      this.#stop();
      this.#session = session;
      saveSession(browserStorage(), session);
      this.#rebuild();
      if (status) status.textContent = '';
    } catch {
      if (status) status.textContent = this.#T.importFailed;
    }
    input.value = '';
  }
}
