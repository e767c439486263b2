import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const docs = join(import.meta.dirname, '..', 'content', 'docs');
const slugs = readdirSync(join(docs, 'lessons'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\.mdx$/, ''))
  .sort();

const quizIds = (text: string) => [...text.matchAll(/<Quiz\s+id="([^"]+)"/g)].map((match) => match[1]);

describe('every lesson', () => {
  it('exists in both languages', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(13);
    expect(
      readdirSync(join(docs, 'en', 'lessons'))
        .map((file) => file.replace(/\.mdx$/, ''))
        .sort(),
    ).toEqual(slugs);
  });

  for (const slug of slugs) {
    it(`${slug}: ends with a summary and a knowledge check, with the same questions in both languages`, () => {
      const ja = readFileSync(join(docs, 'lessons', `${slug}.mdx`), 'utf8');
      const en = readFileSync(join(docs, 'en', 'lessons', `${slug}.mdx`), 'utf8');
      expect(ja).toMatch(/^## まとめ/m);
      expect(en).toMatch(/^## Summary/m);
      expect(quizIds(ja).length).toBeGreaterThanOrEqual(3);
      expect(quizIds(en)).toEqual(quizIds(ja));
    });
  }

  it('uses each quiz id once across the course', () => {
    const all = slugs.flatMap((slug) => quizIds(readFileSync(join(docs, 'lessons', `${slug}.mdx`), 'utf8')));
    expect(all.length).toBe(new Set(all).size);
  });
});
