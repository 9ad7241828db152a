/** The batch-normalisation chapter's mini-batch demo (src/demos/BnBatch.svelte): its words in English. */
export default {
  title: 'One mini-batch, step by step',
  params: {
    n: 'batch size N',
    feat: 'feature shown',
    featOptions: { 1: 'feature 1', 2: 'feature 2', 3: 'feature 3' },
  },
  undo: 'Undo the normalisation: γ = √(σ²+ε), β = μ',
  outOfRange:
    "This batch's μ or √(σ²+ε) lies outside the sliders' range (±10), so the identity cannot be set exactly here; pick another seed.",
  stepsAria: (feature: number) => `Feature ${feature} of the batch, step by step (scrolls sideways on narrow screens)`,
  stepsCaption: (feature: number, mean: string, variance: string, invStd: string, gamma: string, beta: string) =>
    `Feature ${feature}: μ = ${mean}, σ² = ${variance}, 1/√(σ²+ε) = ${invStd}, γ = ${gamma}, β = ${beta}; x̂ = (x − μ)/√(σ²+ε), y = γx̂ + β`,
  row: 'row',
  mean: 'mean',
  variance: 'variance',
  largestDiff: 'Largest |y − x| over all three features:',
  undone: '— zero up to double-precision rounding: the layer gives back its input, the normalisation is undone.',
  changed: '— the layer changes its input.',
  backward: (dgamma: string, dbeta: string) =>
    `Backward: ∂L/∂γ = ${dgamma}; ∂L/∂β = ${dbeta}. Largest relative error of ∂L/∂x, ∂L/∂γ, ∂L/∂β against finite differences:`,
  caption: (n: number, eps: number) =>
    `A batch of ${n} rows with three features (means 2, −1, 0.5; spreads 1.5, 0.3, 3), normalised by the course's BatchNorm layer in training mode with ε = ${eps}. The loss for the backward pass is L = Σ y ⊙ R for a fixed random R, so ∂L/∂y = R.`,
  statsCaption: 'Per-feature statistics, parameters and gradients',
  rowsCaption: 'Every row: input, normalised value, output and difference, per feature',
  columns: {
    row: 'row',
    feature: 'feature',
    xhatMean: 'mean of x̂',
    xhatVar: 'variance of x̂',
    maxDiff: 'max |y − x|',
  },
};
