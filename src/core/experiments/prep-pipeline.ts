/**
 * The preprocessing pipeline (P2, P3, P4) on a correlated 2-D point cloud with features of very
 * different scales, far from the origin. Statistics are computed on the training split only:
 *
 *   centred     x − μ
 *   normalised  (x − μ)/σ             per feature
 *   decorrelated (x − μ)·U            U = eigenvectors of the covariance Σ = Uᵀ… (PCA rotation)
 *   whitened    (x − μ)·U·Λ^(−1/2)    every direction at unit variance
 *
 * and the same transforms (with the training μ, σ, U, Λ) are applied to a held-out split. The
 * covariance of each stage is reported for both splits. Then what goes wrong when the held-out
 * statistics are recomputed on a small held-out batch instead: a linear classifier (softmax,
 * trained by the core on the whitened training data) is scored on held-out batches transformed
 * with the training statistics and with each batch's own statistics.
 *
 *   const { result } = await runToEnd(prepPipeline, { n: 400, scaleRatio: 20, correlation: 0.8, … }, ctx);
 *   result.stages[4].trainCov     // ≈ identity
 *   result.accTrainStats, result.accOwnStats
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { matrix } from '../matrix.ts';
import { buildMlp, evaluate } from '../network.ts';
import { Trainer } from '../trainer.ts';
import { makeOptimizer } from '../optimizers.ts';
import { checkLimit } from '../limits.ts';
import { hypot } from '../mathfn.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'prep-pipeline';

export interface PrepPipelineConfig {
  /** Training points (the held-out split has n/2). */
  n: number;
  /** Ratio of the two features' standard deviations. */
  scaleRatio: number;
  /** Correlation between the two features. */
  correlation: number;
  /** Where the raw cloud is centred (both coordinates). */
  offset: number;
  /** Size of the held-out batches whose own statistics are used in the "recomputed" case. */
  heldBatch: number;
  seed: number;
}

export type Cov = [number, number, number]; // [var1, cov12, var2]

export interface PrepStage {
  name: 'raw' | 'centred' | 'normalised' | 'decorrelated' | 'whitened';
  train: number[]; // interleaved x, y
  held: number[];
  trainMean: [number, number];
  trainCov: Cov;
  heldMean: [number, number];
  heldCov: Cov;
}

export interface PrepPipelineResult {
  stages: PrepStage[];
  /** Training statistics. */
  mean: [number, number];
  std: [number, number];
  /** Eigenvalues (descending) and eigenvectors (columns) of the training covariance. */
  eigenvalues: [number, number];
  eigenvectors: [[number, number], [number, number]];
  labelsTrain: number[];
  labelsHeld: number[];
  /** Held-out accuracy of the classifier with training statistics, and with each held-out batch's own statistics. */
  accTrainStats: number;
  accOwnStats: number;
  /** Mean distance, in whitened units, between a held-out point transformed both ways. */
  shift: number;
}

export function meanCov(d: ArrayLike<number>): { mean: [number, number]; cov: Cov } {
  const n = d.length / 2;
  let m1 = 0,
    m2 = 0;
  for (let i = 0; i < n; i++) {
    m1 += d[2 * i] / n;
    m2 += d[2 * i + 1] / n;
  }
  let a = 0,
    b = 0,
    c = 0;
  for (let i = 0; i < n; i++) {
    const u = d[2 * i] - m1,
      v = d[2 * i + 1] - m2;
    a += (u * u) / n;
    b += (u * v) / n;
    c += (v * v) / n;
  }
  return { mean: [m1, m2], cov: [a, b, c] };
}

/** Eigen-decomposition of a symmetric 2×2 matrix [[a, b], [b, c]]: λ1 ≥ λ2, unit eigenvectors as columns. */
export function eig2(cov: Cov): { values: [number, number]; vectors: [[number, number], [number, number]] } {
  const [a, b, c] = cov;
  const tr = a + c,
    det = a * c - b * b;
  const disc = Math.sqrt(Math.max(0, (tr * tr) / 4 - det));
  const l1 = tr / 2 + disc,
    l2 = tr / 2 - disc;
  let v1: [number, number];
  if (Math.abs(b) > 1e-300) v1 = [l1 - c, b];
  else v1 = a >= c ? [1, 0] : [0, 1];
  const nv = hypot(v1[0], v1[1]);
  v1 = [v1[0] / nv, v1[1] / nv];
  // A fixed sign convention (largest component positive), so that two estimates of the same
  // axes do not differ by a flip.
  if (Math.abs(v1[0]) >= Math.abs(v1[1]) ? v1[0] < 0 : v1[1] < 0) v1 = [-v1[0], -v1[1]];
  let v2: [number, number] = [-v1[1], v1[0]];
  if (Math.abs(v2[0]) >= Math.abs(v2[1]) ? v2[0] < 0 : v2[1] < 0) v2 = [-v2[0], -v2[1]];
  return {
    values: [l1, l2],
    vectors: [
      [v1[0], v2[0]],
      [v1[1], v2[1]],
    ],
  };
}

interface Stats {
  mean: [number, number];
  std: [number, number];
  U: [[number, number], [number, number]];
  lambda: [number, number];
}

