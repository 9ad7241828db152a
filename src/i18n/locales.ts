/**
 * The course's languages. English lives at the site's root, every other language under its own
 * prefix (/ko/…), as Astro's i18n routing (astro.config.mjs) declares. Adding a language is adding
 * it here and in astro.config.mjs, a catalog folder (src/i18n/<lang>/: ui.ts and one file per demo)
 * and its chapters (content/chapters-<lang>/); the tests then require every piece of it.
 */
export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** What each language calls itself (the language switcher shows these). */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ko: '한국어' };

/** The switcher's label on a phone, where the header has no room for the whole name. */
export const LOCALE_SHORT: Record<Locale, string> = { en: 'EN', ko: '한' };

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

/** The path prefix of a language under the base path: '' for English, '/ko' for Korean. */
export function localePrefix(lang: Locale): string {
  return lang === DEFAULT_LOCALE ? '' : `/${lang}`;
}

/**
 * A site path (after the base) in another language: '/chapters/x/' → '/ko/chapters/x/' and back.
 * Query and hash are kept, so that a demo's settings survive a change of language.
 */
export function switchLocalePath(path: string, to: Locale): string {
  const m = /^\/(?:([a-z]{2})(?=\/|$|[?#]))?(.*)$/.exec(path);
  let rest = path;
  if (m && m[1] && isLocale(m[1]) && m[1] !== DEFAULT_LOCALE) rest = m[2] || '/';
  if (!rest.startsWith('/')) rest = `/${rest}`;
  return `${localePrefix(to)}${rest}`;
}

/** The language of a site path (after the base). */
export function localeOfPath(path: string): Locale {
  const first = path.split(/[/?#]/)[1];
  return isLocale(first) ? first : DEFAULT_LOCALE;
}
