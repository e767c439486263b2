import { describe, expect, it } from 'vitest';
import { LABS } from '../labs/index.ts';
import {
  loadSession,
  MAX_ACTIONS,
  newSession,
  readSession,
  record,
  replay,
  saveSession,
  sessionFromFragment,
  sessionToFragment,
  type Session,
} from './session.ts';

const FILES = { 'web.json': '{}' };

describe('sessions', () => {
  it('replays to the same state and transcript', () => {
    let s: Session = newSession('first-fargate-service');
    for (const line of LABS[0]?.solution ?? []) s = record(s, { t: 'run', line });
    const a = replay(s, FILES);
    const b = replay(JSON.parse(JSON.stringify(s)) as Session, FILES);
    expect(a.transcript.every((t) => t.exitCode === 0)).toBe(true);
    expect(JSON.stringify(b.emulator.inspect())).toBe(JSON.stringify(a.emulator.inspect()));
  });

  it('shows the emulator to a callback at the start and after every action', () => {
    let s = newSession();
    s = record(s, { t: 'run', line: 'aws ecs create-cluster --cluster-name dojo' });
    s = record(s, { t: 'advance', s: 30 });
    s = record(s, { t: 'file', path: 'b.json', text: '{}' });
    const seen: { now: number; clusters: number }[] = [];
    replay(s, FILES, (e) => seen.push({ now: e.now(), clusters: e.inspect().clusters.length }));
    expect(seen).toHaveLength(4);
    expect(seen.map((x) => x.clusters)).toEqual([0, 1, 1, 1]);
    expect((seen[2]?.now ?? 0) - (seen[1]?.now ?? 0)).toBe(30_000);
  });

  it('merges time steps and edits of one file, and stays bounded', () => {
    let s = newSession();
    s = record(s, { t: 'advance', s: 5 });
    s = record(s, { t: 'advance', s: 10 });
    s = record(s, { t: 'file', path: 'a', text: '1' });
    s = record(s, { t: 'file', path: 'a', text: '2' });
    expect(s.actions).toEqual([
      { t: 'advance', s: 15 },
      { t: 'file', path: 'a', text: '2' },
    ]);
    for (let i = 0; i < MAX_ACTIONS + 50; i += 1) s = record(s, { t: 'run', line: `ls ${i}` });
    expect(s.actions).toHaveLength(MAX_ACTIONS);
  });

  it('round-trips through a link fragment, including Japanese text', () => {
    const s = record(newSession('stuck-deployment'), { t: 'file', path: 'メモ.txt', text: 'こんにちは' });
    expect(sessionFromFragment(`#${sessionToFragment(s)}`)).toEqual(s);
    expect(sessionFromFragment('#s=!!!')).toBeUndefined();
    expect(sessionFromFragment('#other')).toBeUndefined();
  });

  it('rejects data that is not a session and drops unknown labs', () => {
    expect(readSession({ v: 2, actions: [] })).toBeUndefined();
    expect(readSession({ v: 1, actions: [{ t: 'rm' }] })).toBeUndefined();
    expect(readSession({ v: 1, actions: [{ t: 'advance', s: -1 }] })).toBeUndefined();
    expect(readSession({ v: 1, lab: 'nope', actions: [] })).toEqual({ v: 1, actions: [] });
  });

  it('saves and loads, and survives blocked storage', () => {
    const m = new Map<string, string>();
    const storage = {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
    };
    const s = record(newSession(), { t: 'run', line: 'ls' });
    expect(saveSession(storage, s)).toBe(true);
    expect(loadSession(storage)).toEqual(s);
    const blocked = {
      getItem: (): string | null => {
        throw new Error('blocked');
      },
      setItem: (): void => {
        throw new Error('blocked');
      },
    };
    expect(saveSession(blocked, s)).toBe(false);
    expect(loadSession(blocked)).toBeUndefined();
    expect(loadSession(undefined)).toBeUndefined();
  });
});
