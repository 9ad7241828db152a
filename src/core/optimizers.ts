/**
 * First-order optimisers: the update rules that turn a gradient into a step.
 *
 *   const opt = makeOptimizer({ kind: 'adam', lr: 1e-3 });
 *   net.backward(dscores);              // fills every param.grad
 *   opt.step(net.params());             // W ← W + ΔW, for every param
 *   opt.lr = schedule(opt.t);           // the learning rate may change between steps
 *
 * They run on any list of `Param`s, a point on a 2-D surface included (descend.ts). State lives in
 * the optimiser, keyed by the Param, until `reset()`; `inspect(p)` shows it under the chapter's
 * names. `t` counts the calls to `step` (Adam's bias correction uses t = 1 on the first step).
 * Notation: W a parameter, g = ∂L/∂W, η the learning rate; all operations are element-wise.
 *
 * Where ε goes. This core adds ε OUTSIDE the square root, W ← W − η·g/(√h + ε), for AdaGrad,
 * RMSProp and Adam, as in Kingma & Ba (2015, Algorithm 1) and the cs231n notes. Some books and
 * libraries put it inside, g/√(h + ε), or use a larger default (1e-7, 1e-6); and some fold Adam's
 * bias correction into the learning rate, η_t = η·√(1−β2ᵗ)/(1−β1ᵗ), with ε then added to the
 * uncorrected √s (Kingma & Ba, end of section 2). All these variants agree once √h ≫ ε and the
 * bias corrections tend to 1, but they differ in the first steps, especially when gradients are
 * tiny: so a hand-computed first step only matches the rule written here.
 */
import type { Param } from './layers/layer.ts';
import { powInt } from './mathfn.ts';

/** Every update rule the core has, in the order the chapter introduces them. */
export const OPTIMIZER_KINDS = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'] as const;
export type OptimizerKind = (typeof OPTIMIZER_KINDS)[number];

/** How the chapter names each rule. */
export const OPTIMIZER_LABELS: Record<OptimizerKind, string> = {
  sgd: 'SGD',
  momentum: 'Momentum',
  nesterov: 'Nesterov',
  adagrad: 'AdaGrad',
  rmsprop: 'RMSProp',
  adam: 'Adam',
};

/**
 * The state each rule keeps per parameter, under the chapter's names: the velocity v (momentum,
 * Nesterov), the accumulated squares h (AdaGrad: a sum; RMSProp: a running mean), Adam's first
 * and second moments m and s (s, not Kingma & Ba's v, so that v always means a velocity).
 */
export const OPTIMIZER_SLOTS = {
  sgd: [],
  momentum: ['v'],
  nesterov: ['v'],
  adagrad: ['h'],
  rmsprop: ['h'],
  adam: ['m', 's'],
} as const satisfies Record<OptimizerKind, readonly string[]>;
export type SlotName = (typeof OPTIMIZER_SLOTS)[OptimizerKind][number];

/** Nesterov's two updates in either order (see `step`); only 'position-first', the default, is Nesterov's method. */
export const NESTEROV_ORDERS = ['position-first', 'velocity-first'] as const;
export type NesterovOrder = (typeof NESTEROV_ORDERS)[number];

export type OptimizerSpec = {
  kind: OptimizerKind;
  /** Learning rate η. */
  lr: number;
  /** Momentum μ (momentum, nesterov). Default 0.9. */
  momentum?: number;
  /** Nesterov only: which update comes first. Default 'position-first'. */
  nesterovOrder?: NesterovOrder;
  /** RMSProp decay ρ. Default 0.99. */
  decayRate?: number;
  /** Adam β1 (first-moment decay). Default 0.9. */
  beta1?: number;
  /** Adam β2 (second-moment decay). Default 0.999. */
  beta2?: number;
  /** ε in the denominator of AdaGrad, RMSProp and Adam (added outside the root). Default 1e-8. */
  eps?: number;
};

/** Every hyper-parameter of a rule, with the defaults filled in. */
export type OptimizerHyper = Required<Omit<OptimizerSpec, 'kind'>>;

/** What `inspect` shows of one parameter's state: copies, safe to keep. */
export interface OptimizerState {
  /** Steps taken (Adam's bias correction uses this t). */
  t: number;
  /** The rule's buffers for this parameter, by name (empty for SGD, and before the first step). */
  slots: Partial<Record<SlotName, Float64Array>>;
}

