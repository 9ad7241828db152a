/**
 * Which kernel runs the matrix products (float64 and float32) and tanhForward32: the one piece
 * of state they share, set by setMatmulKernel (re-exported by matrix.ts).
 *
 *   'ts'    TypeScript for every call;
 *   'wasm'  WebAssembly for every call (tests, benchmarks);
 *   'auto'  (default) WebAssembly for calls above each routine's measured crossover, TypeScript below.
 *
 * Asking for 'wasm' or 'auto' where WebAssembly SIMD is unavailable silently falls back to
 * TypeScript, which gives the same bits.
 */

/** Which kernel runs the products: see the header comment. */
export type MatmulKernelChoice = 'ts' | 'wasm' | 'auto';

let requested: MatmulKernelChoice = 'auto';

/** Chooses the kernel for all later calls (see the header comment). */
export function setMatmulKernel(choice: MatmulKernelChoice): void {
  if (choice !== 'ts' && choice !== 'wasm' && choice !== 'auto') {
    throw new Error(`setMatmulKernel: unknown kernel '${String(choice)}'`);
  }
  requested = choice;
}

/** The kernel asked for by the last setMatmulKernel ('auto' until then). */
export function requestedKernel(): MatmulKernelChoice {
  return requested;
}

/**
 * Whether a call should try WebAssembly: always under 'wasm', never under 'ts', and under
 * 'auto' when `aboveCrossover` (the caller's measured size test) holds.
 */
export function useWasm(aboveCrossover: boolean): boolean {
  return requested === 'wasm' || (requested === 'auto' && aboveCrossover);
}
