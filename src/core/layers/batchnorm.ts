/**
 * Batch normalisation (Ioffe & Szegedy 2015) of each feature (column) over the batch.
 *
 *   const bn = new BatchNorm(100);                 // momentum 0.9, eps 1e-5
 *   const y = bn.forward(z, true);                 // training: batch statistics
 *   const dz = bn.backward(dy);                    // fills gamma.grad and beta.grad
 *   bn.forward(zTest, false);                      // inference: running statistics
 *
 * Training mode, for each feature j over the N rows of the batch:
 *   μ  = (1/N) Σᵢ xᵢ                  batch mean
 *   σ² = (1/N) Σᵢ (xᵢ − μ)²           batch variance, biased (divided by N, not N − 1)
 *   x̂ᵢ = (xᵢ − μ) / √(σ² + ε)         normalised
 *   yᵢ = γ·x̂ᵢ + β                     scaled and shifted by the learned γ, β
 * and the running statistics move towards the batch's:
 *   running = momentum·running + (1 − momentum)·batch      (momentum = 0.9 keeps 90% of the old)
 * PyTorch states its `momentum` the other way round (running = (1 − m)·running + m·batch, with
 * m = 0.1 by default), so PyTorch's 0.1 is this 0.9. PyTorch also stores the unbiased batch
 * variance (× N/(N − 1)) in its running variance; here the running variance averages the same
 * biased σ² used for normalising.
 *
 * Inference mode uses the running statistics instead: y = γ·(x − μ_run)/√(σ²_run + ε) + β,
 * a fixed affine map of each feature.
 *
 * Backward, training mode (μ and σ² depend on every row, so every row's x feeds every dx):
 *   dβ  = Σᵢ dyᵢ
 *   dγ  = Σᵢ dyᵢ·x̂ᵢ
 *   dx̂ᵢ = dyᵢ·γ
 *   dxᵢ = (1/N)·(1/√(σ² + ε))·(N·dx̂ᵢ − Σₖ dx̂ₖ − x̂ᵢ·Σₖ dx̂ₖ·x̂ₖ)
 * Backward, inference mode (the statistics are constants):
 *   dxᵢ = dyᵢ·γ/√(σ²_run + ε),  dγ and dβ as above.
 */
import type { Matrix } from '../matrix.ts';
import { param, type Layer, type Param } from './layer.ts';
import { BufferCache } from './buffers.ts';

export interface BatchNormOptions {
  /** Weight of the old value in the running averages (default 0.9; PyTorch's 0.1). */
  momentum?: number;
  /** Added to the variance before the square root (default 1e-5). */
  eps?: number;
}

export class BatchNorm implements Layer {
  readonly kind = 'batchnorm';
  readonly inputSize: number;
  readonly outputSize: number;
  readonly momentum: number;
  readonly eps: number;
  /** Scale γ, 1 × size, initialised to 1 (no decay). */
  readonly gamma: Param;
  /** Shift β, 1 × size, initialised to 0 (no decay). */
  readonly beta: Param;
  /** Running mean of each feature (starts at 0), used at inference. */
  readonly runningMean: Float64Array;
  /** Running (biased) variance of each feature (starts at 1), used at inference. */
  readonly runningVar: Float64Array;

  /** 1/√(σ² + ε) per feature, from the last forward call (batch or running σ²). */
  private readonly invStd: Float64Array;
  private readonly mean: Float64Array;
  private readonly sumDxhat: Float64Array;
  private readonly sumDxhatXhat: Float64Array;
  private readonly xhatOut: BufferCache;
  private readonly out: BufferCache;
  private readonly dxOut: BufferCache;
  private readonly inferOut: BufferCache;
  private readonly inferMean: Float64Array;
  private readonly inferInvStd: Float64Array;
  private xhat: Matrix | null = null;
  private lastTraining = false;

  constructor(size: number, opts: BatchNormOptions = {}) {
    this.inputSize = size;
    this.outputSize = size;
    this.momentum = opts.momentum ?? 0.9;
    this.eps = opts.eps ?? 1e-5;
    this.gamma = param('gamma', 1, size, false, new Float64Array(size).fill(1));
    this.beta = param('beta', 1, size, false);
    this.runningMean = new Float64Array(size);
    this.runningVar = new Float64Array(size).fill(1);
    this.invStd = new Float64Array(size);
    this.mean = new Float64Array(size);
    this.sumDxhat = new Float64Array(size);
    this.sumDxhatXhat = new Float64Array(size);
    this.xhatOut = new BufferCache(size);
    this.out = new BufferCache(size);
    this.dxOut = new BufferCache(size);
    this.inferOut = new BufferCache(size);
    this.inferMean = new Float64Array(size);
    this.inferInvStd = new Float64Array(size);
  }

