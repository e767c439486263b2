import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_LESSON_ANCHORS } from '../exercises/grader/index.ts';
import { SCENARIOS } from '../scenarios/scenarios.ts';

const docs = join(import.meta.dirname, '..', 'content', 'docs');

/** A heading's automatic id, as Starlight makes it for English text (lowercase, words joined by hyphens). */
function headingSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(file, 'utf8');
  const spans = [...text.matchAll(/<span id="([a-z0-9-]+)"/g)].map((match) => match[1] ?? '');
  const headings = [...text.matchAll(/^#{2,4} (.+)$/gm)].map((match) => headingSlug(match[1] ?? ''));
  return new Set([...spans, ...headings]);
}

/** Every place that links into a lesson section, as `slug#anchor`. */
const links = [
  ...RULE_LESSON_ANCHORS.map(({ lesson, anchor }) => ({ from: 'grader rules', slug: lesson, anchor })),
  ...SCENARIOS.map((s) => ({ from: `scenario ${s.id}`, slug: s.lesson.slug, anchor: s.lesson.anchor })),
];

describe('links into lesson sections', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`point at anchors that exist in the ${lang} lessons`, () => {
      const missing: string[] = [];
      for (const link of links) {
        const file = join(docs, ...(lang === 'en' ? ['en'] : []), 'lessons', `${link.slug}.mdx`);
        if (!existsSync(file)) {
          missing.push(`${link.from}: lesson ${link.slug} does not exist (${lang})`);
          continue;
        }
        if (!anchorsOf(file).has(link.anchor))
          missing.push(`${link.from}: ${link.slug}#${link.anchor} (${lang})`);
      }
      expect([...new Set(missing)]).toEqual([]);
    });
  }
});

const lessonSlugs = readdirSync(join(docs, 'lessons'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\.mdx$/, ''));

const lessonFile = (lang: 'ja' | 'en', slug: string) =>
  join(docs, ...(lang === 'en' ? ['en'] : []), 'lessons', `${slug}.mdx`);

const spanIds = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/<span id="([^"]+)"/g)].map((match) => match[1] ?? '');

const headingSlugs = (file: string) =>
  new Set(
    [...readFileSync(file, 'utf8').matchAll(/^#{2,4} (.+)$/gm)].map((match) => headingSlug(match[1] ?? '')),
  );

describe('lesson anchors', () => {
  for (const slug of lessonSlugs) {
    it(`${slug}: every <span id> anchor exists in both editions (as a span or an English heading's own id)`, () => {
      const [ja, en] = [lessonFile('ja', slug), lessonFile('en', slug)];
      expect(spanIds(ja).filter((id) => !anchorsOf(en).has(id))).toEqual([]);
      expect(spanIds(en).filter((id) => !anchorsOf(ja).has(id))).toEqual([]);
    });

    for (const lang of ['ja', 'en'] as const) {
      it(`${slug} (${lang}): no id is given twice (a span repeating a span or a heading's own id)`, () => {
        const file = lessonFile(lang, slug);
        const spans = spanIds(file);
        const headings = headingSlugs(file);
        const twice = spans.filter((id, index) => spans.indexOf(id) !== index || headings.has(id));
        expect(twice).toEqual([]);
      });
    }
  }

  for (const lang of ['ja', 'en'] as const) {
    it(`links between ${lang} lessons point at pages and anchors that exist`, () => {
      const prefix = lang === 'en' ? '/en/lessons/' : '/lessons/';
      const broken: string[] = [];
      for (const slug of lessonSlugs) {
        const text = readFileSync(lessonFile(lang, slug), 'utf8');
        const cross = [...text.matchAll(/\]\((\/(?:en\/)?lessons\/)([^/)#\s]+)\/?(?:#([^)\s]+))?\)/g)];
        for (const [link, base, target = '', anchor] of cross) {
          if (base !== prefix) broken.push(`${slug}: ${link} leaves the ${lang} edition`);
          else if (!lessonSlugs.includes(target)) broken.push(`${slug}: ${link} (no such lesson)`);
          else if (anchor && !anchorsOf(lessonFile(lang, target)).has(anchor))
            broken.push(`${slug}: ${link}`);
        }
        for (const [link, anchor = ''] of text.matchAll(/\]\(#([^)\s]+)\)/g)) {
          if (!anchorsOf(lessonFile(lang, slug)).has(anchor)) broken.push(`${slug}: ${link}`);
        }
      }
      expect(broken).toEqual([]);
    });
  }
});
