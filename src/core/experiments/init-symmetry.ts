/**
 * Symmetry breaking (claims I1, I2, I11): two copies of the same small network — 2 inputs, one
 * hidden layer of `hidden` units, 3 class scores — learn the three-arm spiral side by side,
 * one started from equal weights (all zero, or all one constant), the other from small random
 * weights N(0, std²). Both see exactly the same data, optimiser and weight decay. The classes
 * are balanced (100 points each) or unbalanced (100, 50 and 25: every point of arm 1, every
 * second of arm 2, every fourth of arm 3).
 *
 *   const { result } = await runToEnd(initSymmetry, { hidden: 16, activation: 'tanh', symmetric: 'constant',
 *     constant: 0.5, std: 0.01, lr: 1, weightDecay: 0, iterations: 2000, seed: 1 }, ctx);
 *   result.nets[0].maxDistance    // 0: every hidden unit is still a copy of the first
 *   result.nets[1].accuracy       // the random start learns the spiral
 *
 * A hidden unit j is described by its parameters θ_j = (W1[:, j], b1[j], W2[j, :]): what it reads,
 * its bias and what it writes. If θ_j = θ_k at the start, units j and k compute the same output
 * on every example and receive the same gradient, so one update keeps θ_j = θ_k — by induction,
 * forever. The experiment measures the largest and smallest pairwise distance ‖θ_j − θ_k‖.
 * Training is full-batch gradient descent (every step sees all the points, so no sampling noise
 * is involved).
 *
 * From all-zero weights every hidden output is f(0), so the output weights' gradient hᵀδ has
 * every row equal to f(0)·Σᵢδᵢ, f(0) times the output biases' gradient: zero for tanh and ReLU
 * (f(0) = 0), not for the sigmoid (f(0) = ½) — unless Σᵢδᵢ = 0, which is the case at the start on
 * balanced classes (the uniform prediction matches the class frequencies).
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { spiral, type Toy2d } from '../data/toy2d.ts';
import { buildMlp, evaluate, gatherLabels, gatherRows, type Sequential } from '../network.ts';
import { Trainer, train, type EntryState } from '../trainer.ts';
import { makeOptimizer } from '../optimizers.ts';
import type { InitSpec } from '../init.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'init-symmetry';

export interface InitSymmetryConfig {
  hidden: number;
  activation: 'tanh' | 'relu' | 'sigmoid';
  /** The equal-weights start: every weight 0, or every weight `constant`. */
  symmetric: 'zeros' | 'constant';
  constant: number;
  /** Std of the random start. */
  std: number;
  /** Learning rate of plain gradient descent. */
  lr: number;
  /** L2 strength λ (the same for both networks). */
  weightDecay: number;
  iterations: number;
  /** Balanced classes (100 points each) or unbalanced (100, 50, 25); default balanced. */
  classes?: 'balanced' | 'unbalanced';
  seed: number;
}

export interface NetSnapshot {
  loss: number;
  accuracy: number;
  /** Largest and smallest distance between two hidden units' parameter vectors. */
  maxDistance: number;
  minDistance: number;
  /** hidden × 6 values: per unit, W1 (2 inputs), b1, W2 (3 outputs). */
  units: number[];
  diverged: boolean;
}

export interface InitSymmetryFrame {
  iteration: number;
  /** [equal start, random start]. */
  nets: [NetSnapshot, NetSnapshot];
}

export type InitSymmetryResult = InitSymmetryFrame;

/** Columns of the per-unit parameter table. */
export const UNIT_COLUMNS = ['w_x', 'w_y', 'b', 'out_1', 'out_2', 'out_3'] as const;

const EVERY = 20;

function unitsOf(net: Sequential, hidden: number): number[] {
  const [d1, d2] = net.layersOf('dense');
  const W1 = d1.W.value,
    b1 = d1.b.value,
    W2 = d2.W.value;
  const out: number[] = [];
  for (let j = 0; j < hidden; j++) {
    out.push(W1[j], W1[hidden + j], b1[j], W2[j * 3], W2[j * 3 + 1], W2[j * 3 + 2]);
  }
  return out;
}

function distances(units: number[], hidden: number): { max: number; min: number } {
  let max = 0;
  let min = Infinity;
  for (let j = 0; j < hidden; j++) {
    for (let k = j + 1; k < hidden; k++) {
      let s = 0;
      for (let c = 0; c < 6; c++) {
        const d = units[j * 6 + c] - units[k * 6 + c];
        s += d * d;
      }
      const d = Math.sqrt(s);
      if (d > max) max = d;
      if (d < min) min = d;
    }
  }
  return { max, min: hidden > 1 ? min : 0 };
}

/** Keeps every `every[k]`-th point of class k (in the set's order). */
function thinned(set: Toy2d, every: number[]): Toy2d {
  const keep: number[] = [];
  const seen = new Array<number>(set.classes).fill(0);
  for (let i = 0; i < set.y.length; i++) if (seen[set.y[i]]++ % every[set.y[i]] === 0) keep.push(i);
  return { x: gatherRows(set.x, keep), y: gatherLabels(set.y, keep), classes: set.classes };
}

export const initSymmetry: Experiment<InitSymmetryConfig, InitSymmetryFrame, InitSymmetryResult> =
  async function* initSymmetry(config) {
    const root = new Rng(config.seed);
    const all = spiral(100, 3, root.fork('data'));
    const data = config.classes === 'unbalanced' ? thinned(all, [1, 2, 4]) : all;
    const H = config.hidden;
    const specs: InitSpec[] = [
      config.symmetric === 'zeros' ? { kind: 'zeros' } : { kind: 'constant', value: config.constant },
      { kind: 'normal', std: config.std },
    ];
    const nets = specs.map((init) =>
      buildMlp({ sizes: [2, H, 3], activation: config.activation, init }, root.fork('init')),
    );
    const trainer = new Trainer({
      entries: nets.map((net, i) => ({
        name: i === 0 ? 'equal start' : 'random start',
        net,
        optimizer: makeOptimizer({ kind: 'sgd', lr: config.lr }),
        weightDecay: config.weightDecay,
      })),
      data,
    });
    const snapshot = (e: EntryState): NetSnapshot => {
      const units = unitsOf(e.net, H);
      const { max, min } = distances(units, H);
      const ev = e.diverged ? { loss: NaN, accuracy: NaN } : evaluate(e.net, data.x, data.y);
      return { ...ev, maxDistance: max, minDistance: min, units, diverged: e.diverged };
    };
    let frame: InitSymmetryFrame | null = null;
    const run = train(trainer, {
      steps: config.iterations,
      every: EVERY,
      atStart: true,
      stopWhenAllDiverged: false,
      probe: snapshot,
    });
    for (const f of run) {
      if (!f.probed) continue;
      frame = { iteration: f.step, nets: [f.entries[0].probe!, f.entries[1].probe!] };
      yield frame;
    }
    return frame!;
  };
export default initSymmetry;
