import { afterEach, describe, expect, it, vi } from 'vitest';
import { logFailures } from './dom.ts';

describe('logFailures', () => {
  afterEach(() => vi.restoreAllMocks());

  it('passes the event on and logs a rejection instead of leaving it unhandled', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failure = new Error('file unreadable');
    const seen: string[] = [];
    const listener = logFailures(async (name: string) => {
      seen.push(name);
      await Promise.resolve();
      throw failure;
    });
    expect(listener('change')).toBeUndefined();
    await vi.waitFor(() => expect(logged).toHaveBeenCalledWith(failure));
    expect(seen).toEqual(['change']);
  });

  it('logs nothing when the handler succeeds', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let done = false;
    logFailures(async () => {
      await Promise.resolve();
      done = true;
    })();
    await vi.waitFor(() => expect(done).toBe(true));
    expect(logged).not.toHaveBeenCalled();
  });
});
