/**
 * Site paths, built the same way everywhere: Astro's base URL without its trailing slash, the
 * Japanese edition at that root and the English edition under `/en` (Starlight reads the locale from
 * the path).
 */
import type { Lang } from './lang.ts';

/** The site root without a trailing slash: `''` for `/`, `/ecs-dojo` for `/ecs-dojo/`. */
export function siteRoot(baseUrl: string): string {
  return baseUrl.replace(/\/$/, '');
}

/** Where a language's pages start: the site root for Japanese, `<root>/en` for English. */
export function langRoot(baseUrl: string, lang: Lang): string {
  const root = siteRoot(baseUrl);
  return lang === 'en' ? `${root}/en` : root;
}

/** The site path of a lesson, or of a section of it when `anchor` is given. */
export function lessonHref(baseUrl: string, lang: Lang, lesson: string, anchor?: string): string {
  return `${langRoot(baseUrl, lang)}/lessons/${lesson}/${anchor ? `#${anchor}` : ''}`;
}
