import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserStorage } from './safe-storage.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('browserStorage', () => {
  it('hands out the page localStorage', () => {
    const storage = { getItem: () => null } as unknown as Storage;
    vi.stubGlobal('window', { localStorage: storage });
    expect(browserStorage()).toBe(storage);
  });

  it('is undefined where reading localStorage throws (site data blocked)', () => {
    const blocked = {};
    Object.defineProperty(blocked, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    vi.stubGlobal('window', blocked);
    expect(browserStorage()).toBeUndefined();
  });
});
