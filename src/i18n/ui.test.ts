import { describe, expect, it } from 'vitest';
import { t, toLang } from './ui.ts';

describe('t', () => {
  it('fills placeholders in each language', () => {
    expect(t('ja', 'lesson.chapter', { n: 3 })).toBe('第3章');
    expect(t('en', 'lesson.minutes', { n: 25 })).toBe('About 25 minutes');
  });
  it('leaves unknown placeholders visible rather than inventing values', () => {
    expect(t('en', 'lesson.chapter')).toBe('Chapter {n}');
  });
});

describe('toLang', () => {
  it('maps Starlight language tags onto the course languages', () => {
    expect(toLang('en')).toBe('en');
    expect(toLang('en-US')).toBe('en');
    expect(toLang('ja')).toBe('ja');
    expect(toLang(undefined)).toBe('ja');
  });
});
