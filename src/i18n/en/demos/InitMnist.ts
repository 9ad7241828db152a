/** Initialisation and training on MNIST (src/demos/InitMnist.svelte): its words in English. */
export default {
  title: 'Three initialisations, one network, MNIST',
  params: {
    iters: 'iterations',
    lr: 'learning rate',
    batch: 'batch size',
  },
  /** The three runs (MNIST_INITS in src/core/experiments/init-mnist.ts). */
  inits: { 'std 0.01': 'std 0.01', Xavier: 'Xavier', He: 'He' },
  /** The idle notice, in pieces around the bold name of the Run button. */
  pressRun: {
    before: 'Press ',
    run: 'Run',
    after: (iterations: string) =>
      ` to train the three networks in your browser (${iterations} iterations each; the progress bar then says how long it takes on your machine). You can pause or stop early.`,
  },
  /** The progress counter's unit: the three networks' iterations together. */
  progressUnit: 'iterations, three networks together',
  diverged: 'A run diverged (its loss became NaN or infinite) and was stopped: the learning rate is too high for it.',
  iteration: 'iteration',
  trainingLoss: 'training loss (mean over 10 batches)',
  chartAria: 'Training loss of the three initialisations by iteration',
  caption: (lr: number, batch: number) =>
    `784-100-100-100-100-10 ReLU networks on the course's 7,996 MNIST training images (pixels / 255), SGD with learning rate ${lr} and batches of ${batch}, the same batches in the same order for all three. std 0.01: every weight N(0, 0.01²); Xavier: N(0, 1/n_in); He: N(0, 2/n_in).`,
  /** `accuracies`: each run's name and test accuracy, "std 0.01 11.4%, Xavier 91.0%, …". */
  after: (iterations: number, accuracies: string) =>
    `After ${iterations} iterations the test accuracy is ${accuracies}.`,
  lossTable: {
    caption: 'Mean training loss over each 10 iterations',
    iteration: 'iteration',
  },
  finalTable: {
    caption: 'At the end: training loss (mean of the last 50 batches), test loss and test accuracy on 2,004 images',
    columns: { init: 'init', train_loss: 'train loss', test_loss: 'test loss', test_accuracy: 'test accuracy' },
  },
};
