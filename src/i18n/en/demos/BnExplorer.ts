/** The batch-normalisation chapter's explorer (src/demos/BnExplorer.svelte): its words in English. */
export default {
  title: 'Activations and gradients, with and without BN',
  params: {
    place: 'BatchNorm',
    placeOptions: { none: 'none', before: 'before the nonlinearity', after: 'after the nonlinearity' },
    act: 'nonlinearity',
    scale: 'weight scale',
    scaleHint: 'every weight ~ N(0, scale²)',
    gamma: 'starting γ',
    layers: 'layers',
    width: 'units per layer',
  },
  diverged:
    'Some statistics overflowed (NaN or infinite): with these weights the activations or gradients grow beyond floating point. Lower the weight scale or turn BatchNorm on.',
  layer: (k: number) => `layer ${k}`,
  preTitle: (act: string) => `What each ${act} receives (clamped to ±4)`,
  preAria: "Histograms of the nonlinearity's input, one per layer",
  preX: 'nonlinearity input z',
  postTitle: (act: string) => `What each ${act} outputs`,
  postAria: "Histograms of the nonlinearity's output, one per layer",
  postX: 'nonlinearity output',
  stdX: 'layer',
  stdY: 'standard deviation',
  stdAria:
    "Spread of the nonlinearity input, of the gradient with respect to each layer's output and of the weight gradient, by layer",
  series: {
    preStd: 'std of nonlinearity input',
    gradStd: 'std of ∂L/∂h',
    weightGradStd: 'std of ∂L/∂W',
  },
  place: {
    none: 'no BatchNorm',
    before: 'BatchNorm before the nonlinearity',
    after: 'BatchNorm after the nonlinearity',
  },
  caption: (layers: number, width: number, act: string, scale: number, place: string, gamma: number | null) =>
    `${layers} layers of ${width} ${act} units, weights ~ N(0, ${scale}²), ${place}${gamma === null ? '' : ` (γ starts at ${gamma})`}; a batch of 200 N(0, 1) inputs, training-mode statistics; gradients of L = Σ h_last ⊙ R for a random R.`,
  after: (tanh: boolean, mean: string, ratio: string) =>
    `Mean ${tanh ? 'saturated fraction' : 'fraction of zeros'} over layers: ${mean}; gradient at layer 1 is ${ratio} the gradient at the last layer.`,
  tableCaption: 'Per-layer statistics of activations and gradients',
  columns: {
    layer: 'layer',
    preMean: 'mean of nonlinearity input',
    preStd: 'std of nonlinearity input',
    postMean: 'mean of layer output',
    postStd: 'std of layer output',
    saturated: 'saturated (|tanh| > 0.99)',
    zero: 'fraction zero',
    localGrad: 'mean g′(z)',
    gradStd: 'std of ∂L/∂h',
    wGradStd: 'std of ∂L/∂W',
  },
};
