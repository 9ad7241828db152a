/**
 * The objective of the hyperparameter-search comparisons (claims S15–S17): a real training run,
 * small enough for dozens of trials in a reader's browser within seconds. A trial trains a
 * 2 → 32 → 32 → 3 ReLU network with dropout after each hidden layer (He initialisation, SGD,
 * batches of 50, 300 steps) on 300 points of the three-armed spiral, and scores it by its
 * cross-entropy on 300 other spiral points (the validation set). The data, the initial weights
 * and the batch order come from `seed` and are the same for every trial, so a trial's score
 * depends only on its hyperparameters: the learning rate, the L2 strength and the drop probability.
 *
 *   const obj = new SpiralObjective(1);
 *   obj.score({ lr: 0.3, reg: 1e-4, dropout: 0.1 });            // validation loss (NaN if diverged)
 *   for (const p of obj.run(h, 25)) { p.step; p.valLoss; }      // the same run, probed every 25 steps
 *   fromUnit([0.5, 0.5, 0.5])                                   // the centre of SEARCH_SPACE
 */
import { Rng } from '../../rng.ts';
import { spiral } from '../../data/toy2d.ts';
import { buildMlp, evaluate } from '../../network.ts';
import { makeOptimizer } from '../../optimizers.ts';
import { Trainer, train } from '../../trainer.ts';
import type { Matrix } from '../../matrix.ts';
import { log10, pow10 } from '../../mathfn.ts';

export interface SpiralHyper {
  /** Learning rate η. */
  lr: number;
  /** L2 strength λ. */
  reg: number;
  /** Drop probability p of each hidden unit. */
  dropout: number;
}

/** The search space: log-uniform learning rate and L2 strength, uniform drop probability. */
export const SEARCH_SPACE = [
  { key: 'lr', lo: -3, hi: 1, log: true },
  { key: 'reg', lo: -6, hi: -1, log: true },
  { key: 'dropout', lo: 0, hi: 0.6, log: false },
] as const;

/** Steps of one full trial. */
export const TRIAL_STEPS = 300;

/** A point of the unit cube to hyperparameters (log ranges through their exponent). */
export function fromUnit(u: readonly number[]): SpiralHyper {
  const h = SEARCH_SPACE.map((d, i) => {
    const t = d.lo + (d.hi - d.lo) * u[i];
    return d.log ? pow10(t) : t;
  });
  return { lr: h[0], reg: h[1], dropout: h[2] };
}

/** Hyperparameters to the unit cube. */
export function toUnit(h: SpiralHyper): number[] {
  return SEARCH_SPACE.map((d) => {
    const v = h[d.key];
    return ((d.log ? log10(v) : v) - d.lo) / (d.hi - d.lo);
  });
}

export interface TrialProbe {
  step: number;
  /** Validation cross-entropy (NaN once the run has diverged). */
  valLoss: number;
  diverged: boolean;
}

export class SpiralObjective {
  readonly seed: number;
  private readonly root: Rng;
  private readonly train: { x: Matrix; y: Int32Array };
  private readonly val: { x: Matrix; y: Int32Array };

  constructor(seed: number) {
    this.seed = seed;
    this.root = new Rng(seed);
    this.train = spiral(100, 3, this.root.fork('train'));
    this.val = spiral(100, 3, this.root.fork('val'));
  }

  /** One trial, probed on the validation set every `every` steps (and at the last step). */
  *run(h: SpiralHyper, every: number, steps = TRIAL_STEPS): Generator<TrialProbe, void, void> {
    const net = buildMlp(
      { sizes: [2, 32, 32, 3], activation: 'relu', init: { kind: 'he', dist: 'normal' }, dropout: h.dropout },
      this.root.fork('init'),
      this.root.fork('dropout'),
    );
    const trainer = new Trainer({
      entries: [{ name: 'trial', net, optimizer: makeOptimizer({ kind: 'sgd', lr: h.lr }), weightDecay: h.reg }],
      data: this.train,
      batchSize: 50,
      shuffle: this.root.fork('shuffle'),
    });
    const probe = () => (trainer.entries[0].diverged ? NaN : evaluate(net, this.val.x, this.val.y).loss);
    for (const f of train(trainer, { steps, every, probe })) {
      if (f.probed) yield { step: f.step, valLoss: f.entries[0].probe!, diverged: f.entries[0].diverged };
    }
  }

  /** The validation loss after a full trial (NaN if it diverged). */
  score(h: SpiralHyper): number {
    let last = NaN;
    for (const p of this.run(h, TRIAL_STEPS)) last = p.valLoss;
    return last;
  }
}
