/**
 * tanh in float32 arithmetic: the same number in every engine, from TypeScript or WebAssembly.
 *
 *   tanh32(0.5)            // 0.46211716… (a float32 value)
 *   tanhForward32(z, a)    // a[i] = tanh32(z[i]) over Float32Arrays, with the SIMD kernel when it loads
 *
 * The method is mathfn.ts's tanh carried to float32: tanh|x| = t/(t + 2) with t = e^(2|x|) − 1,
 * and e^y − 1 = 2ᵏ·(eʳ − 1) + (2ᵏ − 1) after reducing y = k·ln 2 + r, |r| ≤ ln2/2 (Cody–Waite,
 * ln 2 split in two so that k·LN2_HI is exact), eʳ − 1 from Taylor's series to r⁷ (the first
 * omitted term, r⁸/8!, is below 2⁻²⁶ of the result). Every operation is an IEEE float32 +, −,
 * × or ÷, written here as a float64 operation on float32 values rounded by Math.fround: the
 * float64 result of +, −, × or ÷ on two float32 values, rounded to float32, is the correctly
 * rounded float32 result (float64 has more than 2·24 + 2 bits), so this file and the f32x4
 * code in matmul32-tanh.wat, which performs the same operations in the same order, agree bit for bit.
 * Measured against float64 tanh over every 7th float32 in [2⁻¹⁴, 10]: within 2 ulp.
 *
 * Edge cases: |x| < 2⁻¹² returns x (the cubic term is below half an ulp; keeps −0); |x| is
 * clamped at 9.1, beyond which tanh rounds to ±1; NaN gives NaN.
 */
import { loadWasm32, wasmTanh32 } from './wasm-gemm32.ts';
import { useWasm } from './choice.ts';

const fr = Math.fround;
const TINY = 2 ** -12;
const CLAMP = fr(9.1);
const INV_LN2 = fr(1 / Math.LN2);
/** ln 2 = LN2_HI + LN2_LO to ~2⁻⁴²; LN2_HI (0x3f317200) has 15 significant bits. */
const LN2_HI = 0.693145751953125;
const LN2_LO = fr(1.4286067653e-6);
const C3 = fr(1 / 6),
  C4 = fr(1 / 24),
  C5 = fr(1 / 120),
  C6 = fr(1 / 720),
  C7 = fr(1 / 5040);
/** 2ᵏ for the k that occur (0 ≤ k ≤ 27 since 2|x| ≤ 18.2). */
const POW2 = new Float64Array(28);
POW2[0] = 1;
for (let k = 1; k < POW2.length; k++) POW2[k] = 2 * POW2[k - 1];

/** tanh(x) in float32 arithmetic, for x a float32 value (within 2 ulp; see the header). */
export function tanh32(x: number): number {
  let a = x < 0 ? -x : x;
  if (a < TINY) return x;
  if (!(a <= CLAMP)) {
    if (a !== a) return x; // NaN
    a = CLAMP;
  }
  const y = a + a;
  const k = Math.floor(fr(fr(y * INV_LN2) + 0.5));
  const r = fr(fr(y - fr(k * LN2_HI)) - fr(k * LN2_LO));
  let q = fr(C6 + fr(r * C7));
  q = fr(C5 + fr(r * q));
  q = fr(C4 + fr(r * q));
  q = fr(C3 + fr(r * q));
  q = fr(0.5 + fr(r * q));
  const e = fr(r + fr(fr(r * r) * q)); // eʳ − 1
  const s = POW2[k];
  const t = fr(fr(s * e) + fr(s - 1)); // e^y − 1
  const th = fr(t / fr(t + 2));
  return x < 0 ? -th : th;
}

/**
 * Below this many elements tanhForward32 stays in TypeScript in 'auto' mode: copying into the
 * module and back costs more than it saves (measured, BENCHMARKS.md).
 */
export const WASM_TANH_MIN = 8;

/**
 * out[i] = tanh32(x[i]) for every i (out may be x itself); returns out. With the WebAssembly
 * kernel when the kernel choice allows it (setMatmulKernel), in TypeScript otherwise: the same bits.
 */
export function tanhForward32(x: Float32Array, out: Float32Array = new Float32Array(x.length)): Float32Array {
  if (out.length !== x.length) throw new Error(`tanhForward32: out has ${out.length} elements, x ${x.length}`);
  if (useWasm(x.length >= WASM_TANH_MIN) && loadWasm32() && wasmTanh32(x, out)) return out;
  for (let i = 0; i < x.length; i++) out[i] = tanh32(x[i]);
  return out;
}
