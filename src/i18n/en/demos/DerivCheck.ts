/** The variance derivation, checked (src/demos/DerivCheck.svelte): its words in English. */
export default {
  title: 'The variance derivation, layer by layer',
  params: {
    act: 'activation',
    actOptions: { linear: 'linear', tanh: 'tanh', relu: 'relu', leaky_relu: 'leaky_relu' },
    a: 'leaky slope a',
    init: 'initialisation',
    initOptions: {
      lecun: 'fan-in: 1/n_in',
      fanout: 'fan-out: 1/n_out',
      glorot: 'Glorot: 2/(n_in+n_out)',
      he: 'He: 2/((1+a²)n_in)',
    },
    dist: 'distribution',
    distOptions: { normal: 'normal', uniform: 'uniform' },
    gain: "times the activation's conventional gain",
    layers: 'layers',
    width: 'width',
    shape: 'widths',
    shapeOptions: { constant: 'all equal', alternating: 'alternating n, 4n' },
    samples: 'samples',
  },
  measured: 'measured',
  derivation: 'derivation',
  diverged: 'Some values overflowed to infinity or NaN.',
  forwardTitle: 'Forward: Var(zₗ) / Var(zₗ₋₁)',
  backwardTitle: 'Backward: Var(∂L/∂hₗ₋₁) / Var(∂L/∂hₗ)',
  layer: 'layer',
  ratio: 'ratio',
  forwardAria: 'Measured and predicted forward variance ratio by layer',
  backwardAria: 'Measured and predicted backward variance ratio by layer',
  /** The readout under the charts, in pieces around its bold numbers. */
  readout: {
    largest: 'Largest forward deviation from the prediction:',
    meanOf: (layers: number) => `; mean of measured / predicted over layers 2–${layers}:`,
    rest: ". One random draw of weights moves each layer's ratio by a few percent (more for ReLU, whose non-zero mean becomes a random offset per unit); wider layers shrink it, more samples do not.",
  },
  /** How the caption names each initialisation. */
  initNames: {
    lecun: 'fan-in, Var 1/n_in',
    fanout: 'fan-out, Var 1/n_out',
    glorot: 'Glorot, Var 2/(n_in + n_out)',
    he: 'He, Var 2/((1 + a²)·n_in)',
  },
  leaky: (a: string) => `leaky ReLU (a = ${a})`,
  widthsAll: (width: number) => `all ${width}`,
  widthsAlternating: (width: number, wide: number) => `alternating ${width} and ${wide}`,
  caption: (layers: number, act: string, widths: string, dist: string, init: string, gain: boolean, samples: number) =>
    `${layers} bias-free ${act} layers, widths ${widths}, weights ${dist}, ${init}${gain ? ' × the conventional gain' : ''}; ${samples} inputs ~ N(0, I). The prediction assumes κ = κ′ = 1 for linear and tanh units (tanh's linear regime), ½ for ReLU and (1 + a²)/2 for leaky ReLU; layer 1 reads the raw input, for which κ = 1.`,
  table: {
    caption:
      'Per layer: prescribed and drawn weight variance, measured and predicted variance ratios, and the measured κ, κ′',
    columns: {
      layer: 'layer',
      n_in: 'n_in',
      n_out: 'n_out',
      w_var_formula: 'Var(w) formula',
      w_var: 'Var(w) drawn',
      fwd_ratio: 'forward ratio',
      fwd_pred: 'forward predicted',
      kappa: 'κ of input',
      back_ratio: 'backward ratio',
      back_pred: 'backward predicted',
      kappa_back: 'κ′',
    },
  },
  gains: {
    caption: 'Gains: the conventional value, and 1/√E[f(z)²] for z ~ N(0, 1) computed by quadrature',
    columns: { activation: 'activation', conventional: 'conventional gain', derived: 'derived at Var(z) = 1' },
  },
};
