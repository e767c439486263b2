import { describe, expect, it } from 'vitest';
import { langRoot, lessonHref, siteRoot } from './links.ts';

describe('siteRoot', () => {
  it('drops the trailing slash of the base URL, and is the same given the result', () => {
    expect(siteRoot('/')).toBe('');
    expect(siteRoot('/ecs-dojo/')).toBe('/ecs-dojo');
    expect(siteRoot('/ecs-dojo')).toBe('/ecs-dojo');
  });
});

describe('langRoot', () => {
  it('keeps Japanese at the root and puts English under /en', () => {
    expect(langRoot('/', 'ja')).toBe('');
    expect(langRoot('/', 'en')).toBe('/en');
    expect(langRoot('/ecs-dojo/', 'en')).toBe('/ecs-dojo/en');
  });
});

describe('lessonHref', () => {
  it('links a lesson, or a section of it', () => {
    expect(lessonHref('/', 'ja', '02-task-definitions')).toBe('/lessons/02-task-definitions/');
    expect(lessonHref('/ecs-dojo/', 'en', '02-task-definitions', 'fargate-sizes')).toBe(
      '/ecs-dojo/en/lessons/02-task-definitions/#fargate-sizes',
    );
    expect(lessonHref('', 'ja', '05-deployments', 'rolling')).toBe('/lessons/05-deployments/#rolling');
  });
});
