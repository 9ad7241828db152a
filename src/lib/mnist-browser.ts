/**
 * The MNIST subset in the browser: fetched from the site itself (public/data/mnist.bin.gz, made
 * at build time by scripts/prepare-data.mjs) the first time an experiment asks for it, then
 * kept for the life of the worker. Never fetched on page load.
 */
import { decodeMnist, type MnistData } from '../core/data/mnist.ts';
import type { ExperimentContext } from '../core/experiments/types.ts';

let cache: Promise<MnistData> | null = null;

async function gunzipIfNeeded(bytes: Uint8Array): Promise<Uint8Array> {
  // A server may already have undone the gzip (Content-Encoding); look at the magic number.
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function loadMnistBrowser(): Promise<MnistData> {
  cache ??= (async () => {
    const url = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}data/mnist.bin.gz`, self.location.origin);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`could not load the MNIST subset (${res.status} ${res.statusText})`);
    return decodeMnist(await gunzipIfNeeded(new Uint8Array(await res.arrayBuffer())));
  })();
  cache.catch(() => (cache = null));
  return cache;
}

export const browserContext: ExperimentContext = { loadMnist: loadMnistBrowser };
