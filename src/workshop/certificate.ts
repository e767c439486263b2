/**
 * Whether a learner has completed a workshop track: every exercise and every scenario of the agenda
 * passed on their own. One solved with the solution shown does not count; the certificate says so.
 * Sandbox labs are not part of any track; the certificate counts those passed beside the track's.
 */
import type { ProgressDoc } from '../progress/store.ts';
import { trackExercises, trackScenarios, type Agenda } from './agendas.ts';

export type TrackItemStatus = 'passed' | 'solved-with-help' | 'in-progress' | 'not-started';

export interface TrackStatus {
  complete: boolean;
  items: { id: string; kind: 'exercise' | 'scenario'; status: TrackItemStatus }[];
  passed: number;
  total: number;
  /** Passed on the learner's own: the track's exercises and scenarios, and sandbox labs (any). */
  counts: { exercises: number; scenarios: number; labs: number };
}

/** Sandbox labs the learner passed on their own (not with the reference solution shown). */
export function labsPassed(doc: ProgressDoc): number {
  return Object.values(doc.labs ?? {}).filter((status) => status === 'passed').length;
}

/** The learner's standing in a track, item by item, with what they passed per kind. */
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
  const counts = {
    exercises: exercises.filter((item) => item.status === 'passed').length,
    scenarios: scenarios.filter((item) => item.status === 'passed').length,
    labs: labsPassed(doc),
  };
  return {
    complete: items.length > 0 && passed === items.length,
    items,
    passed,
    total: items.length,
    counts,
  };
}

/** The name printed on a certificate: trimmed, single-spaced, at most 80 characters, text only. */
export function certificateName(input: string): string {
  return input.replace(/\s+/g, ' ').trim().slice(0, 80);
}
