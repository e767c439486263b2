import { describe, expect, it } from 'vitest';
import { registrationProblems, type Registration } from './catalog-registration.ts';

interface Level {
  id: string;
  chapter: string;
  level: true;
}

const isLevel = (value: unknown): value is Level =>
  typeof value === 'object' && value !== null && (value as { level?: unknown }).level === true;

const intro: Level = { id: 'intro', chapter: 'ch01', level: true };
const merge: Level = { id: 'merge', chapter: 'ch02', level: true };

function check(overrides: Partial<Registration<Level>>): string[] {
  return registrationProblems({
    noun: 'level',
    modules: { './ch01/intro.ts': { intro }, './ch02/merge.ts': { merge, helper: 3 } },
    registered: [intro, merge],
    isEntry: isLevel,
    folderOf: (level) => level.chapter,
    ...overrides,
  });
}

describe('registrationProblems', () => {
  it('finds nothing wrong when every file is registered under its own name and folder', () => {
    expect(check({})).toEqual([]);
  });

  it('reports a file whose entry is missing from the sequence index', () => {
    expect(check({ registered: [intro] })).toEqual(['./ch02/merge.ts: "merge" is not in the sequence index']);
  });

  it('reports a registered entry that no file of that name exports', () => {
    const rebase: Level = { id: 'rebase', chapter: 'ch02', level: true };
    expect(check({ registered: [intro, merge, rebase] })).toEqual([
      'the sequence index lists "rebase", but no rebase.ts exports it',
    ]);
  });

  it('reports a file named differently from its entry and a file in the wrong folder', () => {
    expect(check({ modules: { './ch01/first.ts': { intro }, './ch01/merge.ts': { merge } } })).toEqual([
      './ch01/first.ts holds the level "intro"; name the file intro.ts',
      './ch01/merge.ts holds the level "merge", which belongs in ch02/',
      'the sequence index lists "intro", but no intro.ts exports it',
    ]);
  });

  it('reports duplicate ids, files without an entry and files with two', () => {
    expect(
      check({
        modules: { './ch01/intro.ts': { intro, merge }, './ch02/merge.ts': { merge }, './ch02/notes.ts': {} },
        registered: [intro, merge, intro],
      }),
    ).toEqual([
      './ch01/intro.ts exports 2 levels; keep one per file',
      './ch02/notes.ts exports no level',
      'the sequence index lists "intro" twice',
    ]);
  });

  it('needs no folders for a flat catalogue', () => {
    const modules = { './intro.ts': { intro }, './merge.ts': { merge } };
    expect(
      registrationProblems({ noun: 'level', modules, registered: [intro, merge], isEntry: isLevel }),
    ).toEqual([]);
  });
});
