/** What exp costs (src/demos/ActCost.svelte): its words in English. */
export default {
  title: 'What exp costs, measured in your browser',
  params: {
    n: 'elements (millions)',
    reps: 'repetitions',
  },
  /** Each activation's name on its bar and in the table (the core's own names). */
  names: {
    relu: 'relu',
    leaky_relu: 'leaky_relu',
    sigmoid: 'sigmoid',
    tanh: 'tanh',
    elu: 'elu',
    silu: 'silu',
    softplus: 'softplus',
    gelu: 'gelu',
  },
  unit: 'timed passes',
  barsAria: 'Median time of each activation relative to ReLU; the exp-based ones take several times longer',
  pressRun: 'Press ▶ Run to time the functions on your machine (other busy tabs make the numbers noisier).',
  timing: (functions: number, reps: number) => `Timing ${functions} functions × ${reps} repetitions…`,
  caption: (millions: string) =>
    `Median time of the core's array loop over ${millions} million inputs, relative to ReLU, measured in this page's worker on your machine (repetitions interleaved, the median resists a slow moment). GELU here is the exact x·Φ(x) with an erf; the usual tanh approximation is cheaper.`,
  tableCaption: 'Median time per pass, per element, and ratio to ReLU',
  columns: {
    activation: 'activation',
    ms: 'median ms',
    ns: 'ns per element',
    ratio: 'ratio to ReLU',
  },
};
