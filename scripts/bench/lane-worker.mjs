/**
 * A lane of the Node pool (scripts/bench-experiments.mjs): a worker thread that runs whole runs
 * of a sweep, posting each frame and then the result, as a helper of the browser's pool does
 * (src/workers/experiment.worker.ts with `part: 'run'`).
 *
 * Messages in: { part, id, config }. Out: { part, kind: 'frame', frame } | { part, kind: 'done', result }
 * | { part, kind: 'error', message }. Posts { kind: 'ready' } once MNIST is loaded.
 */
import { parentPort } from 'node:worker_threads';
import { nodeContext } from '../../src/core/data/mnist-node.ts';

await nodeContext.loadMnist();
parentPort.on('message', async ({ part, id, config }) => {
  try {
    const mod = await import(`../../src/core/experiments/${id}.ts`);
    const it = mod.sweep.run(config, nodeContext);
    for (;;) {
      const s = await it.next();
      if (s.done) {
        parentPort.postMessage({ part, kind: 'done', result: s.value });
        return;
      }
      parentPort.postMessage({ part, kind: 'frame', frame: s.value });
    }
  } catch (e) {
    parentPort.postMessage({ part, kind: 'error', message: e instanceof Error ? e.message : String(e) });
  }
});
parentPort.postMessage({ kind: 'ready' });
