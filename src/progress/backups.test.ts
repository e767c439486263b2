import { describe, expect, it } from 'vitest';
import {
  BACKUP_INDEX_KEY,
  BACKUP_PREFIX,
  LEGACY_BACKUP_KEY,
  MAX_BACKUPS,
  backupRaw,
  listBackups,
} from './backups.ts';
import { resilientStorage } from './resilient-storage.ts';
import { PROGRESS_KEY, loadProgress, saveQuizAnswer } from './store.ts';

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const GOOD = { version: 2, quizzes: { q: { choice: 1, correct: true } }, scenarios: {} };

describe('backups', () => {
  it('keeps several backups, newest first, and drops the oldest beyond the limit', () => {
    const s = memory();
    for (let i = 0; i < MAX_BACKUPS + 2; i++)
      expect(backupRaw(s, `broken ${i}`, 'corrupted', `2026-12-0${i + 1}T00:00:00.000Z`)).toBe(true);
    const list = listBackups(s);
    expect(list.map((b) => b.text)).toEqual(['broken 4', 'broken 3', 'broken 2']);
    expect([...s.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX))).toHaveLength(MAX_BACKUPS);
  });

  it('does not back up the same text twice in a row', () => {
    const s = memory();
    backupRaw(s, 'same', 'corrupted');
    backupRaw(s, 'same', 'corrupted');
    expect(listBackups(s)).toHaveLength(1);
  });

  it('a second corruption does not overwrite the first backup', () => {
    const s = memory({ [PROGRESS_KEY]: '{first' });
    loadProgress(s);
    saveQuizAnswer(s, 'q', { choice: 0, correct: true });
    s.data.set(PROGRESS_KEY, '{second');
    loadProgress(s);
    expect(listBackups(s).map((b) => b.text)).toEqual(['{second', '{first']);
  });

  it('lists the single backup of earlier versions too', () => {
    const s = memory({ [LEGACY_BACKUP_KEY]: 'old broken' });
    expect(listBackups(s).map((b) => b.text)).toEqual(['old broken']);
  });

  it('survives a garbled index', () => {
    const s = memory({ [BACKUP_INDEX_KEY]: '{"not":"a list"}' });
    expect(listBackups(s)).toEqual([]);
    expect(backupRaw(s, 'x', 'corrupted')).toBe(true);
  });
});

describe('every field corrupted in turn: nothing is lost', () => {
  const CASES: [string, unknown][] = [
    ['quizzes', 'not an object'],
    ['quizzes', { q: { choice: 'x', correct: true } }],
    ['scenarios', { s: 'maybe' }],
    ['exercises', { e: { status: 'done' } }],
    ['exercises', 42],
    ['lessons', { l: 7 }],
  ];
  it.each(CASES)('%s = %j: the original is backed up and the rest kept', (field, bad) => {
    const raw = JSON.stringify({ ...GOOD, [field]: bad });
    const s = memory({ [PROGRESS_KEY]: raw });
    const result = loadProgress(s);
    expect(result.damaged).toBeGreaterThan(0);
    expect(result.backedUp).toBe(true);
    expect(listBackups(s)[0]).toMatchObject({ text: raw, reason: 'damaged' });
    if (field !== 'quizzes') expect(result.doc.quizzes['q']).toEqual({ choice: 1, correct: true });
  });

  it('a large unreadable document with no room for a backup is never overwritten; new work stays in memory', () => {
    const data = new Map<string, string>([[PROGRESS_KEY, '{' + 'x'.repeat(1000)]]);
    const backing = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => {
        if (k !== PROGRESS_KEY) throw new DOMException('full', 'QuotaExceededError');
        data.set(k, v);
      },
      removeItem: (k: string) => void data.delete(k),
    };
    const storage = resilientStorage(() => backing);
    expect(loadProgress(storage)).toMatchObject({ problem: 'corrupted', backedUp: false });
    saveQuizAnswer(storage, 'q', { choice: 2, correct: true });
    expect(data.get(PROGRESS_KEY)).toBe('{' + 'x'.repeat(1000));
    expect(loadProgress(storage).doc.quizzes['q']).toEqual({ choice: 2, correct: true });
  });
});