function stats(d: ArrayLike<number>): Stats {
  const { mean, cov } = meanCov(d);
  const e = eig2(cov);
  return { mean, std: [Math.sqrt(cov[0]), Math.sqrt(cov[2])], U: e.vectors, lambda: e.values };
}

function transform(d: ArrayLike<number>, s: Stats, stage: PrepStage['name']): number[] {
  const out: number[] = [];
  const eps = 1e-12;
  for (let i = 0; i < d.length / 2; i++) {
    let u = d[2 * i],
      v = d[2 * i + 1];
    if (stage === 'raw') {
      out.push(u, v);
      continue;
    }
    u -= s.mean[0];
    v -= s.mean[1];
    if (stage === 'normalised') out.push(u / s.std[0], v / s.std[1]);
    else if (stage === 'centred') out.push(u, v);
    else {
      const p = u * s.U[0][0] + v * s.U[1][0],
        q = u * s.U[0][1] + v * s.U[1][1];
      if (stage === 'decorrelated') out.push(p, q);
      else out.push(p / Math.sqrt(s.lambda[0] + eps), q / Math.sqrt(s.lambda[1] + eps));
    }
  }
  return out;
}

export const prepPipeline: Experiment<PrepPipelineConfig, { stage: string }, PrepPipelineResult> =
  async function* prepPipeline(config) {
    checkLimit('maxSamples', config.n * 2, 'points');
    const root = new Rng(config.seed);
    const n = Math.max(10, Math.round(config.n));
    const nh = Math.max(4, Math.round(n / 2));
    const rho = Math.max(-0.99, Math.min(0.99, config.correlation));
    const s1 = 1,
      s2 = config.scaleRatio;
    // Two classes, split along a direction that is not an axis; the cloud's shape comes from the
    // correlation and the scales.
    const draw = (m: number, rng: Rng) => {
      const d = new Float64Array(2 * m);
      const lab: number[] = [];
      for (let i = 0; i < m; i++) {
        const a = rng.normal(),
          b = rng.normal();
        const cls = i % 2;
        // the two classes sit either side of the cloud's long axis, 0.9 apart in standard units
        const shift = cls ? 0.45 : -0.45;
        const z1 = a + shift,
          z2 = rho * a + Math.sqrt(1 - rho * rho) * b - Math.sign(rho || 1) * shift;
        d[2 * i] = config.offset + s1 * z1;
        d[2 * i + 1] = config.offset + s2 * z2;
        lab.push(cls);
      }
      return { d, lab };
    };
    const tr = draw(n, root.fork('train'));
    const he = draw(nh, root.fork('held'));
    const st = stats(tr.d);
    const names: PrepStage['name'][] = ['raw', 'centred', 'normalised', 'decorrelated', 'whitened'];
    const stages: PrepStage[] = [];
    for (const name of names) {
      const train = transform(tr.d, st, name);
      const held = transform(he.d, st, name);
      const a = meanCov(train),
        b = meanCov(held);
      stages.push({ name, train, held, trainMean: a.mean, trainCov: a.cov, heldMean: b.mean, heldCov: b.cov });
      yield { stage: name };
    }
    // A linear softmax classifier on the whitened training data.
    const w = stages[4];
    const xt = matrix(n, 2, Float64Array.from(w.train));
    const yt = Int32Array.from(tr.lab);
    const net = buildMlp({ sizes: [2, 2], activation: 'identity', init: { kind: 'zeros' } }, root.fork('init'));
    new Trainer({
      entries: [{ name: 'linear', net, optimizer: makeOptimizer({ kind: 'adam', lr: 0.05 }) }],
      data: { x: xt, y: yt },
    }).run(300);
    const yh = Int32Array.from(he.lab);
    const accTrainStats = evaluate(net, matrix(nh, 2, Float64Array.from(w.held)), yh).accuracy;
    // Own statistics: each held-out batch of `heldBatch` consecutive points (drawn in a random
    // order, so a small batch's mean and spread wander) is whitened with its own μ, U, Λ.
    const order = root.fork('order').permutation(nh);
    const own = new Float64Array(2 * nh);
    const bs = Math.max(2, Math.min(nh, Math.round(config.heldBatch)));
    let shift = 0;
    for (let s = 0; s < nh; s += bs) {
      const idx = Array.from(order.subarray(s, Math.min(nh, s + bs)));
      const part = new Float64Array(2 * idx.length);
      idx.forEach((i, r) => part.set([he.d[2 * i], he.d[2 * i + 1]], 2 * r));
      const t = transform(part, idx.length >= 3 ? stats(part) : st, 'whitened');
      idx.forEach((i, r) => {
        own[2 * i] = t[2 * r];
        own[2 * i + 1] = t[2 * r + 1];
        shift += hypot(t[2 * r] - w.held[2 * i], t[2 * r + 1] - w.held[2 * i + 1]) / nh;
      });
    }
    const accOwnStats = evaluate(net, matrix(nh, 2, own), yh).accuracy;
    return {
      stages,
      mean: st.mean,
      std: st.std,
      eigenvalues: st.lambda,
      eigenvectors: st.U,
      labelsTrain: tr.lab,
      labelsHeld: he.lab,
      accTrainStats,
      accOwnStats,
      shift,
    };
  };
export default prepPipeline;
