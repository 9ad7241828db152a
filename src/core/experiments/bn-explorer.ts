/**
 * B3, B6, B8: activation and gradient statistics, layer by layer, of a deep stack of
 * Dense (W ~ N(0, scale²)) → [BatchNorm] → nonlinearity → [BatchNorm] layers fed a batch of
 * N(0, 1) inputs, with BatchNorm nowhere, before the nonlinearity (as the course places it) or
 * after it. Everything runs in training mode (BatchNorm uses the batch's statistics, as it does
 * in the first steps of training).
 *
 *   const { result } = await runToEnd(bnExplorer, { layers: 10, width: 200, batch: 200,
 *     activation: 'tanh', scale: 1, placement: 'before', gamma: 1, seed: 1 }, ctx);
 *   result.layers[9].preStd       // std of what the 10th nonlinearity receives
 *   result.layers[9].saturated    // fraction of tanh outputs with |h| > 0.99
 *   result.layers[0].gradStd      // std of ∂L/∂h at layer 1 (L = Σ h_last ⊙ R, R ~ N(0, 1))
 *
 * `gamma` is the starting value of every BatchNorm's γ (1 in a fresh network): it sets how
 * wide the nonlinearity's input is, so how much tanh saturates (B8).
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { matrix, type Matrix } from '../matrix.ts';
import { Dense } from '../layers/dense.ts';
import { BatchNorm } from '../layers/batchnorm.ts';
import { Activation } from '../layers/activation.ts';
import { histogram, moments, saturatedFraction, zeroFraction } from '../probes.ts';
import { checkMlpLimits } from '../limits.ts';
import { tanh } from '../mathfn.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'bn-explorer';

export type BnPlacement = 'none' | 'before' | 'after';

export interface BnExplorerConfig {
  layers: number;
  width: number;
  batch: number;
  activation: 'tanh' | 'relu';
  /** Standard deviation of every weight. */
  scale: number;
  placement: BnPlacement;
  /** Starting γ of every BatchNorm. */
  gamma: number;
  seed: number;
}

export interface BnExplorerLayer {
  layer: number;
  /** Statistics of the nonlinearity's input. */
  preMean: number;
  preStd: number;
  /** Statistics of the layer's output (what the next layer receives). */
  postMean: number;
  postStd: number;
  /** tanh: fraction with |h| > 0.99; relu: fraction exactly 0. */
  saturated: number;
  /** Mean local derivative of the nonlinearity, g'(z), over the batch. */
  meanLocalGrad: number;
  /** std of ∂L/∂(layer output) and of ∂L/∂W. */
  gradStd: number;
  weightGradStd: number;
  /** Histograms (30 bins) of the nonlinearity's input over [−PRE_RANGE, PRE_RANGE] and of its output. */
  preHist: { edges: number[]; counts: number[] };
  postHist: { edges: number[]; counts: number[] };
}

export type BnExplorerFrame = { phase: 'forward' | 'backward'; layer: number };

export interface BnExplorerResult {
  layers: BnExplorerLayer[];
  diverged: boolean;
  /** gradStd of the first layer / gradStd of the last. */
  gradRatio: number;
}

export const PRE_RANGE = 4;

export const bnExplorer: Experiment<BnExplorerConfig, BnExplorerFrame, BnExplorerResult> = async function* bnExplorer(
  config,
) {
  const { layers: L, width: D, batch: N } = config;
  checkMlpLimits({ sizes: Array.from({ length: L + 1 }, () => D) }, N);
  const root = new Rng(config.seed);
  const initRng = root.fork('init');
  const x = matrix(N, D);
  root.fork('data').fillNormal(x.data);

  interface Block {
    dense: Dense;
    pre: BatchNorm | null;
    act: Activation;
    post: BatchNorm | null;
  }
  const blocks: Block[] = [];
  for (let l = 0; l < L; l++) {
    const dense = new Dense(D, D, { init: { kind: 'normal', std: config.scale }, rng: initRng });
    const mk = () => {
      const b = new BatchNorm(D);
      b.gamma.value.fill(config.gamma);
      return b;
    };
    blocks.push({
      dense,
      pre: config.placement === 'before' ? mk() : null,
      act: new Activation(config.activation, D),
      post: config.placement === 'after' ? mk() : null,
    });
  }

  const out: BnExplorerLayer[] = [];
  let h: Matrix = x;
  let diverged = false;
  for (let l = 0; l < L; l++) {
    const b = blocks[l];
    let z = b.dense.forward(h, true);
    if (b.pre) z = b.pre.forward(z, true);
    const zCopy = matrix(N, D, Float64Array.from(z.data));
    let a = b.act.forward(z, true);
    const actOut = Float64Array.from(a.data);
    if (b.post) a = b.post.forward(a, true);
    h = a;
    const pre = moments(zCopy),
      post = moments(a);
    if (!Number.isFinite(pre.std) || !Number.isFinite(post.std)) diverged = true;
    let lg = 0;
    const Z = zCopy.data;
    for (let i = 0; i < Z.length; i++) {
      if (config.activation === 'tanh') {
        const t = tanh(Z[i]);
        lg += 1 - t * t;
      } else lg += Z[i] > 0 ? 1 : 0;
    }
    const ph = histogram(zCopy, 30, -PRE_RANGE, PRE_RANGE);
    // The nonlinearity's output: tanh over [−1, 1], ReLU over [0, its largest value].
    const am = moments(actOut);
    const isTanh = config.activation === 'tanh';
    const oh = histogram(actOut, 30, isTanh ? -1 : 0, isTanh ? 1 : Number.isFinite(am.max) && am.max > 0 ? am.max : 1);
    out.push({
      layer: l + 1,
      preMean: pre.mean,
      preStd: pre.std,
      postMean: post.mean,
      postStd: post.std,
      saturated: config.activation === 'tanh' ? saturatedFraction(actOut, 'tanh') : zeroFraction(actOut),
      meanLocalGrad: lg / Z.length,
      gradStd: NaN,
      weightGradStd: NaN,
      preHist: { edges: ph.edges, counts: ph.counts },
      postHist: { edges: oh.edges, counts: oh.counts },
    });
    yield { phase: 'forward', layer: l + 1 };
  }

  // Backward from L = Σ h_last ⊙ R.
  let g = matrix(N, D);
  root.fork('upstream').fillNormal(g.data);
  for (let l = L - 1; l >= 0; l--) {
    const b = blocks[l];
    out[l].gradStd = moments(g).std;
    let d = g;
    if (b.post) d = b.post.backward(d);
    d = b.act.backward(d);
    if (b.pre) d = b.pre.backward(d);
    d = b.dense.backward(d);
    out[l].weightGradStd = moments(b.dense.W.grad).std;
    g = d;
    yield { phase: 'backward', layer: l + 1 };
  }
  for (const o of out) if (!Number.isFinite(o.gradStd) || !Number.isFinite(o.weightGradStd)) diverged = true;
  return { layers: out, diverged, gradRatio: out[0].gradStd / out[L - 1].gradStd };
};
export default bnExplorer;
