import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORPUS, type CorpusEntry } from '../exercises/grader/corpus/manifest.ts';
import { run } from './main.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = 'src/exercises/grader/corpus';

interface JsonFile {
  file: string;
  kind: string;
  accepted: boolean;
  findings: { ruleId: string; severity: string; path: string }[];
}

/** Runs `ecs-dojo lint --format json` in-process on every corpus file graded with one target. */
function lintAll(target: 'api' | 'github-action'): Map<string, JsonFile> {
  const entries = CORPUS.filter((e) => (e.target ?? 'api') === target);
  const out: string[] = [];
  const io = { out: (s: string) => void out.push(s), err: (s: string) => void out.push(s) };
  const paths = entries.map((e) => join(root, dir, e.file));
  run(['lint', '--format', 'json', '--lang', 'en', '--target', target, ...paths], io);
  const files = (JSON.parse(out.join('')) as { files: JsonFile[] }).files;
  return new Map(files.map((f) => [f.file.slice(join(root, dir).length + 1), f]));
}

const results = { api: lintAll('api'), 'github-action': lintAll('github-action') };
const resultOf = (e: CorpusEntry): JsonFile | undefined => results[e.target ?? 'api'].get(e.file);

describe('regression corpus (ecs-dojo lint on realistic files)', () => {
  it('has at least 60 files, each listed once in the manifest', () => {
    const onDisk = readdirSync(join(root, dir)).filter((f) => !f.endsWith('.ts'));
    const listed = new Set(CORPUS.filter((e) => e.target === undefined).map((e) => e.file));
    expect(onDisk.length).toBeGreaterThanOrEqual(60);
    expect([...onDisk].sort()).toEqual([...listed].sort());
  });

  it.each(CORPUS.map((e) => [`${e.file}${e.target ? ` (--target ${e.target})` : ''}`, e] as const))(
    '%s',
    (_name, entry) => {
      const r = resultOf(entry);
      expect(r, 'graded').toBeDefined();
      expect(r?.kind).toBe(entry.kind);
      const errors = (r?.findings ?? []).filter((f) => f.severity === 'error');
      if (entry.verdict === 'accepted') {
        expect(errors, entry.reason).toEqual([]);
      } else {
        expect(r?.accepted).toBe(false);
        expect(entry.errors?.length ?? 0, 'a rejected file lists its expected errors').toBeGreaterThan(0);
        for (const want of entry.errors ?? [])
          expect(
            errors.map((f) => ({ ruleId: f.ruleId, path: f.path })),
            entry.reason,
          ).toContainEqual(want);
      }
    },
  );

  it('averages fewer than 1.5 warnings per accepted file', () => {
    const accepted = CORPUS.filter((e) => e.verdict === 'accepted' && e.target === undefined);
    const warnings = accepted.reduce(
      (n, e) => n + (resultOf(e)?.findings.filter((f) => f.severity === 'warning').length ?? 0),
      0,
    );
    const average = warnings / accepted.length;
    console.log(
      `corpus: ${CORPUS.length} entries, ${accepted.length} accepted files, ${warnings} warnings, ${average.toFixed(2)} per accepted file`,
    );
    expect(average).toBeLessThan(1.5);
  });
});
