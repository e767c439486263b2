import { describe, expect, it } from 'vitest';
import { countedBytes, evaluateJs, isEditorChunk, pageType, widgetCount } from './js-size.ts';

describe('pageType', () => {
  const widget = '<dojo-auto-scaling class="dw-host" data-key="scaling"></dojo-auto-scaling>';

  it('sorts lessons by how many widgets they embed', () => {
    expect(pageType('lessons/01-architecture/index.html', '<p>text</p>')).toBe('lesson-no-widget');
    expect(pageType('en/lessons/04-services-autoscaling/index.html', widget)).toBe('lesson-one-widget');
    expect(pageType('lessons/05-deployments/index.html', widget + widget)).toBe('lesson-widgets');
  });

  it('knows exercise pages and leaves other pages alone', () => {
    expect(pageType('exercises/fix-fargate-size/index.html', '')).toBe('exercise');
    expect(pageType('exercises/index.html', '')).toBe('other');
    expect(pageType('en/sandbox/terminal/index.html', '')).toBe('sandbox-terminal');
    expect(pageType('sandbox/index.html', widget)).toBe('other');
  });

  it('counts the dw-host class only as a whole word', () => {
    expect(widgetCount('<div class="dw-host-x"></div><div class="a dw-host b"></div>')).toBe(1);
  });
});

describe('countedBytes', () => {
  it('adds lazy chunks but not the lazy editor chunks', () => {
    const weight = {
      page: 'exercises/x/index.html',
      initialGzipBytes: 100,
      lazyGzipBytes: 1000 + 50,
      onDemandGzipBytes: 20,
      files: {
        initial: ['_astro/page.js'],
        lazy: ['_astro/monaco-editor.abc.js', '_astro/widget.js'],
        onDemand: [],
      },
    };
    expect(countedBytes(weight, (file) => (isEditorChunk(file) ? 1000 : 50))).toBe(150);
  });
});

describe('evaluateJs', () => {
  it('reports every page over its budget and the largest page per type', () => {
    const section = evaluateJs([
      { file: 'lessons/01/index.html', type: 'lesson-no-widget', initial: 9000, counted: 9000 },
      { file: 'lessons/02/index.html', type: 'lesson-no-widget', initial: 16000, counted: 16000 },
    ]);
    expect(section.breaches).toEqual(['lessons/02/index.html (lesson, no widget): 15.6 KB > 15.0 KB']);
    expect(section.table?.rows[0]).toEqual([
      'lesson, no widget',
      '2',
      'lessons/02/index.html',
      '15.6',
      '15.6',
      '15.0',
      'OVER (1)',
    ]);
  });

  it('says so when the build has no exercise pages, without a breach', () => {
    const section = evaluateJs([]);
    expect(section.table?.rows[2]).toContain('no exercise pages in this build');
    expect(section.breaches).toEqual([]);
  });
});
