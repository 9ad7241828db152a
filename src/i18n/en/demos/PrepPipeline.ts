/** The preprocessing pipeline (src/demos/PrepPipeline.svelte): its words in English. */
export default {
  title: 'From raw to whitened, with training statistics',
  params: {
    ratio: 'scale ratio σ₂/σ₁',
    corr: 'within-class correlation',
    offset: 'offset from origin',
    n: 'training points',
    batch: 'held-out batch',
    batchHint: "for the 'own statistics' case",
  },
  /** Each stage's name, as the tables and descriptions use it. */
  stages: {
    raw: 'raw',
    centred: 'centred',
    normalised: 'normalised',
    decorrelated: 'decorrelated',
    whitened: 'whitened',
  },
  /** Each stage's panel title. */
  stageTitles: {
    raw: 'raw',
    centred: 'centred: x − μ',
    normalised: 'normalised: (x − μ)/σ',
    decorrelated: 'decorrelated: (x − μ)U',
    whitened: 'whitened: (x − μ)UΛ⁻¹ᐟ²',
  },
  scatterAria: (stage: string) =>
    `The point cloud after the ${stage} stage; training points filled, held-out points hollow`,
  training: 'training',
  heldOut: 'held-out',
  pc1: 'PC 1',
  pc2: 'PC 2',
  trainSigma: 'training Σ =',
  heldSigma: 'held-out Σ =',
  /** The held-out paragraph, in pieces around its bold numbers and emphasised words. */
  heldOutText: {
    before: 'A linear classifier trained on the whitened training points scores ',
    afterTrainAcc: ' on the held-out points whitened with the ',
    training: 'training',
    afterTraining: ' statistics, and ',
    afterOwnAcc: (batch: number) => ` when each held-out batch of ${batch} is whitened with its `,
    own: 'own',
    end: (shift: string) =>
      ` mean and covariance: the same point then lands on average ${shift} whitened units away from where the classifier expects it.`,
  },
  caption: (n: number, held: number, ratio: number, corr: number, offset: number) =>
    `${n} training points (filled) and ${held} held-out points (hollow) from one distribution: two classes either side of the long axis, feature scales 1 and ${ratio}, within-class correlation ${corr}, centred at (${offset}, ${offset}). Every transform uses μ, σ, U and Λ computed on the training points only. Normalised, decorrelated and whitened panels use equal axis scales.`,
  stats: {
    caption: 'Mean and covariance of each stage, training split and held-out split',
    columns: {
      stage: 'stage',
      split: 'split',
      m1: 'mean x₁',
      m2: 'mean x₂',
      v1: 'var x₁',
      c12: 'cov x₁x₂',
      v2: 'var x₂',
    },
    training: 'training',
    heldOut: 'held-out (training statistics)',
  },
  accuracy: {
    caption: "Held-out accuracy with training statistics and with each batch's own",
    columns: { how: 'held-out data transformed with', acc: 'accuracy' },
    trainStats: 'training statistics',
    ownStats: (batch: number) => `own statistics, batches of ${batch}`,
  },
  points: {
    caption: 'Training points at every stage',
    point: 'point',
    /** A coordinate column: the stage's name and x₁ or x₂. */
    coordinate: (stage: string, x: string) => `${stage} ${x}`,
  },
};
