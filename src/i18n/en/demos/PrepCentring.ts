/** Raw or zero-centred inputs (src/demos/PrepCentring.svelte): its words in English. */
export default {
  title: 'Raw or zero-centred inputs: iterations to a loss',
  params: {
    data: 'data',
    dataOptions: { spiral: 'spiral, moved by the offset', mnist: 'MNIST pixels' },
    offset: 'offset',
    offsetHint: 'spiral only',
    act: 'activation',
    actOptions: { tanh: 'tanh', relu: 'relu', sigmoid: 'sigmoid' },
    lr: 'learning rate',
    iters: 'iterations',
    thr: 'loss threshold',
  },
  diverged: (raw: boolean, centred: boolean) =>
    `A run diverged (the loss became NaN or infinite): ${raw ? 'raw' : ''} ${centred ? 'centred' : ''}. Lower the learning rate.`,
  series: {
    rawPixels: 'raw pixels in [0, 1]',
    raw: (offset: number) => `raw (offset ${offset})`,
    centred: 'zero-centred',
    threshold: 'threshold',
  },
  iteration: 'iteration',
  trainingLoss: 'training loss',
  chartAria: 'Training loss from raw and from zero-centred inputs, with the threshold',
  captionMnist: (act: string) =>
    `784-50-10 ${act} network on 2,000 MNIST images, pixels in [0, 1] or minus the training mean image;`,
  captionSpiral: (hidden: number, act: string, offset: number) =>
    `2-${hidden}-3 ${act} network on the 3-arm spiral (300 points) moved to be centred at (${offset}, ${offset}), or centred back at 0;`,
  captionCommon: 'plain SGD, batch 32, the same initial weights and batch order for both.',
  reached: (threshold: number, raw: string, centred: string) =>
    `Iterations to loss ${threshold}: raw ${raw}, centred ${centred}.`,
  notWithin: (iterations: number) => `not within ${iterations}`,
  summary: {
    caption: 'Iterations to reach the threshold',
    columns: { inputs: 'inputs', iters: 'iterations to threshold', final: 'final loss' },
    raw: 'raw',
    centred: 'zero-centred',
  },
  curves: {
    caption: 'Training loss by iteration',
    columns: { iteration: 'iteration', raw: 'loss (raw)', centred: 'loss (centred)' },
  },
};
