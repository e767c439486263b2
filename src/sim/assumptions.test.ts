import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_ASSUMPTIONS } from './assumptions.ts';
import * as sim from './index.ts';

const dir = import.meta.dirname;
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'assumptions.ts')
  .map((f) => readFileSync(join(dir, f), 'utf8'))
  .join('\n');

describe('MODEL_ASSUMPTIONS', () => {
  it('ids are unique and both languages are filled in', () => {
    const ids = MODEL_ASSUMPTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of MODEL_ASSUMPTIONS) {
      expect(a.en.length).toBeGreaterThan(20);
      expect(a.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
  it.each(MODEL_ASSUMPTIONS.map((a) => [a.id, a.appliesTo] as const))(
    '%s is cited in the code and names real exports',
    (id, applies) => {
      expect(sources).toContain(`\`${id}\``);
      for (const name of applies) expect(Object.keys(sim)).toContain(name);
    },
  );
});

describe('purity guard', () => {
  it('no simulator module reaches for clocks, randomness or the DOM', () => {
    expect(sources).not.toMatch(
      /Math\.random\(|Date\.now\(|new Date\(|\bwindow\.|\bdocument\.|localStorage\./,
    );
  });
});
