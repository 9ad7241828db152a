/**
 * The experiment contract. An experiment is the single piece of code behind a claim: the demo
 * runs it in a Web Worker, the claim's test runs it in Node, and a chapter can run it at build
 * time to quote its numbers. It is an async generator over a plain, serialisable config:
 *
 *   export const initStats: Experiment<InitStatsConfig, InitStatsFrame, InitStatsResult> =
 *     async function* (config, ctx) {
 *       for (let layer = 0; layer < config.layers; layer++) {
 *         ...
 *         yield { layer, ... };          // a progress frame: streamed to the demo
 *       }
 *       return { layers: [...] };        // the final result
 *     };
 *
 * Rules: config and frames/results are plain data (structured-cloneable: numbers, strings,
 * arrays, typed arrays, plain objects); all randomness comes from the config's seed; no DOM;
 * yield at least every ~30 ms of work so that the page can pause, step or cancel; report a
 * diverged run (NaN/Inf) in the frame or result instead of throwing.
 */
import type { MnistData } from '../data/mnist.ts';

export interface ExperimentContext {
  /** The MNIST subset (fetched lazily in the browser, read from disk in Node). */
  loadMnist(): Promise<MnistData>;
}

export type Experiment<Config, Frame, Result> = (
  config: Config,
  ctx: ExperimentContext,
) => AsyncGenerator<Frame, Result, void>;

/** Drains an experiment: every frame it yielded and the result it returned. */
export async function runToEnd<C, F, R>(
  experiment: Experiment<C, F, R>,
  config: C,
  ctx: ExperimentContext,
): Promise<{ frames: F[]; result: R }> {
  const frames: F[] = [];
  const it = experiment(config, ctx);
  for (;;) {
    const step = await it.next();
    if (step.done) return { frames, result: step.value };
    frames.push(step.value);
  }
}