  forward(x: Matrix, training: boolean): Matrix {
    const D = this.inputSize,
      N = x.rows;
    if (x.cols !== D) throw new Error(`BatchNorm: input has ${x.cols} columns, expected ${D}`);
    const X = x.data,
      mean = this.mean,
      invStd = this.invStd;

    if (training) {
      if (N < 1) throw new Error('BatchNorm: empty batch');
      // μ = (1/N) Σᵢ xᵢ
      mean.fill(0);
      for (let i = 0; i < N; i++) for (let j = 0; j < D; j++) mean[j] += X[i * D + j];
      for (let j = 0; j < D; j++) mean[j] /= N;
      // σ² = (1/N) Σᵢ (xᵢ − μ)²   (kept in invStd for now)
      invStd.fill(0);
      for (let i = 0; i < N; i++) {
        for (let j = 0; j < D; j++) {
          const c = X[i * D + j] - mean[j];
          invStd[j] += c * c;
        }
      }
      const m = this.momentum;
      for (let j = 0; j < D; j++) {
        const variance = invStd[j] / N;
        // running = momentum·running + (1 − momentum)·batch
        this.runningMean[j] = m * this.runningMean[j] + (1 - m) * mean[j];
        this.runningVar[j] = m * this.runningVar[j] + (1 - m) * variance;
        invStd[j] = 1 / Math.sqrt(variance + this.eps);
      }
    } else {
      this.runningScale(mean, invStd);
    }

    const xhat = this.xhatOut.get(N);
    const y = this.normalise(x, mean, invStd, xhat, this.out.get(N));
    this.xhat = xhat;
    this.lastTraining = training;
    return y;
  }

  /** Inference mode (running statistics) into separate buffers, caching nothing for backward. */
  infer(x: Matrix): Matrix {
    if (x.cols !== this.inputSize)
      throw new Error(`BatchNorm: input has ${x.cols} columns, expected ${this.inputSize}`);
    this.runningScale(this.inferMean, this.inferInvStd);
    return this.normalise(x, this.inferMean, this.inferInvStd, null, this.inferOut.get(x.rows));
  }

  /** The running statistics: a training forward moves them, a rejected step puts them back. */
  state(): Float64Array[] {
    return [this.runningMean, this.runningVar];
  }

  /** μ_run and 1/√(σ²_run + ε), per feature. */
  private runningScale(mean: Float64Array, invStd: Float64Array): void {
    for (let j = 0; j < this.inputSize; j++) {
      mean[j] = this.runningMean[j];
      invStd[j] = 1 / Math.sqrt(this.runningVar[j] + this.eps);
    }
  }

  /** x̂ = (x − μ)/√(σ² + ε) (kept in `xhat` if given);  y = γ·x̂ + β. */
  private normalise(x: Matrix, mean: Float64Array, invStd: Float64Array, xhat: Matrix | null, y: Matrix): Matrix {
    const D = this.inputSize,
      N = x.rows,
      X = x.data;
    const XH = xhat?.data,
      Y = y.data,
      g = this.gamma.value,
      b = this.beta.value;
    for (let i = 0; i < N; i++) {
      for (let j = 0; j < D; j++) {
        const k = i * D + j;
        const h = (X[k] - mean[j]) * invStd[j];
        if (XH) XH[k] = h;
        Y[k] = g[j] * h + b[j];
      }
    }
    return y;
  }

  backward(dout: Matrix): Matrix {
    const xhat = this.xhat;
    if (!xhat) throw new Error('BatchNorm: backward before forward');
    const D = this.inputSize,
      N = xhat.rows;
    if (dout.rows !== N || dout.cols !== D)
      throw new Error(`BatchNorm: dout is ${dout.rows}×${dout.cols}, expected ${N}×${D}`);
    const DY = dout.data,
      XH = xhat.data,
      g = this.gamma.value,
      invStd = this.invStd;
    const dgamma = this.gamma.grad,
      dbeta = this.beta.grad;

    // dβ = Σᵢ dyᵢ,  dγ = Σᵢ dyᵢ·x̂ᵢ
    dgamma.fill(0);
    dbeta.fill(0);
    for (let i = 0; i < N; i++) {
      for (let j = 0; j < D; j++) {
        const k = i * D + j;
        dbeta[j] += DY[k];
        dgamma[j] += DY[k] * XH[k];
      }
    }

    const dx = this.dxOut.get(N),
      DX = dx.data;
    if (!this.lastTraining) {
      // dx = dy·γ/√(σ²_run + ε)
      for (let i = 0; i < N; i++) for (let j = 0; j < D; j++) DX[i * D + j] = DY[i * D + j] * g[j] * invStd[j];
      return dx;
    }

    // With dx̂ = dy·γ:  Σₖ dx̂ₖ = γ·dβ  and  Σₖ dx̂ₖ·x̂ₖ = γ·dγ.
    const s1 = this.sumDxhat,
      s2 = this.sumDxhatXhat;
    for (let j = 0; j < D; j++) {
      s1[j] = g[j] * dbeta[j];
      s2[j] = g[j] * dgamma[j];
    }
    // dx = (1/N)·(1/√(σ² + ε))·(N·dx̂ − Σₖ dx̂ₖ − x̂·Σₖ dx̂ₖ·x̂ₖ)
    for (let i = 0; i < N; i++) {
      for (let j = 0; j < D; j++) {
        const k = i * D + j;
        const dxhat = DY[k] * g[j];
        DX[k] = (invStd[j] / N) * (N * dxhat - s1[j] - XH[k] * s2[j]);
      }
    }
    return dx;
  }

  params(): Param[] {
    return [this.gamma, this.beta];
  }
}
