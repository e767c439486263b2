/**
 * Whether a learner has completed a workshop track: every exercise and every scenario of the agenda
 * passed on their own. One solved with the solution shown does not count; the certificate says so.
 */
import type { ProgressDoc } from '../progress/store.ts';
import { trackExercises, trackScenarios, type Agenda } from './agendas.ts';

export type TrackItemStatus = 'passed' | 'solved-with-help' | 'in-progress' | 'not-started';

export interface TrackStatus {
  complete: boolean;
  items: { id: string; kind: 'exercise' | 'scenario'; status: TrackItemStatus }[];
  passed: number;
  total: number;
}

export function trackStatus(agenda: Agenda, doc: ProgressDoc): TrackStatus {
  const exercises = trackExercises(agenda).map((id): TrackStatus['items'][number] => ({
    id,
    kind: 'exercise',
    status: doc.exercises?.[id]?.status ?? 'not-started',
  }));
  const scenarios = trackScenarios(agenda).map((id): TrackStatus['items'][number] => ({
    id,
    kind: 'scenario',
    status:
      (Object.prototype.hasOwnProperty.call(doc.scenarios, id) ? doc.scenarios[id] : undefined) ??
      'not-started',
  }));
  const items = [...exercises, ...scenarios];
  const passed = items.filter((item) => item.status === 'passed').length;
  return { complete: items.length > 0 && passed === items.length, items, passed, total: items.length };
}

/** The name printed on a certificate: trimmed, single-spaced, at most 80 characters, text only. */
export function certificateName(input: string): string {
  return input.replace(/\s+/g, ' ').trim().slice(0, 80);
}
