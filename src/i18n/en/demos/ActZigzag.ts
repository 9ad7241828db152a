/** The zig-zag (src/demos/ActZigzag.svelte): its words in English. */
export default {
  title: 'All-positive inputs make the weights zig-zag',
  params: {
    w1: 'start w₁',
    w2: 'start w₂',
    t1: 'target w₁*',
    t2: 'target w₂*',
    step: 'step scale',
    stepHint: 'η = step scale / E‖x‖² for each input set',
  },
  notReached: (maxSteps: number) =>
    `A run that does not reach the target within ${maxSteps} steps is shown as far as it got; a step scale above about 1 can make single-example SGD overshoot.`,
  /** The number of steps in a chart's title when the run did not reach the target. */
  notWithin: (maxSteps: number) => `not within ${maxSteps}`,
  positiveTitle: (steps: string) => `all-positive inputs: ${steps} steps`,
  centredTitle: (steps: string) => `zero-centred inputs: ${steps} steps`,
  positiveAria:
    'Loss contours over the two weights for all-positive inputs, with the SGD path zig-zagging towards the target',
  centredAria: 'Loss contours for zero-centred inputs, with a direct SGD path to the target',
  sgdPath: 'SGD path',
  caption:
    'A neuron y = w₁x₁ + w₂x₂ trained by SGD, one example per step, on the squared error against y* = w₁*x₁ + w₂*x₂. Drag the start handle (or focus it and use the arrow keys).',
  sameSign: (positive: string, centred: string) =>
    `With all-positive inputs ${positive} of the steps moved both weights in the same direction; with centred inputs ${centred}.`,
  inputs: { positive: 'all positive, x ∈ (0, 1)²', centred: 'zero-centred, x − 0.5' },
  summaryCaption: 'Steps to reach the target (within 0.05) and the signs of the weight gradients',
  summaryColumns: {
    inputs: 'inputs',
    steps: 'steps to target',
    same: 'fraction of steps with equal gradient signs',
    mixed: 'steps with opposite signs',
  },
  pathsCaption: 'The two paths, step by step',
  pathsColumns: {
    step: 'step',
    p1: 'w₁ (positive)',
    p2: 'w₂ (positive)',
    c1: 'w₁ (centred)',
    c2: 'w₂ (centred)',
  },
};
