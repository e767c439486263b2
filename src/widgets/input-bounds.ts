/**
 * How large a widget's settings may get. A state from a link, a scenario or a typed number can ask for
 * 100,000 tasks; the simulator accepts that, but a widget that draws every task and replays every
 * event would freeze the tab. Each widget model declares, per field that scales the work (tasks,
 * instances, capacity), the largest value it can show responsively; larger values are lowered to it
 * and the learner is told what was limited and why. These are the course's display limits, not AWS
 * quotas. Lower bounds and AWS's own rules stay with the simulator, which explains them.
 */
import type { Lang } from '../i18n/ui.ts';

/** The most a field may hold in a widget, with its name in both languages for the message. */
export interface FieldBound {
  max: number;
  label: Record<Lang, string>;
}

/** Bounds for the numeric fields of a flat widget state. */
export type StateBounds<S> = { readonly [K in keyof S]?: FieldBound };

/** One field that was lowered: what was asked for and what the widget uses. */
export interface LimitedField {
  label: Record<Lang, string>;
  requested: number;
  applied: number;
}

/** A state within its bounds, and what had to be lowered to get there. */
export interface Bounded<S> {
  state: S;
  limited: LimitedField[];
}

/** Lowers every bounded field above its maximum; returns the same object when nothing changed. */
export function applyBounds<S extends object>(state: S, bounds: StateBounds<S>): Bounded<S> {
  const limited: LimitedField[] = [];
  let next = state;
  for (const key of Object.keys(bounds) as (keyof S)[]) {
    const bound = bounds[key];
    const value = state[key];
    if (!bound || typeof value !== 'number' || !(value > bound.max)) continue;
    if (next === state) next = { ...state };
    (next as Record<keyof S, unknown>)[key] = bound.max;
    limited.push({ label: bound.label, requested: value, applied: bound.max });
  }
  return { state: next, limited };
}

const TEXT = {
  ja: {
    item: (field: LimitedField, n: (value: number) => string) =>
      `${field.label.ja}を ${n(field.requested)} から ${n(field.applied)} に下げました`,
    why: 'この画面で滑らかに動かせる大きさに収めるためで、ECS の上限ではありません。',
    join: '。',
  },
  en: {
    item: (field: LimitedField, n: (value: number) => string) =>
      `${field.label.en} lowered from ${n(field.requested)} to ${n(field.applied)}`,
    why: 'This keeps the widget responsive in the browser; it is not an ECS limit.',
    join: '. ',
  },
} as const;

/** The message telling the learner what was limited and why; empty when nothing was. */
export function limitMessage(limited: readonly LimitedField[], lang: Lang): string {
  if (limited.length === 0) return '';
  const text = TEXT[lang];
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  // Numbers from a URL can be absurdly long; show them compactly past a trillion.
  const compact = new Intl.NumberFormat(lang, { notation: 'scientific', maximumFractionDigits: 2 });
  const n = (value: number) => (Math.abs(value) >= 1e12 ? compact : number).format(value);
  const items = limited.map((field) => text.item(field, n)).join(lang === 'ja' ? '、' : '; ');
  return `${items}${text.join}${text.why}`;
}
