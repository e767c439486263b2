/** The course's two languages and text written in both: one vocabulary for every layer. */

/** The course languages: Japanese first (the site root), English under `/en`. */
export const languages = ['ja', 'en'] as const;

/** A course language. */
export type Lang = (typeof languages)[number];

/** Text in both course languages. */
export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

/** Narrows any BCP-47 tag Starlight gives us ('ja', 'en', 'en-US') to one of the course languages. */
export function toLang(tag: string | undefined): Lang {
  return tag?.toLowerCase().startsWith('en') ? 'en' : 'ja';
}
