import { pathToFileURL } from 'node:url';
import type { Element, RootContent } from 'hast';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { estimateHeightRem, isLessonFile, lessonSections, sectionise } from './lesson-sections.ts';

const el = (tagName: string, text = '', className?: string[]): Element => ({
  type: 'element',
  tagName,
  properties: className ? { className } : {},
  children: text ? [{ type: 'text', value: text }] : [],
});
const nl: RootContent = { type: 'text', value: '\n' };

const shape = (nodes: readonly RootContent[]): string[] =>
  nodes.map((node) => {
    if (node.type === 'text') return 'text';
    if (node.type !== 'element') return node.type;
    const className = node.properties.className;
    return Array.isArray(className) && className.includes('dojo-section')
      ? `section(${node.children.map((child) => (child.type === 'element' ? child.tagName : child.type)).join(' ')})`
      : node.tagName;
  });

describe('sectionise', () => {
  it('puts the content between headings in sections and keeps the headings outside', () => {
    const out = sectionise([
      el('p', 'intro'),
      nl,
      el('h2', 'A'),
      nl,
      el('p', 'a'),
      el('pre', 'x'),
      el('h3', 'B'),
      el('ul'),
    ]);
    expect(shape(out)).toEqual(['section(p text)', 'h2', 'section(text p pre)', 'h3', 'section(ul)']);
  });

  it('treats a heading Starlight already wrapped as a heading', () => {
    const wrapper = el('div', '', ['sl-heading-wrapper', 'level-h2']);
    wrapper.children = [el('h2', 'A')];
    expect(shape(sectionise([el('p', 'a'), wrapper, el('p', 'b')]))).toEqual([
      'section(p)',
      'div',
      'section(p)',
    ]);
  });

  it('leaves line breaks between two headings alone instead of making an empty section', () => {
    expect(shape(sectionise([el('h2', 'A'), nl, el('h3', 'B'), el('p', 'b')]))).toEqual([
      'h2',
      'text',
      'h3',
      'section(p)',
    ]);
  });

  it('keeps MDX import statements at the top level, first', () => {
    const esm = { type: 'mdxjsEsm', value: "import X from './x.astro';" } as unknown as RootContent;
    expect(shape(sectionise([el('p', 'a'), esm, el('h2', 'A'), el('p', 'b')]))).toEqual([
      'mdxjsEsm',
      'section(p)',
      'h2',
      'section(p)',
    ]);
  });

  it('gives each section an estimate of its height until it is drawn', () => {
    const [section] = sectionise([el('p', 'a'.repeat(240))]);
    expect(section?.type === 'element' && section.properties.style).toBe(
      `contain-intrinsic-block-size:auto ${estimateHeightRem([el('p', 'a'.repeat(240))])}rem`,
    );
  });
});

describe('estimateHeightRem', () => {
  it('grows with text, code lines and components, and is never tiny', () => {
    const short = estimateHeightRem([el('p', 'short')]);
    const long = estimateHeightRem([el('p', 'x'.repeat(2_400))]);
    const code = estimateHeightRem([el('pre', 'a\n'.repeat(40))]);
    const component = estimateHeightRem([
      { type: 'mdxJsxFlowElement', name: 'Figure', attributes: [], children: [] } as unknown as RootContent,
    ]);
    expect(short).toBeGreaterThanOrEqual(4);
    expect(long).toBeGreaterThan(150);
    expect(code).toBeGreaterThan(55);
    expect(component).toBeGreaterThanOrEqual(22);
  });
});

describe('isLessonFile', () => {
  it('matches the lessons in both languages and nothing else', () => {
    expect(isLessonFile('/repo/src/content/docs/lessons/04-services-autoscaling.mdx')).toBe(true);
    expect(isLessonFile('/repo/src/content/docs/en/lessons/04-services-autoscaling.mdx')).toBe(true);
    expect(isLessonFile('C:\\repo\\src\\content\\docs\\lessons\\01-architecture.mdx')).toBe(true);
    expect(isLessonFile('/repo/src/content/docs/sandbox.mdx')).toBe(false);
    expect(isLessonFile('/repo/src/content/docs/simulator/how-it-works.mdx')).toBe(false);
    expect(isLessonFile(undefined)).toBe(false);
  });
});

describe('the plugin in Sätteri, as Astro runs it', () => {
  const source = '# Title\n\nIntro text.\n\n## First\n\nOne.\n\n```yaml\na: 1\n```\n\n## Second\n\nTwo.\n';
  const lesson = pathToFileURL('/repo/src/content/docs/lessons/99-test.md');

  it('wraps a lesson page’s content between headings', async () => {
    const { html } = await markdownToHtml(source, { hastPlugins: [lessonSections], fileURL: lesson });
    expect(html.match(/<div class="dojo-section"/g)).toHaveLength(3);
    expect(html).toMatch(/<h2[^>]*>First<\/h2>\s*<div class="dojo-section"[^>]*>\s*<p>One\.<\/p>\s*<pre/);
    expect(html).not.toMatch(/<div class="dojo-section"[^>]*>\s*<h[1-6]/);
  });

  it('leaves other pages as they are', async () => {
    const other = pathToFileURL('/repo/src/content/docs/sandbox.md');
    const { html } = await markdownToHtml(source, { hastPlugins: [lessonSections], fileURL: other });
    expect(html).not.toContain('dojo-section');
  });

  it('compiles an MDX lesson with imports and components', async () => {
    const mdx = 'import Box from \'./Box.astro\';\n\nIntro.\n\n## Part\n\n<Box label="x">Inside</Box>\n';
    const { code } = await mdxToJs(mdx, {
      hastPlugins: [lessonSections],
      fileURL: pathToFileURL('/repo/src/content/docs/en/lessons/99-test.mdx'),
    });
    expect(code).toMatch(/^import Box from ["']\.\/Box\.astro["'];?$/m);
    expect(code).toMatch(/className: "dojo-section"[\s\S]*_jsx\(Box, \{/);
  });
});
