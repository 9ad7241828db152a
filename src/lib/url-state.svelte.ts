/**
 * Binds a demo's parameters to the page URL (see url-state.ts for the parsing rules).
 *
 *   const params = useUrlState(table);            // call during component setup
 *   const params = useUrlState(table, 'race.', lang); // keys race.*, notices in the page's language
 *   params.values.layers = 5;                     // the address bar follows (replaceState)
 *   params.ready                                  // true once the URL has been read
 *   params.notices                                // why a URL value was not used as given
 *   params.reset();                               // back to the defaults
 *
 * The server-rendered page shows the defaults; the URL is read once the island mounts, so the
 * first experiment should start only when `ready` is true.
 */
import { onMount } from 'svelte';
import { defaults, parseParams, sanitize, serializeParams, type ParamTable, type ParamValues } from './url-state';
import { ui, DEFAULT_LOCALE, type Locale } from '../i18n';

export interface UrlState<T extends ParamTable> {
  /** The parameter table (what each control shows and allows). */
  readonly table: T;
  /** What this demo's keys start with in the address ("race." for race.lr), '' for bare keys. */
  readonly prefix?: string;
  /** The page's language: notices are written in it. */
  readonly lang: Locale;
  values: ParamValues<T>;
  notices: string[];
  ready: boolean;
  reset(): void;
}

export function useUrlState<T extends ParamTable>(table: T, prefix = '', lang: Locale = DEFAULT_LOCALE): UrlState<T> {
  const state = $state({
    table,
    prefix,
    lang,
    values: defaults(table),
    notices: [] as string[],
    ready: false,
    reset() {
      state.values = defaults(table);
      state.notices = [];
    },
  });

  onMount(() => {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, not state
    const parsed = parseParams(table, new URLSearchParams(location.search), prefix, ui(lang).params);
    state.values = parsed.values;
    state.notices = parsed.notices;
    state.ready = true;
  });

  $effect(() => {
    if (!state.ready) return;
    const clean = sanitize(table, $state.snapshot(state.values) as ParamValues<T>);
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a scratch copy of the address, not state
    const params = serializeParams(table, clean, new URLSearchParams(location.search), prefix);
    const q = params.toString();
    const url = `${location.pathname}${q ? `?${q}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  });

  return state;
}
