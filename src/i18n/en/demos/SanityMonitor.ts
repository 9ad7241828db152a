/** Monitoring the accuracy gap and update ratios (src/demos/SanityMonitor.svelte): its words in English. */
export default {
  title: 'Monitoring: accuracy gap and update ratios',
  params: {
    n: 'training images',
    hidden: 'hidden units',
    lr: 'learning rate',
    lambda: 'L2 strength λ',
    steps: 'steps',
  },
  unit: 'steps',
  diverged: (at: number | null) => `Diverged at step ${at} (NaN/Inf): the learning rate is too high.`,
  /** The gap notice: this, then one of the two advices (or nothing), then `best`. */
  gap: (step: number, points: string, train: string, val: string) =>
    `Gap at step ${step}: ${points} points (${train} train, ${val} validation). `,
  overfitting: 'Overfitting: more data, L2, dropout, or stop early.',
  noGap: 'Hardly any gap: the model could afford more capacity.',
  best: (acc: string, step: number) => ` Best validation accuracy ${acc} at step ${step} (early-stopping point).`,
  train: 'train',
  validation: 'validation',
  step: 'step',
  accuracy: 'accuracy',
  earlyStop: 'early stop',
  accuracyAria: 'Training and validation accuracy',
  layer: (k: number) => `layer ${k}`,
  ratioAria: 'Update-to-weight ratio per layer',
  caption: (hidden: number, lr: number, lambda: number, n: number) =>
    `784 → ${hidden} ReLU → 10, Adam at ${lr}, L2 ${lambda}, trained on the first ${n} training images; validation on 1,000 held-out ones. Ratios are medians over the steps between points.`,
  tableCaption: 'Accuracy and update ratios by step',
  columns: {
    step: 'step',
    train: 'train accuracy',
    val: 'validation accuracy',
    gap: 'gap',
    r1: 'ratio layer 1',
    r2: 'ratio layer 2',
  },
};
