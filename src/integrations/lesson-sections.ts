/**
 * A hast plugin (Sätteri, Astro's Markdown processor) for the lessons: the content between two headings becomes one
 * `<div class="dojo-section">`, which the theme gives `content-visibility: auto`. A lesson is long
 * (chapter 4 is about 47,000 px tall on a phone, with two dozen code blocks), and without this the
 * phone lays out all of it, Japanese text shaping included, before the learner can tap anything.
 * With it, the browser lays out only the sections near the screen and skips the rest until they
 * scroll near (measured with Lighthouse's mobile settings on chapter 4: see scripts/budgets).
 *
 * The headings themselves stay outside the sections, so the table of contents, anchors and the
 * "read to the end" watcher see every heading at its real place. Each section carries an estimate
 * of its height for the time before it is first drawn (`contain-intrinsic-block-size`, with `auto`:
 * once drawn, the browser remembers the real height), so the scrollbar is roughly right from the start.
 */
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, RootContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';

/** Which pages get sections: the lessons, in both languages. */
export function isLessonFile(path: string | undefined): boolean {
  return path !== undefined && /[/\\]src[/\\]content[/\\]docs[/\\](?:en[/\\])?lessons[/\\]/.test(path);
}

const HEADING = /^h[1-6]$/;

/** A top-level heading, bare or already wrapped by Starlight (`div.sl-heading-wrapper`). */
function isHeading(node: RootContent): boolean {
  if (node.type === 'element') {
    if (HEADING.test(node.tagName)) return true;
    const className = node.properties.className;
    return Array.isArray(className) && className.includes('sl-heading-wrapper');
  }
  // A heading written as JSX in MDX (`<h2>…</h2>`).
  return node.type === 'mdxJsxFlowElement' && HEADING.test(node.name ?? '');
}

/** MDX's import and export statements stay at the top level, where MDX expects them. */
function isModuleCode(node: RootContent): boolean {
  return (node.type as string) === 'mdxjsEsm';
}

/** Whether a run of nodes holds anything a reader sees (not only line breaks between blocks). */
function hasContent(nodes: readonly RootContent[]): boolean {
  return nodes.some((node) => node.type !== 'text' || node.value.trim() !== '');
}

interface Tally {
  textChars: number;
  codeLines: number;
  blocks: number;
  components: number;
}

function tally(nodes: readonly (RootContent | ElementContent)[], inCode: boolean, into: Tally): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      if (inCode) into.codeLines += node.value.split('\n').length - 1;
      else into.textChars += node.value.trim().length;
    } else if (node.type === 'element') {
      if (/^(p|li|tr|pre|blockquote|aside|table|figure|details)$/.test(node.tagName)) into.blocks += 1;
      tally(node.children, inCode || node.tagName === 'pre', into);
    } else if (node.type === 'mdxJsxFlowElement') {
      // A component (figure, widget, quiz): its height is unknown here; count a typical one.
      into.components += 1;
      tally(node.children, inCode, into);
    }
  }
}

/**
 * A rough height, in rem, of a section on a phone, used only until the section is first drawn. Our
 * model's assumptions, not measurements: about 24 characters of body text per line at 1.75 rem, code
 * at 1.5 rem a line, 1 rem between blocks, 22 rem for a component.
 */
export function estimateHeightRem(nodes: readonly RootContent[]): number {
  const counted: Tally = { textChars: 0, codeLines: 0, blocks: 0, components: 0 };
  tally(nodes, false, counted);
  const rem =
    Math.ceil(counted.textChars / 24) * 1.75 +
    (counted.codeLines + 1) * 1.5 +
    counted.blocks +
    counted.components * 22;
  return Math.max(4, Math.round(rem));
}

function section(children: RootContent[]): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: {
      className: ['dojo-section'],
      style: `contain-intrinsic-block-size:auto ${estimateHeightRem(children)}rem`,
    },
    children: children as ElementContent[],
  };
}

/** A page's top-level content, grouped into sections between its headings. */
export function sectionise(children: readonly RootContent[]): RootContent[] {
  const moduleCode: RootContent[] = [];
  const out: RootContent[] = [];
  let run: RootContent[] = [];
  const flush = () => {
    if (hasContent(run)) out.push(section(run));
    else out.push(...run);
    run = [];
  };
  for (const node of children) {
    if (isModuleCode(node)) moduleCode.push(node);
    else if (isHeading(node)) {
      flush();
      out.push(node);
    } else run.push(node);
  }
  flush();
  return [...moduleCode, ...out];
}

/** The plugin: sections for lesson pages; every other page stays as it is. */
export const lessonSections: HastPluginDefinition = {
  name: 'ecs-dojo-lesson-sections',
  after(root, ctx) {
    if (!ctx.fileURL || !isLessonFile(fileURLToPath(ctx.fileURL))) return;
    ctx.replaceNode(root, { type: 'root', children: sectionise(root.children) });
  },
};
