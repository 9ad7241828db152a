/** The softmax-gradient demo (src/demos/OptGrad.svelte): its words in English. */
export default {
  title: 'The gradient of softmax + cross-entropy',
  params: {
    k: 'classes',
    score: (i: number) => `score s${i}`,
    label: 'true class (label)',
  },
  barsAria: 'Probabilities y, one-hot target t and the gradient y − t for each class',
  cls: (j: number) => `class ${j}`,
  /** After the class that is the label. */
  isLabel: ' (label)',
  probability: 'softmax probability y',
  gradient: 'gradient y − t (−1 … 1)',
  /** The summary: "Loss −log y", then the label as a subscript, then the rest. */
  lossPrefix: 'Loss −log y',
  stats: (loss: string, backprop: string, numeric: string, core: string) =>
    ` = ${loss}. Largest difference between the backprop gradient and y − t: ${backprop}; numerical gradient vs y − t: ${numeric}; the core's fused loss vs y − t: ${core}.`,
  /** The caption, in two pieces around the formula ∂L/∂y_j = −t_j/y_j. */
  captionBefore: 'Backprop goes through the two stages separately, ',
  captionAfter:
    ' and then the softmax Jacobian; the shortcut is y − t. The last column is the gradient of an identity output with halved squared error, ½‖s − t‖², which is s − t: the same form.',
  tableCaption: 'Per class: score, probability, target and the gradient computed four ways',
  columns: {
    j: 'class',
    s: 's',
    y: 'y = softmax(s)',
    t: 't',
    backprop: 'backprop',
    shortcut: 'y − t',
    numeric: 'numerical',
    core: 'core',
    mse: 'squared error: s − t',
  },
};
