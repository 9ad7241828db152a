/** The accuracy-vs-loss demo (src/demos/OptAcc.svelte): its words in English. */
export default {
  title: 'Accuracy is a staircase, the loss is smooth',
  params: {
    n: 'points',
    samples: 'sweep points',
  },
  series: {
    accuracy: 'accuracy',
    loss: 'loss',
    dLoss: '∂loss/∂w (backprop)',
    dAccuracy: '∂accuracy/∂w (central difference)',
  },
  weight: 'weight w',
  accuracyAxis: 'training accuracy',
  lossAxis: 'cross-entropy loss',
  derivativeAxis: 'derivative',
  accuracyAria: 'Accuracy of the classifier as the weight w varies: a staircase',
  lossAria: 'Loss of the classifier as the weight w varies: a smooth curve',
  slopeAria: 'Derivatives of the loss and of the accuracy with respect to w',
  /** The summary under the charts, in pieces around its three bold numbers (in this order). */
  stats: {
    zeroAt: "The accuracy's derivative is exactly zero at ",
    levels: (points: number) => ` of the ${points} sweep points; the accuracy still takes `,
    nonzeroAt: (n: number) =>
      ` different values, jumping by whole examples (1/${n}). The loss's derivative is non-zero at `,
    agrees: (error: string) => ` of them, and backprop agrees with finite differences to ${error}.`,
  },
  caption: (n: number) =>
    `A linear classifier on ${n} overlapping 2-D points (two classes), with scores s₀ = 0 and s₁ = w·x₁ + 0.5·x₂ + 0.2. Only w changes, from −4 to 4. The derivative of the accuracy is taken by central differences with h = 10⁻⁶; it is zero except at the jumps, where it is enormous.`,
  tableCaption: 'Accuracy, loss and their derivatives along the sweep of w',
  columns: {
    w: 'w',
    accuracy: 'accuracy',
    loss: 'loss',
    dAccuracy: 'd accuracy / dw',
    dLoss: 'd loss / dw',
  },
};
