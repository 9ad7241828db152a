/**
 * The page's language, for the components inside a demo: DemoFrame sets it from the demo's `lang`
 * (which the Korean chapters pass to every demo, see src/lib/remark-demo-lang.mjs); tables, run
 * controls, sliders and notices read it with `useUi()`. Outside a demo, English.
 */
import { createContext } from 'svelte';
import { ui, DEFAULT_LOCALE, type Locale, type Ui } from '../i18n';

const [getLocale, setLocaleContext, hasLocale] = createContext<() => Locale>();

export function setLocale(lang: () => Locale | undefined): void {
  setLocaleContext(() => lang() ?? DEFAULT_LOCALE);
}

/** The language of the demo this component is in. */
export function useLocale(): Locale {
  return hasLocale() ? getLocale()() : DEFAULT_LOCALE;
}

/** The site's words in the language of the demo this component is in. */
export function useUi(): Ui {
  return ui(useLocale());
}
