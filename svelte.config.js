import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Shared by Astro's Svelte integration, the component tests and svelte-check. */
export default {
  preprocess: vitePreprocess(),
};
