/** The checks before training (src/demos/SanityChecks.svelte): its words in English. */
export default {
  title: 'Sanity checks before training',
  params: {
    hidden: 'hidden units',
    std: 'initial weight std',
    lambda: 'L2 strength λ',
    scale: 'input scale',
    scaleOptions: { centered: 'centred (0–1)', unit: 'unit (0–1, not centred)', raw: 'raw: centred, ×255' },
  },
  /** The input scales as the caption names them. */
  scaleWords: { centered: 'centred', unit: 'unit', raw: 'raw' },
  stagesAria: 'The four checks, in order',
  /** The experiment's stages, by the name it gives them. */
  stages: {
    preprocess: 'preprocess',
    architecture: 'architecture',
    'initial loss': 'initial loss',
    train: 'train',
  },
  /** What each stage measured (the same sentences the experiment writes). */
  details: {
    preprocess: (images: string, mean: string) =>
      `largest |mean| of a pixel over the ${images} training images: ${mean}`,
    architecture: (hidden: number, params: string) => `784 → ${hidden} ReLU → 10 softmax, ${params} parameters`,
    initialLoss: (loss: string, lnC: string, lambda: number, withReg: string) =>
      `loss ${loss} vs ln 10 = ${lnC}; with λ = ${lambda}: ${withReg}`,
    trainDiverged: 'training diverged (NaN/Inf)',
    train: (steps: number, loss: string) => `loss after ${steps} SGD steps: ${loss}`,
    /** A stage's detail while the run has not finished yet: the experiment's own sentence. */
    pending: (detail: string) => `${detail}`,
  },
  checkFailed: ' — check failed',
  lossNoReg: 'initial loss, λ = 0',
  lossWithReg: (lambda: number) => `initial loss, λ = ${lambda}`,
  notLn10: (loss: string, raw: boolean) =>
    `The initial loss is ${loss}, not ln 10 ≈ 2.303: the weights are too large for the scores to start near zero${raw ? ' for mean-subtracted grey levels (the raw scale)' : ''}. Lower the initial weight std.`,
  split: {
    caption: 'How the 10,000 images are used',
    set: 'set',
    images: 'images',
    usedFor: 'used for',
    train: 'train',
    trainUse: 'gradients (training images 0–6,995)',
    validation: 'validation',
    validationUse: 'every tuning decision (training images 6,996–7,995)',
    test: 'test',
    testUse: 'one final report, after all choices',
  },
  caption: (hidden: number, std: number, scale: string) =>
    `A ${hidden}-unit ReLU network with weights drawn from N(0, ${std}²), on ${scale} inputs; loss measured on 1,000 training images, then 30 SGD steps.`,
  tableCaption: 'The checks, in order',
  columns: { step: 'step', stage: 'stage', detail: 'measured', passed: 'passed' },
  yes: 'yes',
  no: 'NO',
};
