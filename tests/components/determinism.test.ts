/**
 * In Chromium, the core's transcendental functions, Gaussian draws and activations give exactly
 * the bits they give in Node (tests/core/mathfn.test.ts checks the same fingerprint there), and
 * so do the float32 products and tanh, with either kernel (tests/core/matrix32.test.ts).
 */
import { afterEach, expect, test } from 'vitest';
import { MATHFN_FINGERPRINT, fingerprint } from '../shared/fingerprint.ts';
import { FLOAT32_FINGERPRINT, fingerprint32 } from '../shared/fingerprint32.ts';
import { setMatmulKernel } from '../../src/core/matrix.ts';
import { matmulKernel32 } from '../../src/core/matrix32.ts';

afterEach(() => setMatmulKernel('auto'));

test(`the fingerprint computed in Chromium is ${MATHFN_FINGERPRINT}, as in Node`, () => {
  expect(fingerprint()).toBe(MATHFN_FINGERPRINT);
});

test.each(['ts', 'wasm'] as const)(
  `the float32 fingerprint computed in Chromium with the %s kernel is ${FLOAT32_FINGERPRINT}, as in Node`,
  (kernel) => {
    setMatmulKernel(kernel);
    expect(matmulKernel32()).toBe(kernel); // Chromium has WebAssembly SIMD: 'wasm' really runs it
    expect(fingerprint32()).toBe(FLOAT32_FINGERPRINT);
  },
);
