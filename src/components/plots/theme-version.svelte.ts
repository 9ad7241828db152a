/**
 * A counter that goes up whenever the page theme may have changed (onThemeChange in theme-dom.ts).
 * A component that resolves theme colours reads `.current` in the effect that draws, which then
 * runs again on a change of theme, and can keep what it resolved until the counter moves.
 *
 *   const theme = themeVersion();
 *   $effect(() => { if (palette?.theme !== theme.current) palette = { theme: theme.current, … }; … });
 *
 * Call it while the component initialises.
 */
import { onThemeChange } from './theme-dom';

export function themeVersion(): { readonly current: number } {
  let version = $state(0);
  $effect(() => onThemeChange(() => version++));
  return {
    get current() {
      return version;
    },
  };
}
