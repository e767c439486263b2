/**
 * The console view: cluster → services (with charts) → deployments → tasks, with events. DOM only,
 * text only.
 */
import type { EmulatorState, ServiceState, TaskState } from '../emulator/index.ts';
import { serviceCharts } from './console-charts.ts';
import type { ConsoleHistory } from './console-history.ts';
import type { SandboxStrings } from './strings.ts';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  cls?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls !== undefined) e.className = cls;
  return e;
}

function table(caption: string, headers: string[], rows: string[][]): HTMLElement {
  // A region that scrolls sideways on a phone, so it takes keyboard focus and has a name.
  const wrap = el('div', undefined, 'sbx-table');
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', caption);
  const t = el('table');
  t.append(el('caption', caption));
  const head = el('tr');
  for (const h of headers) {
    const th = el('th', h);
    th.scope = 'col';
    head.append(th);
  }
  t.append(el('thead'));
  t.tHead?.append(head);
  const body = el('tbody');
  for (const r of rows) {
    const tr = el('tr');
    for (const c of r) tr.append(el('td', c));
    body.append(tr);
  }
  t.append(body);
  wrap.append(t);
  return wrap;
}

const short = (arn: string): string => arn.slice(arn.lastIndexOf('/') + 1);
const time = (ms: number): string => `${new Date(ms).toISOString().slice(11, 19)}Z`;

function health(t: TaskState, now: number): string {
  if (t.healthStatus !== 'UNKNOWN') return t.healthStatus;
  return t.healthyAt !== undefined && t.healthyAt <= now ? 'RUNNING (no check)' : '—';
}

function serviceBlock(
  state: Readonly<EmulatorState>,
  svc: ServiceState,
  T: SandboxStrings,
  history: ConsoleHistory,
): HTMLElement {
  const box = el('section', undefined, 'sbx-service');
  const tasks = state.tasks.filter(
    (t) => t.clusterArn === svc.clusterArn && t.serviceName === svc.serviceName,
  );
  const active = tasks.filter((t) => t.desiredStatus === 'RUNNING');
  const running = active.filter((t) => t.lastStatus === 'RUNNING').length;
  box.append(
    el(
      'h4',
      `${T.service} ${svc.serviceName} · ${svc.status} · ${T.desired} ${svc.desiredCount} / ${T.running} ${running} / ${T.pending} ${active.length - running}`,
    ),
  );
  const charts = serviceCharts(svc.serviceArn, history.get(svc.serviceArn) ?? [], T);
  if (charts) box.append(charts);
  box.append(
    table(
      T.deployments,
      ['id', 'status', 'taskDefinition', 'rolloutState', `${T.running}/${T.desired}`, 'failedTasks'],
      svc.deployments.map((d) => [
        d.id.slice(8, 16),
        d.status,
        short(d.taskDefinition),
        d.rolloutState,
        `${active.filter((t) => t.deploymentId === d.id && t.lastStatus === 'RUNNING').length}/${d.desiredCount}`,
        String(d.failedTasks),
      ]),
    ),
  );
  const taskRows = (list: TaskState[]) =>
    list.map((t) => [
      short(t.taskArn).slice(0, 8),
      t.lastStatus,
      health(t, state.now),
      short(t.taskDefinitionArn),
      t.capacityProviderName ?? t.launchType,
      t.stop?.stoppedReason ?? '',
    ]);
  const headers = ['task', 'lastStatus', 'health', 'taskDefinition', 'capacity', 'stoppedReason'];
  box.append(table(T.tasks, headers, taskRows(active)));
  const stopped = tasks.filter((t) => t.desiredStatus === 'STOPPED').slice(-10);
  if (stopped.length > 0) {
    const d = el('details');
    d.dataset['key'] = `${svc.serviceArn}#stopped`;
    d.append(el('summary', `${T.stoppedTasks}: ${stopped.length}`));
    d.append(table(T.stoppedTasks, headers, taskRows(stopped)));
    box.append(d);
  }
  const ev = el('details');
  ev.open = true;
  ev.dataset['key'] = `${svc.serviceArn}#events`;
  ev.append(el('summary', T.events));
  const list = el('ol', undefined, 'sbx-events');
  for (const e of svc.events.slice(0, 8)) list.append(el('li', `${time(e.createdAt)} ${e.message}`));
  ev.append(list);
  box.append(ev);
  return box;
}

/**
 * Renders the whole console into `host`, with charts from `history`. Parts the learner opened or
 * closed (charts, tables, events) stay so across redraws.
 */
export function renderConsole(
  host: HTMLElement,
  state: Readonly<EmulatorState>,
  T: SandboxStrings,
  history: ConsoleHistory = new Map(),
): void {
  const opened = new Map<string, boolean>();
  for (const d of host.querySelectorAll<HTMLDetailsElement>('details[data-key]'))
    opened.set(d.dataset['key'] ?? '', d.open);
  const parts: HTMLElement[] = [];
  const clusters = state.clusters.filter((c) => c.status === 'ACTIVE');
  if (clusters.length === 0) parts.push(el('p', T.noClusters));
  for (const c of clusters) {
    const sec = el('section', undefined, 'sbx-cluster');
    const providers = c.capacityProviders.length > 0 ? ` · ${c.capacityProviders.join(', ')}` : '';
    sec.append(el('h3', `${T.cluster} ${c.clusterName}${providers}`));
    for (const svc of state.services.filter(
      (s) => s.clusterArn === c.clusterArn && s.status !== 'INACTIVE',
    )) {
      sec.append(serviceBlock(state, svc, T, history));
    }
    parts.push(sec);
  }
  host.replaceChildren(...parts);
  for (const d of host.querySelectorAll<HTMLDetailsElement>('details[data-key]')) {
    const open = opened.get(d.dataset['key'] ?? '');
    if (open !== undefined) d.open = open;
  }
}