export interface Optimizer {
  readonly kind: OptimizerKind;
  /** The hyper-parameters in use (read-only; `lr` is the current learning rate). */
  readonly hyper: Readonly<OptimizerHyper>;
  /** The learning rate used by the next step (a schedule may set it). */
  lr: number;
  /** Steps taken so far (0 before the first step). */
  readonly t: number;
  /** Applies one update to every param, from its `grad`. */
  step(params: Param[]): void;
  /** The state kept for `p`, under the chapter's names (copies). */
  inspect(p: Param): OptimizerState;
  /** Remembers the whole state (every buffer and t), for `rollback`. */
  checkpoint(): void;
  /** Puts back the state of the last `checkpoint` (buffers created since are forgotten). */
  rollback(): void;
  /** Forgets all state (velocities, accumulators, moments) and sets t back to 0. */
  reset(): void;
}

export const OPTIMIZER_DEFAULTS = {
  momentum: 0.9,
  nesterovOrder: 'position-first' as NesterovOrder,
  decayRate: 0.99,
  beta1: 0.9,
  beta2: 0.999,
  eps: 1e-8,
} as const;

class FirstOrderOptimizer implements Optimizer {
  readonly kind: OptimizerKind;
  lr: number;
  private steps = 0;
  private readonly mu: number;
  private readonly order: NesterovOrder;
  private readonly rho: number;
  private readonly beta1: number;
  private readonly beta2: number;
  private readonly eps: number;
  private state = new Map<Param, Float64Array[]>();
  /** The state at the last checkpoint: t, and a copy of every buffer that existed then. */
  private saved: { steps: number; copies: Map<Param, Float64Array[]> } | null = null;

  constructor(spec: OptimizerSpec) {
    if (!OPTIMIZER_KINDS.includes(spec.kind)) throw new Error(`makeOptimizer: unknown kind '${String(spec.kind)}'`);
    if (!Number.isFinite(spec.lr) || spec.lr < 0)
      throw new Error(`makeOptimizer: lr must be a finite number ≥ 0, got ${spec.lr}`);
    this.kind = spec.kind;
    this.lr = spec.lr;
    this.mu = spec.momentum ?? OPTIMIZER_DEFAULTS.momentum;
    this.order = spec.nesterovOrder ?? OPTIMIZER_DEFAULTS.nesterovOrder;
    if (!NESTEROV_ORDERS.includes(this.order)) throw new Error(`makeOptimizer: unknown order '${this.order}'`);
    this.rho = spec.decayRate ?? OPTIMIZER_DEFAULTS.decayRate;
    this.beta1 = spec.beta1 ?? OPTIMIZER_DEFAULTS.beta1;
    this.beta2 = spec.beta2 ?? OPTIMIZER_DEFAULTS.beta2;
    this.eps = spec.eps ?? OPTIMIZER_DEFAULTS.eps;
  }

  get hyper(): Readonly<OptimizerHyper> {
    const { lr, mu: momentum, order: nesterovOrder, rho: decayRate, beta1, beta2, eps } = this;
    return Object.freeze({ lr, momentum, nesterovOrder, decayRate, beta1, beta2, eps });
  }

  get t(): number {
    return this.steps;
  }

  inspect(p: Param): OptimizerState {
    const bufs = this.state.get(p);
    const slots: OptimizerState['slots'] = {};
    if (bufs) OPTIMIZER_SLOTS[this.kind].forEach((name, i) => (slots[name] = bufs[i].slice()));
    return { t: this.steps, slots };
  }

  checkpoint(): void {
    const old = this.saved?.copies;
    const copies = new Map<Param, Float64Array[]>();
    for (const [p, bufs] of this.state) {
      const c = old?.get(p) ?? bufs.map((b) => new Float64Array(b.length));
      bufs.forEach((b, i) => c[i].set(b));
      copies.set(p, c);
    }
    this.saved = { steps: this.steps, copies };
  }

  rollback(): void {
    const saved = this.saved;
    if (!saved) throw new Error('Optimizer: rollback before checkpoint');
    for (const [p, bufs] of this.state) {
      const c = saved.copies.get(p);
      if (c) bufs.forEach((b, i) => b.set(c[i]));
      else this.state.delete(p);
    }
    this.steps = saved.steps;
  }

  reset(): void {
    this.state = new Map();
    this.saved = null;
    this.steps = 0;
  }

  /** The state buffers of `p`, created (zero) on first sight. */
  private slots(p: Param): Float64Array[] {
    let s = this.state.get(p);
    if (!s) {
      s = OPTIMIZER_SLOTS[this.kind].map(() => new Float64Array(p.value.length));
      this.state.set(p, s);
    }
    return s;
  }

