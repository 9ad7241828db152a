/** The batch-normalisation chapter's test-mode demo (src/demos/BnTestmode.svelte): its words in English. */
export default {
  title: "Test time: running statistics or the batch's own",
  params: {
    iters: 'training iterations',
    tb: 'test batch size',
    tbHint: 'for the mixed and one-class batches',
    lr: 'learning rate',
  },
  modes: {
    running: 'running statistics (inference mode)',
    batch: 'statistics of mixed test batches',
    one: 'statistics of a batch of one',
    oneClass: 'statistics of one-class batches',
  },
  trainingLoss: 'training loss',
  anyBatch: 'any',
  diverged: 'Training diverged (the loss became NaN or infinite); lower the learning rate.',
  barsAria: 'Test accuracy for each way of normalising',
  barsHead: 'Test accuracy on 1,000 held-out images',
  wait: 'Training… the accuracies appear when it ends.',
  xLabel: 'iteration',
  yLabel: 'training loss',
  lossAria: 'Training loss of the BN network by iteration',
  note: (distinct: string, testBatch: number, spread: string, flipped: string) =>
    `A batch of one predicts the same class for every image (${distinct} distinct class). In training mode one image's scores also depend on the other images of its batch: across 8 random batches of ${testBatch}, its scores move by ${spread} on average (standard deviation), and ${flipped} of 20 probed images change their predicted class.`,
  caption: (iterations: number, lr: number) =>
    `784-100-100-10 ReLU network with BatchNorm before each ReLU, trained for ${iterations} iterations (SGD with momentum 0.9, learning rate ${lr}, batches of 50 from 2,000 training images), then evaluated on the first 1,000 test images four ways.`,
  tableCaption: 'Test accuracy for each source of the normalising statistics',
  columns: {
    mode: 'normalised with',
    batch: 'batch size',
    accuracy: 'test accuracy',
    distinct: 'classes predicted',
  },
};
