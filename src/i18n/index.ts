/**
 * The course's message catalogs: src/i18n/<lang>/ui.ts for the site and the parts demos share,
 * src/i18n/<lang>/demos/<Demo>.ts for each demo's own words. English is the reference; every other
 * language translates it key for key (types.ts), and the i18n tests check that no English is left.
 *
 *   const t = ui('ko');                      // the site's words in Korean
 *   t.run.pause                              // "일시 정지"
 *   const lang = pageLocale(() => props.lang); // a demo's language, read once
 *   const d = demoText(CATALOG, lang);       // its words, with CATALOG from import.meta.glob
 *
 * A demo imports only its own catalog files (the glob's pattern names it), so an island carries
 * the words of its own demo in every language, nothing more.
 */
import { DEFAULT_LOCALE, type Locale } from './locales';
import en from './en/ui';
import ko from './ko/ui';

export { LOCALES, DEFAULT_LOCALE, isLocale, type Locale } from './locales';
export type Ui = typeof en;

/**
 * The site catalogs, by language (imported by name rather than found by a glob, so that plain Node
 * — the end-to-end tests, the scripts — can read them too). A new language adds its line here.
 */
const UI: Record<Locale, Ui> = { en, ko };

/** The site's words in a language. */
export function ui(lang: Locale = DEFAULT_LOCALE): Ui {
  const m = UI[lang];
  if (!m) throw new Error(`i18n: no catalog src/i18n/${lang}/ui.ts`);
  return m;
}

/**
 * A demo's words in the page's language. `catalog` is the demo's own files, every language:
 *   import.meta.glob<typeof en>('../i18n/*\/demos/IntroTrain.ts', { eager: true, import: 'default' })
 * (with `import type en from '../i18n/en/demos/IntroTrain'`).
 */
export function demoText<T>(catalog: Record<string, T>, lang: Locale): T {
  const want = lang;
  const entries = Object.entries(catalog);
  const hit =
    entries.find(([path]) => path.includes(`/${want}/demos/`)) ??
    entries.find(([p]) => p.includes(`/${DEFAULT_LOCALE}/demos/`));
  if (!hit) throw new Error(`i18n: no catalog for this demo in ${want}`);
  return hit[1];
}

/** The number format of a language, for reader-facing integers (1,234). */
export function intFormat(lang: Locale): (x: number) => string {
  const f = new Intl.NumberFormat(lang);
  return (x) => f.format(x);
}

/**
 * A demo's language, from its `lang` prop (English when absent), read once: a page's language
 * never changes while it is open. (A getter, so that reading the prop is explicit about that.)
 */
export function pageLocale(get: () => Locale | undefined): Locale {
  return get() ?? DEFAULT_LOCALE;
}
