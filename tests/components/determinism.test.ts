/**
 * In Chromium, the core's transcendental functions, Gaussian draws and activations give exactly
 * the bits they give in Node (tests/core/mathfn.test.ts checks the same fingerprint there).
 */
import { expect, test } from 'vitest';
import { MATHFN_FINGERPRINT, fingerprint } from '../shared/fingerprint.ts';

test(`the fingerprint computed in Chromium is ${MATHFN_FINGERPRINT}, as in Node`, () => {
  expect(fingerprint()).toBe(MATHFN_FINGERPRINT);
});
