/** Overfitting a tiny subset (src/demos/SanityOverfit.svelte): its words in English. */
export default {
  title: 'Overfit a tiny subset first',
  params: {
    n: 'training images',
    lr: 'learning rate',
    steps: 'steps',
    scale: 'input scale',
    scaleOptions: { centered: 'centred (0–1)', unit: 'unit (0–1, not centred)', raw: 'raw: centred, ×255' },
  },
  /** The input scales as the notices and the caption name them. */
  scaleWords: { centered: 'centred', unit: 'unit', raw: 'raw' },
  unit: 'steps',
  diverged: (at: number | null, scale: string) =>
    `Diverged at step ${at}: the loss became NaN or infinite. The learning rate is too high for ${scale} inputs.`,
  reached: (examples: number, at: number, loss: string) =>
    `All ${examples} images classified correctly from step ${at}; final loss ${loss}.`,
  notReached: (accuracy: string, steps: number) =>
    `Not overfitting: ${accuracy} after ${steps} steps. With nothing to generalise to, a healthy network and learning rate should reach 100%.`,
  loss: 'loss',
  accuracy: 'accuracy',
  step: 'step',
  trainingLoss: 'training loss',
  trainingAccuracy: 'training accuracy',
  lossAria: 'Training loss on the tiny subset',
  accuracyAria: 'Training accuracy on the tiny subset',
  caption: (lr: number, examples: number, scale: string) =>
    `784 → 50 ReLU → 10, He initialisation, full-batch SGD at learning rate ${lr} on the first ${examples} training images (${scale} inputs), no regularisation.`,
  tableCaption: 'Loss and training accuracy by step',
  columns: { step: 'step', loss: 'loss', accuracy: 'accuracy' },
};
