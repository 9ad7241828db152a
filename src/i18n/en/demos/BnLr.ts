/** The batch-normalisation chapter's learning-rate demo (src/demos/BnLr.svelte): its words in English. */
export default {
  title: 'How large a learning rate, with and without BN',
  params: {
    iters: 'iterations',
    train: 'training images',
    layers: 'hidden layers',
    thr: 'trains above',
    thrHint: 'final training accuracy that counts as training',
  },
  withBn: 'with BN',
  withoutBn: 'without BN',
  threshold: 'threshold',
  markerBn: 'BN',
  markerPlain: 'plain',
  yes: 'yes',
  no: 'no',
  divergedAt: (iteration: number | null) => `yes, at iteration ${iteration}`,
  pressRun: (iterations: number) =>
    `Press Run: 14 training runs of ${iterations} iterations (the progress bar then says how long it takes on your machine).`,
  diverged: (k: number) =>
    `${k} run${k > 1 ? 's' : ''} diverged (the loss became NaN or infinite) and are drawn at accuracy 0: that is what a too-large learning rate does.`,
  xLabel: 'learning rate',
  yLabel: 'final training accuracy',
  aria: 'Final training accuracy against the SGD learning rate, with and without BatchNorm',
  largest: (threshold: string) => `Largest learning rate that still trains (above ${threshold}, no divergence):`,
  largestBn: (lr: string) => `with BN ${lr}`,
  largestPlain: (lr: string) => `without BN ${lr}`,
  none: 'none',
  caption: (architecture: string, trainSize: string, iterations: number) =>
    `${architecture} ReLU network, He initialisation, plain SGD, batches of 50 from the first ${trainSize} MNIST training images, ${iterations} iterations per run at learning rates 0.01, 0.0316, …, 10. Both nets at a rate start from the same weights and see the same batches.`,
  finalCaption: 'Final training accuracy per learning rate, with and without BN',
  lossCaption: 'Training loss during each run',
  columns: {
    lr: 'learning rate',
    bn: 'BatchNorm',
    accuracy: 'final training accuracy',
    diverged: 'diverged',
    iteration: 'iteration',
    loss: 'training loss',
  },
};
