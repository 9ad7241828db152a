/** The regularisation demo (src/demos/OptReg.svelte): its words in English. */
export default {
  title: 'Overfitting 300 examples, and two cures',
  params: {
    lambda: 'weight decay λ',
    p: 'dropout p (drop probability)',
    epochs: 'epochs',
    hidden: 'hidden units',
    layers: 'hidden layers',
    lr: 'Adam learning rate',
  },
  /** The progress counter's unit. */
  epochsUnit: 'epochs, three networks together',
  /** The three runs, in the experiment's order. */
  variants: ['no regularisation', 'weight decay', 'dropout'] as [string, string, string],
  train: (variant: string) => `${variant}: train`,
  test: (variant: string) => `${variant}: test`,
  /** The notice before the first run, in pieces around the bold name of the Run button. */
  idle: {
    before: 'Press ',
    run: 'Run',
    after:
      ' to train the three networks. The progress bar then says how long it takes on your machine; fewer epochs or hidden units make it quicker.',
  },
  diverged: 'A run diverged (NaN or infinite loss): its curve stops. Lower the learning rate.',
  gap: (train: string, test: string) => `gap: train ${train} − test ${test}`,
  epoch: 'epoch',
  accuracy: 'accuracy',
  accuracyAria:
    'Train (solid) and test (dashed) accuracy by epoch, without regularisation, with weight decay and with dropout',
  caption: (widths: string, lr: number) =>
    `A 784-${widths}-10 ReLU network trained by Adam (η = ${lr}, batches of 50) on only 300 training digits; solid lines: training accuracy, dashed: accuracy on 1,000 test digits. The three runs start from the same weights and see the same minibatches. The numbers above are the latest gaps (train − test); the summary table averages the last quarter of the evaluations.`,
  tableCaption: 'Train and test accuracy by epoch',
  columns: {
    epoch: 'epoch',
    noneTrain: 'plain train',
    noneTest: 'plain test',
    decayTrain: 'weight decay train',
    decayTest: 'weight decay test',
    dropoutTrain: 'dropout train',
    dropoutTest: 'dropout test',
  },
  summaryCaption: 'Summary: mean of the last quarter of the evaluations',
  summaryColumns: {
    variant: 'variant',
    train: 'train accuracy',
    test: 'test accuracy',
    gap: 'gap',
  },
  decayVariant: (lambda: number | undefined) => `weight decay λ = ${lambda}`,
  dropoutVariant: (p: number | undefined) => `dropout p = ${p}`,
};
