/** Coarse-to-fine random search (src/demos/SearchRandom.svelte): its words in English. */
export default {
  title: 'Coarse-to-fine random search',
  params: {
    lrLo: 'log10 lr, low',
    lrHi: 'log10 lr, high',
    regLo: 'log10 λ, low',
    regHi: 'log10 λ, high',
    coarse: 'coarse trials',
    fine: 'fine trials',
  },
  unit: 'trials',
  /** The two stages of the search, by the experiment's name for each. */
  stages: { coarse: 'coarse', fine: 'fine' },
  badRange: 'Each range needs its low end below its high end.',
  /** The best coarse value at an edge of its range ('low' or 'high'; null: inside). */
  edge: (lr: 'low' | 'high' | null, lrValue: string, reg: 'low' | 'high' | null, regValue: string) =>
    `The best coarse trial sits at the ${lr ? `${lr} edge of the learning-rate range (lr = ${lrValue})` : ''}${lr && reg ? ' and at the ' : ''}${reg ? `${reg} edge of the λ range (λ = ${regValue})` : ''}: better values may lie outside it.`,
  moveRange: 'Move the range',
  inside: 'The best coarse trial lies inside both ranges: the range is fine; the fine stage searched around it.',
  /** The best trial: this, the test accuracy in bold, then `bestAfter`. */
  best: (lr: string, reg: string, acc: string, stage: string) =>
    `Best: lr ${lr}, λ ${reg}, validation accuracy ${acc} (${stage} stage). Test accuracy of that choice, computed once after the search: `,
  bestAfter: '.',
  learningRate: 'learning rate',
  l2: 'L2 strength λ',
  coarseRange: 'coarse range',
  fineRange: 'fine range',
  bestMarker: (acc: string) => `best ${acc}`,
  planeAria: 'Trials in the plane of learning rate and L2 strength; larger markers have higher validation accuracy',
  validationAccuracy: 'validation accuracy',
  accuracyAria: 'Validation accuracy of each trial against its learning rate',
  caption:
    'Each trial trains 784 → 50 ReLU → 10 with SGD for 150 steps on 1,000 training images and is scored on the 1,000 validation images; marker size grows with validation accuracy. Exponents are drawn uniformly: log-uniform rates and strengths.',
  tableCaption: 'Every trial',
  columns: {
    trial: 'trial',
    stage: 'stage',
    lr: 'learning rate',
    acc: 'validation accuracy',
  },
  diverged: 'diverged',
};
