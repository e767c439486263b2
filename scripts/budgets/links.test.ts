import { describe, expect, it } from 'vitest';
import { builtFileFor, classifyLink, findBrokenLinks, orphanPages, pathOfFile } from './links.ts';

const origin = 'http://127.0.0.1:4000';
const files = new Set([
  'index.html',
  '404.html',
  'en/index.html',
  'lessons/01-architecture/index.html',
  'lessons/02-task-definitions/index.html',
  'favicon.svg',
]);

describe('classifyLink', () => {
  const page = `${origin}/lessons/01-architecture/`;

  it('resolves relative, root-relative and same-page links to a path and an anchor', () => {
    expect(classifyLink('../02-task-definitions/#family', page)).toEqual({
      kind: 'internal',
      path: '/lessons/02-task-definitions/',
      hash: 'family',
    });
    expect(classifyLink('#_top', page)).toEqual({
      kind: 'internal',
      path: '/lessons/01-architecture/',
      hash: '_top',
    });
    expect(classifyLink(`${origin}/en/`, page)).toEqual({ kind: 'internal', path: '/en/', hash: '' });
  });

  it('decodes percent-encoded anchors (Japanese headings)', () => {
    expect(classifyLink('#%E3%82%BF%E3%82%B9%E3%82%AF', page)).toMatchObject({ hash: 'タスク' });
  });

  it('tells external links apart and ignores mailto, javascript and empty links', () => {
    expect(classifyLink('https://docs.aws.amazon.com/ecs/', page)).toEqual({
      kind: 'external',
      url: 'https://docs.aws.amazon.com/ecs/',
    });
    for (const href of ['mailto:a@b.c', 'javascript:void(0)', '', '  ']) {
      expect(classifyLink(href, page)).toEqual({ kind: 'ignored' });
    }
  });
});

describe('builtFileFor', () => {
  it('serves directories from index.html, files as they are', () => {
    expect(builtFileFor('/', files)).toBe('index.html');
    expect(builtFileFor('/lessons/01-architecture/', files)).toBe('lessons/01-architecture/index.html');
    expect(builtFileFor('/lessons/01-architecture', files)).toBe('lessons/01-architecture/index.html');
    expect(builtFileFor('/favicon.svg', files)).toBe('favicon.svg');
    expect(builtFileFor('/lessons/03-fargate/', files)).toBeUndefined();
  });
});

describe('pathOfFile', () => {
  it('maps built HTML files to the paths they are served at', () => {
    expect(pathOfFile('index.html')).toBe('/');
    expect(pathOfFile('en/lessons/01-architecture/index.html')).toBe('/en/lessons/01-architecture/');
    expect(pathOfFile('404.html')).toBe('/404.html');
  });
});

describe('findBrokenLinks', () => {
  const pages = [
    {
      path: '/',
      hrefs: ['/lessons/01-architecture/#cluster', '/lessons/03-fargate/', 'https://aws.amazon.com/', '#top'],
      ids: ['_top'],
    },
    {
      path: '/lessons/01-architecture/',
      hrefs: ['/#_top', '/lessons/01-architecture/#missing', '/lessons/02-task-definitions/#anything'],
      ids: ['_top', 'cluster'],
    },
  ];

  it('reports missing pages and missing anchors with the page they are on', () => {
    expect(findBrokenLinks(pages, files, origin)).toEqual([
      { page: '/', href: '/lessons/03-fargate/', reason: 'no such page' },
      {
        page: '/lessons/01-architecture/',
        href: '/lessons/01-architecture/#missing',
        reason: 'no such anchor',
      },
    ]);
  });

  it('checks anchors only on pages it has seen', () => {
    const broken = findBrokenLinks(pages, files, origin).map((link) => link.href);
    expect(broken).not.toContain('/lessons/02-task-definitions/#anything');
  });
});

describe('orphanPages', () => {
  it('lists built pages no other page links to, except the 404 page', () => {
    const pages = [
      { path: '/', hrefs: ['/en/', '/'], ids: [] },
      { path: '/en/', hrefs: ['/lessons/01-architecture/'], ids: [] },
    ];
    expect(orphanPages(pages, files, origin)).toEqual(['/', '/lessons/02-task-definitions/']);
  });
});
