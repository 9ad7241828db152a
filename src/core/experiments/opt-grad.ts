/**
 * The gradient of softmax + cross-entropy (claim S12). For a score vector s and a label c, the
 * loss L = −log y_c with y = softmax(s) is differentiated three ways:
 *   backprop  through the two stages separately: ∂L/∂y_j = −t_j / y_j, then the softmax Jacobian
 *             ∂y_j/∂s_i = y_j(δ_ij − y_i), so ∂L/∂s_i = Σ_j (∂L/∂y_j)·y_j(δ_ij − y_i);
 *   shortcut  y − t, with t the one-hot label (what the core's fused loss returns, times N = 1);
 *   numeric   central differences (L(s + h e_i) − L(s − h e_i)) / 2h.
 * The same form for an identity output with halved squared error: ∂(½‖s − t‖²)/∂s = s − t.
 *
 *   const { result } = await runToEnd(optGrad, { scores: [2, 1, -1], label: 0 }, ctx);
 *   result.rows[0]    // { j: 0, s: 2, y: 0.705…, t: 1, backprop: -0.294…, shortcut: -0.294…, … }
 */
import type { Experiment } from './types.ts';
import { matrix } from '../matrix.ts';
import { meanSquaredError, softmaxCrossEntropy } from '../losses.ts';
import { exp, log } from '../mathfn.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'opt-grad';

export interface OptGradConfig {
  scores: number[];
  label: number;
}

export type OptGradRow = {
  j: number;
  s: number;
  y: number;
  t: number;
  backprop: number;
  shortcut: number;
  numeric: number;
  /** The core's fused softmaxCrossEntropy gradient (N = 1). */
  core: number;
  /** The core's halved squared-error gradient for an identity output s against t. */
  mse: number;
};

export interface OptGradResult {
  loss: number;
  rows: OptGradRow[];
  /** max_j |backprop − shortcut|. */
  maxBackpropVsShortcut: number;
  /** max_j |numeric − shortcut|. */
  maxNumericVsShortcut: number;
  /** max_j |core − shortcut|. */
  maxCoreVsShortcut: number;
  /** max_j |mse gradient − (s − t)|. */
  maxMseVsDiff: number;
}

function softmax(s: number[]): number[] {
  const m = Math.max(...s);
  const e = s.map((v) => exp(v - m));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / z);
}

function lossOf(s: number[], c: number): number {
  const m = Math.max(...s);
  return m + log(s.reduce((a, v) => a + exp(v - m), 0)) - s[c];
}

export const optGrad: Experiment<OptGradConfig, { done: true }, OptGradResult> = async function* optGrad(config) {
  const s = config.scores.slice(0, 10);
  const C = s.length;
  if (C < 2) throw new Error('optGrad: need at least two scores');
  if (!s.every(Number.isFinite)) throw new Error('optGrad: every score must be a finite number');
  const c = config.label;
  if (!(Number.isInteger(c) && c >= 0 && c < C)) throw new Error(`optGrad: label must be a class 0..${C - 1}`);
  const y = softmax(s);
  const t = s.map((_, j) => (j === c ? 1 : 0));
  // Stage 1 (cross-entropy): ∂L/∂y_j = −t_j / y_j.
  const dy = y.map((yj, j) => (t[j] ? -1 / yj : 0));
  // Stage 2 (softmax Jacobian, applied as backprop: ∂L/∂s_i = Σ_j dy_j · y_j (δ_ij − y_i)).
  const backprop = s.map((_, i) => {
    let g = 0;
    for (let j = 0; j < C; j++) g += dy[j] * y[j] * ((i === j ? 1 : 0) - y[i]);
    return g;
  });
  const shortcut = y.map((yj, j) => yj - t[j]);
  const h = 1e-5;
  const numeric = s.map((_, i) => {
    const p = s.slice();
    const m = s.slice();
    p[i] += h;
    m[i] -= h;
    return (lossOf(p, c) - lossOf(m, c)) / (2 * h);
  });
  const core = softmaxCrossEntropy(matrix(1, C, Float64Array.from(s)), [c]).dscores.data;
  const mse = meanSquaredError(matrix(1, C, Float64Array.from(s)), matrix(1, C, Float64Array.from(t))).dpred.data;
  const rows: OptGradRow[] = s.map((sj, j) => ({
    j,
    s: sj,
    y: y[j],
    t: t[j],
    backprop: backprop[j],
    shortcut: shortcut[j],
    numeric: numeric[j],
    core: core[j],
    mse: mse[j],
  }));
  const maxAbs = (f: (r: OptGradRow) => number) => Math.max(...rows.map(f));
  yield { done: true };
  return {
    loss: lossOf(s, c),
    rows,
    maxBackpropVsShortcut: maxAbs((r) => Math.abs(r.backprop - r.shortcut)),
    maxNumericVsShortcut: maxAbs((r) => Math.abs(r.numeric - r.shortcut)),
    maxCoreVsShortcut: maxAbs((r) => Math.abs(r.core - r.shortcut)),
    maxMseVsDiff: maxAbs((r) => Math.abs(r.mse - (r.s - r.t))),
  };
};
export default optGrad;
