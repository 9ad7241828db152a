/** The dropout demo (src/demos/OptDropout.svelte): its words in English. */
export default {
  title: 'Dropout: thinned networks in training, one network at test time',
  params: {
    p: 'drop probability p',
    masks: 'thinned networks averaged',
  },
  /** The progress counter's unit: training steps, then the masks drawn. */
  progressUnit: 'steps, then masks',
  without: 'without dropout',
  withDropoutSeries: (p: number) => `dropout p = ${p} (test time)`,
  stepAxis: 'training step',
  testAxis: 'test accuracy',
  testAria: 'Test accuracy during training of the network without dropout and with dropout',
  maps: {
    plainAria: 'Decision regions of the network trained without dropout, with the training points',
    single: 'one thinned network',
    singleAria: 'Decision regions of the dropout network with one random dropout mask, as in a training step',
    average: (masks: number) => `average of ${masks} thinned networks`,
    averageAria: "Decision regions of the average of the thinned networks' predicted probabilities",
    testTime: 'with dropout, test time',
    testTimeAria: 'Decision regions of the dropout network at test time: every unit kept, nothing rescaled',
  },
  /** The summary under the maps: a piece before its bold percentage, then the rest. */
  stats: {
    agreement: (masks: number) =>
      `The test-time network and the average of ${masks} thinned networks predict the same class on `,
    single: (single: string) => ` of the 600 test points; a single thinned network agrees with it on ${single}.`,
    maskMean: (within: string, masks: number, expected: string) =>
      `Averaged over the masks, the first dropout layer's scaled output is within ${within} of its test-time output (the sampling error of ${masks} masks is ${expected}).`,
    gaps: (train: string, test: string, gap: string, dropTrain: string, dropTest: string, dropGap: string) =>
      `Without dropout: train ${train}, test ${test}, a gap of ${gap}; with it, at test time: train ${dropTrain}, test ${dropTest}, a gap of ${dropGap}.`,
  },
  caption:
    'A 2 → 64 → 64 → 3 ReLU network learns 75 noisy spiral points (25 per arm, shown as dots) twice, from the same weights and the same minibatches: once plain, once with inverted dropout (drop probability p after each hidden layer). The maps show the predicted class at each point of the plane, the colour stronger where the network is surer; one thinned network is the dropout network with one random mask, as in a training step.',
  rows: {
    testTime: (p: number) => `dropout p = ${p}, test time (every unit, unscaled)`,
    single: 'one thinned network (mean over the masks)',
  },
  tableCaption: 'Accuracy of each view of the network, and how often it predicts what the test-time network predicts',
  columns: {
    net: 'network',
    train: 'train accuracy',
    test: 'test accuracy',
    gap: 'gap',
    agree: 'same class as the test-time network',
  },
};
