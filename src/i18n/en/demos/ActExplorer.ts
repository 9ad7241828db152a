/** The activation-function explorer (src/demos/ActExplorer.svelte): its words in English. */
export default {
  title: 'Activation functions and their gradients',
  params: {
    range: 'input range ±',
    probe: 'probe input',
    alpha: 'leaky slope α',
  },
  /** Each function's name: its switch, its curves' legend and its row of the table. */
  names: {
    sigmoid: 'sigmoid',
    tanh: 'tanh',
    relu: 'ReLU',
    leaky_relu: 'Leaky ReLU',
    elu: 'ELU',
    gelu: 'GELU',
    silu: 'SiLU / Swish',
    softplus: 'softplus',
    maxout: 'maxout max(x, −x/2)',
  },
  /** Each function's short name, in the column labels of the curves table: sigmoid(x), sigmoid′(x). */
  short: {
    sigmoid: 'sigmoid',
    tanh: 'tanh',
    relu: 'relu',
    leaky_relu: 'leaky_relu',
    elu: 'elu',
    gelu: 'gelu',
    silu: 'silu',
    softplus: 'softplus',
    maxout: 'maxout',
  },
  functions: 'functions',
  tickOne: 'Tick at least one function to plot it.',
  inputX: 'input x',
  derivative: 'f′(x), the local gradient',
  functionsAria: 'The chosen activation functions over the input range, with the probe input marked',
  derivativesAria: 'The derivatives of the chosen activations: sigmoid and tanh fall to almost zero away from 0',
  probe: 'probe',
  caption:
    'The first chart shows each function, the second its derivative: the factor by which the function scales the gradient flowing back through it.',
  /** `values`: one probeValue per function, joined by '; '. */
  atProbe: (x: number, values: string) => `At the probe x = ${x}: ${values}.`,
  probeValue: (name: string, f: string, df: string) => `${name} f = ${f}, f′ = ${df}`,
  statsCaption:
    'At the probe input and far out: output, local gradient, gradients at ±10, one-sided slopes at 0, mean output for standard normal inputs, and where |f′| < 0.01',
  columns: {
    activation: 'activation',
    x: 'probe x',
    at0: 'slopes at 0 (left | right)',
    flat: '|f′| < 0.01 where',
  },
  slopesAt0: (left: string, right: string, used: string) => `${left} | ${right} (uses ${used})`,
  never: 'never',
  curvesCaption: 'The plotted curves (every sixth sample)',
};
