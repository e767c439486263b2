import { describe, expect, it } from 'vitest';
import { rebaseLinks } from './base-links.ts';

describe('rebaseLinks', () => {
  it('prefixes the base to root-relative links and sources', () => {
    expect(rebaseLinks('<a href="/lessons/01-architecture/">x</a><img src="/a.svg">', '/ecs-dojo')).toBe(
      '<a href="/ecs-dojo/lessons/01-architecture/">x</a><img src="/ecs-dojo/a.svg">',
    );
  });

  it('leaves links that already have the base, external and relative links alone', () => {
    const html =
      '<a href="/ecs-dojo/">a</a><a href="/ecs-dojo">b</a><a href="https://docs.aws.amazon.com/">c</a><a href="//cdn">d</a><a href="../x/">e</a><a href="#top">f</a>';
    expect(rebaseLinks(html, '/ecs-dojo/')).toBe(html);
  });

  it('does not confuse a path that merely starts like the base', () => {
    expect(rebaseLinks('<a href="/ecs-dojo-extra/">x</a>', '/ecs-dojo')).toBe(
      '<a href="/ecs-dojo/ecs-dojo-extra/">x</a>',
    );
  });

  it('does nothing without a base', () => {
    expect(rebaseLinks('<a href="/x/">x</a>', '/')).toBe('<a href="/x/">x</a>');
  });
});
