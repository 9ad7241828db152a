/**
 * The network API in one import: the model (model.ts), the training step and evaluation
 * (train-step.ts), and minibatches (batching.ts). Side-by-side training of several networks on
 * one batch stream is trainer.ts.
 *
 *   const { init, shuffle } = streams(seed);
 *   const net = buildMlp({ sizes: [2, 100, 3], activation: 'relu', init: { kind: 'he', dist: 'normal' } }, init);
 *   const opt = makeOptimizer({ kind: 'adam', lr: 1e-2 });
 *   const batches = batchIterator(data.x.rows, 64, shuffle);
 *   const idx = batches.next();
 *   const r = trainStep(net, opt, gatherRows(data.x, idx), gatherLabels(data.y, idx), { weightDecay: 1e-4 });
 *   evaluate(net, testX, testY);                // { loss, accuracy } in inference mode
 */
export { Sequential, buildMlp, type AnyLayer, type LayerOf, type MlpConfig } from './model.ts';
export {
  argmaxAccuracy,
  evaluate,
  predict,
  trainStep,
  type EvaluateOptions,
  type StepReport,
  type TrainStepOptions,
} from './train-step.ts';
export { batchIterator, gatherLabels, gatherRows, rowSlice, type BatchIterator } from './batching.ts';