  step(params: Param[]): void {
    this.steps++;
    const t = this.steps;
    const lr = this.lr;
    for (const p of params) {
      const W = p.value;
      const g = p.grad;
      const n = W.length;
      switch (this.kind) {
        case 'sgd': {
          // Plain (stochastic) gradient descent (Robbins & Monro 1951):  W ← W − η·g
          for (let i = 0; i < n; i++) W[i] -= lr * g[i];
          break;
        }
        case 'momentum': {
          // Classical momentum (Polyak 1964, "heavy ball"), in the cs231n form:  v ← μ·v − η·g;  W ← W + v
          const [v] = this.slots(p);
          const mu = this.mu;
          for (let i = 0; i < n; i++) {
            v[i] = mu * v[i] - lr * g[i];
            W[i] += v[i];
          }
          break;
        }
        case 'nesterov': {
          // Nesterov accelerated gradient (Nesterov 1983; for deep nets Sutskever et al. 2013) in the
          // look-ahead form of Bengio et al. (2013) used by cs231n: the stored W is the look-ahead
          // point W_true + μ·v, so the gradient the caller computes at W is the look-ahead gradient.
          //   v_prev ← v;  v ← μ·v − η·g;  W ← W − μ·v_prev + (1 + μ)·v   (= W + μ²·v_prev − (1 + μ)·η·g)
          // 'velocity-first' (the Korean edition of Saito's book; its Japanese code before a 2021
          // fix) moves W with the NEW v, a different rule whose first step is (1 + μ + μ²)·η·g:
          //   v ← μ·v − η·g;  W ← W + μ²·v − (1 + μ)·η·g                  (= W + μ³·v_prev − (1 + μ + μ²)·η·g)
          const [v] = this.slots(p);
          const mu = this.mu;
          const velocityFirst = this.order === 'velocity-first';
          for (let i = 0; i < n; i++) {
            const vPrev = v[i];
            v[i] = mu * vPrev - lr * g[i];
            W[i] += velocityFirst ? mu * mu * v[i] - (1 + mu) * lr * g[i] : -mu * vPrev + (1 + mu) * v[i];
          }
          break;
        }
        case 'adagrad': {
          // AdaGrad (Duchi, Hazan & Singer 2011): a per-coordinate rate that only shrinks.
          //   h ← h + g²
          //   W ← W − η·g / (√h + ε)
          const [h] = this.slots(p);
          const eps = this.eps;
          for (let i = 0; i < n; i++) {
            const gi = g[i];
            h[i] += gi * gi;
            W[i] -= (lr * gi) / (Math.sqrt(h[i]) + eps);
          }
          break;
        }
        case 'rmsprop': {
          // RMSProp (Tieleman & Hinton 2012, Coursera lecture 6.5): a leaky AdaGrad.
          //   h ← ρ·h + (1 − ρ)·g²
          //   W ← W − η·g / (√h + ε)
          const [h] = this.slots(p);
          const rho = this.rho;
          const eps = this.eps;
          for (let i = 0; i < n; i++) {
            const gi = g[i];
            h[i] = rho * h[i] + (1 - rho) * gi * gi;
            W[i] -= (lr * gi) / (Math.sqrt(h[i]) + eps);
          }
          break;
        }
        case 'adam': {
          // Adam (Kingma & Ba 2015, Algorithm 1), with explicit bias correction. The paper calls
          // the second moment v; the course calls it s, keeping v for momentum's velocity:
          //   m ← β1·m + (1 − β1)·g          (first moment: a momentum-like average of g)
          //   s ← β2·s + (1 − β2)·g²         (second moment: RMSProp's leaky average of g²)
          //   m̂ = m / (1 − β1ᵗ),  ŝ = s / (1 − β2ᵗ)
          //   W ← W − η·m̂ / (√ŝ + ε)
          const [m, s] = this.slots(p);
          const b1 = this.beta1;
          const b2 = this.beta2;
          const eps = this.eps;
          const c1 = 1 - powInt(b1, t);
          const c2 = 1 - powInt(b2, t);
          for (let i = 0; i < n; i++) {
            const gi = g[i];
            m[i] = b1 * m[i] + (1 - b1) * gi;
            s[i] = b2 * s[i] + (1 - b2) * gi * gi;
            const mHat = m[i] / c1;
            const sHat = s[i] / c2;
            W[i] -= (lr * mHat) / (Math.sqrt(sHat) + eps);
          }
          break;
        }
      }
    }
  }
}

/** Makes an optimiser from a plain spec (unset hyper-parameters take OPTIMIZER_DEFAULTS). */
export function makeOptimizer(spec: OptimizerSpec): Optimizer {
  return new FirstOrderOptimizer(spec);
}
