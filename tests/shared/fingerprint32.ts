/**
 * One number that changes if any bit of the core's float32 products or float32 tanh changes.
 * The unit tests compute it in Node and the component tests in Chromium, each with both kernels
 * (TypeScript and WebAssembly); all must equal FLOAT32_FINGERPRINT, so the two engines and the
 * two kernels agree bit for bit. (After a deliberate change to the float32 kernels, put the
 * new value here.)
 */
import { Rng } from '../../src/core/rng.ts';
import { matrix32, matmul32, matmulAT32, matmulBT32, tanhForward32, type Matrix32 } from '../../src/core/matrix32.ts';

export const FLOAT32_FINGERPRINT = '528ae8fb';

/** FNV-1a over the 32-bit patterns of float32 values. */
class Hash32 {
  private h = 0x811c9dc5;
  private readonly w = new Uint32Array(1);
  private readonly f = new Float32Array(this.w.buffer);
  addAll(xs: Float32Array): void {
    for (const x of xs) {
      this.f[0] = x;
      const word = this.w[0];
      for (let b = 0; b < 32; b += 8) this.h = Math.imul(this.h ^ ((word >>> b) & 0xff), 0x01000193);
    }
  }
  hex(): string {
    return (this.h >>> 0).toString(16).padStart(8, '0');
  }
}

/** [n, k, m]: odd sizes around the 4×8 tile and the 4-wide SIMD lanes, and a depth past 512. */
export const FINGERPRINT_SHAPES: readonly [number, number, number][] = [
  [1, 1, 1],
  [1, 700, 1],
  [7, 13, 1],
  [1, 13, 7],
  [5, 9, 17],
  [33, 600, 10],
  [64, 64, 64],
  [130, 1030, 70],
];

/** The fingerprint of matmul32, matmulAT32, matmulBT32 and tanhForward32 under the current kernel choice. */
export function fingerprint32(): string {
  const h = new Hash32();
  const rng = new Rng('fingerprint32');
  const random = (rows: number, cols: number): Matrix32 =>
    matrix32(rows, cols, Float32Array.from(rng.fillNormal(new Float64Array(rows * cols))));
  for (const [n, k, m] of FINGERPRINT_SHAPES) {
    h.addAll(matmul32(random(n, k), random(k, m)).data);
    h.addAll(matmulAT32(random(k, n), random(k, m)).data);
    h.addAll(matmulBT32(random(n, k), random(m, k)).data);
  }
  const x = Float32Array.from({ length: 20_000 }, () => rng.range(-12, 12));
  x.set([0, -0, 1e-30, -1e-30, 2 ** -12, 2 ** -13, 9.1, -9.2, Infinity, -Infinity, 1e-45]);
  h.addAll(tanhForward32(x));
  h.addAll(tanhForward32(x.subarray(0, 3))); // a call below the WebAssembly cut-off
  return h.hex();
}
