/**
 * Node-only MNIST loading, for tests and build-time runs. Kept apart from mnist.ts so that no
 * browser bundle ever imports node:fs or node:zlib.
 *
 *   import { nodeContext } from '../../src/core/data/mnist-node.ts';
 *   const data = await nodeContext.loadMnist();       // read once, then memoised
 *   const { result } = await runToEnd(experiment, config, nodeContext);
 *
 * The asset is public/data/mnist.bin.gz (1,616,942 bytes; 7,996 training + 2,004 test images),
 * made by scripts/prepare-data.mjs, which every command that needs it runs first (dev, build,
 * the test command, and the unit tests' global setup). The core only reads it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { ExperimentContext } from '../experiments/types.ts';
import { decodeMnist, type MnistData } from './mnist.ts';

/** Absolute path of the default asset, public/data/mnist.bin.gz. */
export const DEFAULT_MNIST_PATH = fileURLToPath(new URL('../../../public/data/mnist.bin.gz', import.meta.url));

/** Reads, gunzips and decodes the MNIST asset (default: public/data/mnist.bin.gz). */
export function loadMnistFromDisk(path?: string): MnistData {
  const file = path ?? DEFAULT_MNIST_PATH;
  if (!existsSync(file)) {
    throw new Error(`loadMnistFromDisk: ${file} does not exist (make it with: node scripts/prepare-data.mjs)`);
  }
  const gz = readFileSync(file);
  return decodeMnist(new Uint8Array(gunzipSync(gz)));
}

let cached: Promise<MnistData> | null = null;

/** The experiment context for Node: MNIST from disk, loaded once per process. */
export const nodeContext: ExperimentContext = {
  loadMnist(): Promise<MnistData> {
    if (!cached) {
      try {
        cached = Promise.resolve(loadMnistFromDisk());
      } catch (err) {
        return Promise.reject(err);
      }
    }
    return cached;
  },
};
