/**
 * Motion for readers who ask for less of it (the system setting prefers-reduced-motion). CSS
 * animations and transitions are switched off in global.css; what moves through code (a chart
 * redrawn with every frame of a run, a playback) reads this.
 *
 *   if (prefersReducedMotion()) …          // fewer, larger updates
 *   setInterval(tick, playbackInterval(80)); // 80 ms, or at least a second per update
 */

/** True when the reader's system asks for reduced motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Milliseconds between the updates of a playback that would update every `ms`. */
export function playbackInterval(ms: number): number {
  return prefersReducedMotion() ? Math.max(ms, REDUCED_MS) : ms;
}

/** Least time between two updates of something moving, under reduced motion. */
export const REDUCED_MS = 1000;
