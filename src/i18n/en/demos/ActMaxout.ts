/** Maxout (src/demos/ActMaxout.svelte): its words in English. */
export default {
  title: 'Maxout: more parameters, no flat regions',
  params: {
    k: 'pieces k',
    target: 'target',
    targetOptions: { square: 'x²', abs: '|x|', relu: 'max(0, x)', sine: 'sin 2x (not convex)' },
    iters: 'iterations',
    nin: 'fan-in',
    width: 'width',
  },
  targetSeries: (target: string) => `target ${target}`,
  fitSeries: (k: number) => `maxout, k = ${k}`,
  pieceSeries: (piece: number) => `piece ${piece}`,
  squaredError: 'squared error',
  /** The parameter count: before <ReLU count> middle <maxout count> after. */
  count: {
    before: (width: number, nIn: number) => `A layer of ${width} units with fan-in ${nIn}: ReLU (Dense)`,
    middle: (k: number) => ` parameters, maxout with k = ${k} `,
    after: (ratio: number) => ` (${ratio}×).`,
  },
  output: 'output',
  fitAria: "A maxout unit's learned piecewise-linear function, its pieces and the target",
  iteration: 'iteration',
  mse: 'mean squared error',
  mseAria: 'Fitting error of the maxout unit over iterations',
  caption: (k: number) =>
    `One maxout unit y = max over ${k} pieces of (w·x + b), fitted to the target on [−2, 2] by Adam (full batch, learning rate 0.05). The maximum of lines is always convex, so a non-convex target is beyond one unit.`,
  final: (mse: string, live: string) =>
    `Final error ${mse}; the unit passed gradient to its parameters for ${live} of the inputs.`,
  piecesCaption: 'The pieces: slope, intercept, and on how many of the 201 inputs each wins',
  piecesColumns: {
    piece: 'piece',
    slope: 'slope w',
    intercept: 'intercept b',
    wins: 'inputs where it wins',
  },
  fitCaption: 'Target and learned output (every other input)',
  fitColumns: {
    target: 'target',
    fit: 'maxout output',
  },
};
