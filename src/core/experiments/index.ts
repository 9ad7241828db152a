/**
 * The registry of experiments a demo can run in its worker. Every module directly in this folder
 * (other than types.ts and index.ts) is one experiment; its id is the file name without `.ts`,
 * which the module also exports as `id` (so a demo's runner is typed by the module), and its
 * default export is the experiment:
 *
 *   // src/core/experiments/init-stats.ts
 *   export const id = 'init-stats';
 *   export const initStats: Experiment<…> = async function* (config, ctx) { … };
 *   export default initStats;
 *
 *   // in a demo
 *   import type * as initStats from '../core/experiments/init-stats';
 *   const run = experimentRunner<typeof initStats>('init-stats');
 *
 * Modules are loaded lazily, so a worker only downloads the code of the experiment it runs.
 * Helpers shared by several experiments live in `lib/` (not experiments themselves).
 */
import type { Experiment } from './types.ts';
import type { Sweep } from '../sweep.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyExperiment = Experiment<any, any, any>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySweep = Sweep<any, any, any, any, any, any>;

/** What an experiment module exports: its id, the experiment, and (for sweeps) its independent runs. */
export interface ExperimentModule {
  id: string;
  default: AnyExperiment;
  sweep?: AnySweep;
}

const modules = import.meta.glob<ExperimentModule>(['./*.ts', '!./types.ts', '!./index.ts']);

/** The file names of every experiment module (for the registry test). */
export const experimentFiles = (): string[] => Object.keys(modules).map((p) => p.slice(2, -3));

/** The module of experiment `id`, checked (its id, its default export, its sweep if it has one). */
export async function loadExperimentModule(id: string): Promise<ExperimentModule> {
  const load = modules[`./${id}.ts`];
  if (!/^[a-z0-9-]+$/.test(id) || !load) throw new Error(`unknown experiment "${id.slice(0, 40)}"`);
  const mod = await load();
  if (typeof mod.default !== 'function') throw new Error(`experiment "${id}" has no default export`);
  if (mod.id !== id) throw new Error(`experiment file "${id}.ts" declares id "${String(mod.id).slice(0, 40)}"`);
  if (mod.sweep && typeof mod.sweep.run !== 'function') throw new Error(`experiment "${id}": its sweep has no run`);
  return mod;
}

export async function loadExperiment(id: string): Promise<AnyExperiment> {
  return (await loadExperimentModule(id)).default;
}
