/**
 * One number that changes if any bit of the core's transcendental functions, its Gaussian draws
 * or its activations changes. The unit tests compute it in Node and the component tests in
 * Chromium; both compare it with MATHFN_FINGERPRINT, so the two engines must agree bit for bit.
 * (After a deliberate change to mathfn.ts, rng.ts or activations.ts, put the new value here.)
 */
import * as M from '../../src/core/mathfn.ts';
import { Rng } from '../../src/core/rng.ts';
import { ACTIVATIONS, activation, erf, erfc } from '../../src/core/activations.ts';
import { matrix } from '../../src/core/matrix.ts';
import { softmaxCrossEntropy } from '../../src/core/losses.ts';

export const MATHFN_FINGERPRINT = 'a158c16d';

/** FNV-1a over the 64-bit patterns of a sequence of doubles. */
class Hash {
  private h = 0x811c9dc5;
  private readonly f = new Float64Array(1);
  private readonly w = new Uint32Array(this.f.buffer);
  add(x: number): void {
    this.f[0] = x;
    for (const word of this.w)
      for (let b = 0; b < 32; b += 8) this.h = Math.imul(this.h ^ ((word >>> b) & 0xff), 0x01000193);
  }
  hex(): string {
    return (this.h >>> 0).toString(16).padStart(8, '0');
  }
}

/** How many arguments each function is evaluated at (spread over its whole range). */
const N = 4000;

export function fingerprint(): string {
  const h = new Hash();
  const rng = new Rng('fingerprint');
  const at = (lo: number, hi: number) => rng.range(lo, hi);
  const one: [(x: number) => number, number, number][] = [
    [M.exp, -746, 710],
    [M.exp, -2, 2],
    [M.expm1, -40, 40],
    [M.expm1, -1e-3, 1e-3],
    [M.log, 0, 1e300],
    [M.log, 0.5, 2],
    [M.log, 0, 1e-300],
    [M.log1p, -1, 1e10],
    [M.log1p, -0.3, 0.4],
    [M.tanh, -25, 25],
    [M.tanh, -1, 1],
    [M.sin, -1e4, 1e4],
    [M.cos, -1e4, 1e4],
    [M.sin, -4, 4],
    [M.cos, -4, 4],
    [M.pow10, -12, 4],
    [M.log10, 0, 1e6],
    [erf, -7, 7],
    [erfc, -7, 30],
  ];
  for (const [f, lo, hi] of one) for (let i = 0; i < N; i++) h.add(f(at(lo, hi)));
  for (let i = 0; i < N; i++) h.add(M.hypot(at(-1e3, 1e3), at(-1e3, 1e3)));
  for (let i = 0; i < 200; i++) h.add(M.powInt(at(0.9, 0.9999), i * 50));
  for (const name of ACTIVATIONS) {
    const act = activation(name);
    for (let i = 0; i < N; i++) {
      const x = at(-40, 40);
      const y = act.f(x);
      h.add(y);
      h.add(act.df(x, y));
    }
  }
  const normals = new Rng(1);
  for (let i = 0; i < 10 * N; i++) h.add(normals.normal());
  const scores = matrix(64, 10);
  new Rng(2).fillNormal(scores.data, 3);
  const labels = Array.from({ length: 64 }, (_, i) => i % 10);
  const { loss, dscores } = softmaxCrossEntropy(scores, labels);
  h.add(loss);
  for (const v of dscores.data) h.add(v);
  return h.hex();
}
