/** Linear layers collapse into one (src/demos/ActLinear.svelte): its words in English. */
export default {
  title: 'Linear layers collapse into one',
  params: {
    layers: 'linear layers',
    width: 'width',
    act: 'nonlinearity',
    iters: 'iterations',
  },
  /** The collapse, in words around the formulas: intro <y = xW′ + b′>, then <W′ = …>, <b′ = …> end. */
  collapse: {
    intro: (width: number, layers: number) =>
      `The random stack 2 → ${width} → … → 2 of ${layers} affine layers is the single map`,
    with: ' with ',
    end: '.',
  },
  /** The largest differences: pre <no-nonlinearity difference> mid <with-nonlinearity difference> post. */
  diff: {
    pre: 'Largest difference on 200 random inputs:',
    mid: (maxOutput: string) => ` without a nonlinearity (rounding error; outputs reach ${maxOutput}), `,
    post: (act: string) => ` with ${act} between the layers.`,
  },
  linearStack: 'linear stack',
  withAct: (act: string) => `with ${act}`,
  iteration: 'iteration',
  lossOnXor: 'loss on XOR',
  lossAria: 'Training loss on XOR: the linear stack stays near ln 2, the nonlinear one falls',
  linearAria: 'XOR points coloured by the class the linear stack predicts',
  nonlinearAria: 'XOR points coloured by the class the nonlinear stack predicts',
  linearTitle: (correct: string) => `linear stack: ${correct} correct`,
  nonlinearTitle: (act: string, correct: string) => `with ${act}: ${correct} correct`,
  predicted: (c: number) => `predicted ${c}`,
  caption: (layers: number) =>
    `XOR (300 points, class 1 where the two coordinates have different signs) learned by the same stack of ${layers} layers, without and with a nonlinearity (Adam, learning rate 0.02).`,
  /** After training: pre <difference> post. */
  trained: {
    pre: 'After training the linear stack is still one matrix (difference ',
    post: ').',
  },
  checkCaption: 'Collapse check',
  checkColumns: { what: 'quantity', value: 'value' },
  check: {
    diffLinear: 'max |stack − single map|, no nonlinearity',
    diffNonlinear: (act: string) => `max |stack − single map|, ${act}`,
    maxOutput: 'largest output',
    accLinear: 'XOR accuracy, linear stack',
    accNonlinear: (act: string) => `XOR accuracy, with ${act}`,
  },
  trainingCaption: 'Loss and accuracy on XOR by iteration',
  trainingColumns: {
    iteration: 'iteration',
    ll: 'loss (linear)',
    al: 'accuracy (linear)',
    ln: 'loss (nonlinear)',
    an: 'accuracy (nonlinear)',
  },
};
