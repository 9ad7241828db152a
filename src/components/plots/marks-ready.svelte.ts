/**
 * Whether a plot may draw its marks yet.
 *
 * A demo's first result often brings several plots into the page at once (two line charts and a
 * pair of heatmaps, say), and building all of them in the task that applies the result made that
 * one task 50–80 ms long on a 2-core machine: the page could not answer a click or a scroll
 * meanwhile. A plot created inside a demo that has already hydrated therefore lays out its frame
 * at once (its size, legend and title: nothing below it moves) and draws its marks in a task of
 * its own, one task per plot. A plot rendered on the server, or hydrated with its demo, draws
 * everything at once, exactly as the server did, so hydration finds the same markup.
 *
 *   const marks = marksReady();
 *   {#if marks.current} …axes, paths… {/if}
 *
 * Call it while the component initialises.
 */
import { untrack } from 'svelte';
import { getDemoFrame, inDemoFrame } from '../demo-context';

export function marksReady(): { readonly current: boolean } {
  const later = untrack(() => (inDemoFrame() ? getDemoFrame().hydrated : false));
  let ready = $state(!later);
  if (later) {
    $effect(() => {
      const timer = setTimeout(() => (ready = true), 0);
      return () => clearTimeout(timer);
    });
  }
  return {
    get current() {
      return ready;
    },
  };
}
