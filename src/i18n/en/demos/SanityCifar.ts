/** The lecture's sanity check on CIFAR-shaped images (src/demos/SanityCifar.svelte): its words in English. */
export default {
  title: "The lecture's sanity check, on CIFAR-shaped images",
  params: {
    std: 'weight std',
    lambda: 'regularisation λ',
    hidden: 'hidden units',
    images: 'images',
  },
  lossNoReg: 'loss, no regularisation',
  lossWith: (lambda: number) => `loss with λ = ${lambda}`,
  expectedPenalty: (penalty: string) => `expected over draws: ${penalty}`,
  compareCaption: "This run next to the lecture's printed figures",
  compareHead: { quantity: 'initial loss', run: 'this run', lecture: 'the lecture' },
  lectureOnly: "The lecture's column shows only for its setting: 50 hidden units, std 1e-4, λ = 1e3.",
  inputs: (images: number, maxAbs: number, rms: string, weights: string) =>
    `Inputs: ${images} images of 32×32×3 with the mean image subtracted, values up to ±${maxAbs} (RMS ${rms}) on the 0–255 scale; ${weights} weights.`,
  xLabel: 'weight std',
  yLabel: 'initial loss',
  thisRun: 'this run',
  chartAria:
    'Initial loss against the weight scale: without regularisation it stays at ln 10 until the weights reach about 1e-2; with regularisation it grows as the square of the scale',
  caption: (hidden: number, std: number) =>
    `A ${hidden}-unit ReLU layer between 3,072 inputs and 10 softmax outputs, every weight drawn as ${std}·N(0, 1) (the same draw at every scale of the chart), biases 0. The loss with λ is the one the course's training step reports: the data loss plus ½λΣW² over both weight matrices.`,
  tableCaption: "Initial loss without and with regularisation, this run and the lecture's",
  columns: { quantity: 'quantity', run: 'this run', lecture: 'the lecture', note: 'note' },
  sweepCaption: 'The same check at other weight scales',
  sweepColumns: {
    std: 'weight std',
    noReg: 'loss, no regularisation',
    withReg: 'loss with λ',
  },
};
