import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_ASSUMPTIONS } from '../sim/index.ts';
import { EMULATOR_ASSUMPTIONS } from './assumptions.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sources(join(dir, d.name))
      : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts')
        ? [join(dir, d.name)]
        : [],
  );
}

describe('emulator assumptions', () => {
  it('are unique, bilingual and distinct from the simulator’s', () => {
    const ids = EMULATOR_ASSUMPTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of EMULATOR_ASSUMPTIONS) {
      expect(a.ja).toMatch(/[\u3040-\u30ff]/);
      expect(a.en.length).toBeGreaterThan(20);
      expect(MODEL_ASSUMPTIONS.some((m) => m.id === a.id)).toBe(false);
    }
  });

  it('every assumption the code names exists', () => {
    const known = new Set([...EMULATOR_ASSUMPTIONS, ...MODEL_ASSUMPTIONS].map((a) => a.id));
    const dir = new URL('.', import.meta.url).pathname;
    const named = sources(dir).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/assumption `([a-z0-9-]+)`/g)].map((m) => m[1]),
    );
    expect(named.length).toBeGreaterThan(3);
    for (const id of named) expect(known, id).toContain(id);
  });
});
