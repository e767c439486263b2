/**
 * Whether a learner has completed a workshop track: every exercise of the agenda passed on their
 * own. An exercise solved with the solution shown does not count; the certificate says so.
 */
import type { ProgressDoc } from '../progress/store.ts';
import { trackExercises, type Agenda } from './agendas.ts';

export type TrackItemStatus = 'passed' | 'solved-with-help' | 'in-progress' | 'not-started';

export interface TrackStatus {
  complete: boolean;
  items: { id: string; status: TrackItemStatus }[];
  passed: number;
  total: number;
}

export function trackStatus(agenda: Agenda, doc: ProgressDoc): TrackStatus {
  const items = trackExercises(agenda).map((id) => ({
    id,
    status: (doc.exercises?.[id]?.status ?? 'not-started') as TrackItemStatus,
  }));
  const passed = items.filter((item) => item.status === 'passed').length;
  return { complete: items.length > 0 && passed === items.length, items, passed, total: items.length };
}

/** The name printed on a certificate: trimmed, single-spaced, at most 80 characters, text only. */
export function certificateName(input: string): string {
  return input.replace(/\s+/g, ' ').trim().slice(0, 80);
}
