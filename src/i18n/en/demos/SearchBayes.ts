/** Grid, random and Bayesian search compared (src/demos/SearchBayes.svelte): its words in English. */
export default {
  title: 'Grid, random and Bayesian search on the same budget',
  params: {
    k: 'grid side k (k³ trials each)',
    init: 'GP starting points',
    reference: 'long search (random trials)',
    referenceHint: 'estimates the best value; 0 skips it',
  },
  unit: 'trials',
  methods: { grid: 'grid', random: 'random', bayes: 'Bayesian optimisation' },
  referenceSeries: (trials: number) => `best of the long search (${trials} trials)`,
  /** Before a run: `pressBefore`, the Run button's name in bold, `pressAfter`. */
  pressBefore: 'Press ',
  run: 'Run',
  pressAfter: (trials: number) =>
    ` to start the three searches: each trial trains a small network for 300 steps, about ${trials} trials in all, a few seconds to half a minute depending on the computer.`,
  trials: 'trials',
  bestSoFar: 'best validation loss so far',
  bestAria:
    'Best validation loss found so far by grid search, random search and Bayesian optimisation, by number of trials',
  learningRate: 'learning rate',
  l2: 'L2 strength λ',
  planeAria: 'Where each method put its trials, in the plane of learning rate and L2 strength',
  regret: 'regret',
  regretAria: 'Regret of each method (best loss so far minus the best loss known) by number of trials',
  /** The final read-out: `statsBefore`, the Bayesian loss in bold, `statsAfter`. */
  statsBefore: (budget: number, grid: string, random: string) =>
    `After ${budget} trials each: grid ${grid}, random ${random}, Bayesian optimisation `,
  statsAfter: (known: string, longBest: string | null) =>
    `; the best value known is ${known}${longBest !== null ? ` (the long search's best: ${longBest})` : ''}.`,
  importance:
    'Share of the variation in log(validation loss) over the long search explained by each hyperparameter alone:',
  importanceNames: { lr: 'learning rate', reg: 'L2 strength λ', dropout: 'drop probability p' },
  chance: (share: string) => `Chance alone would give about ${share} each.`,
  searchesDone: (trials: number) => `The three searches are done; long search: ${trials} trials so far.`,
  caption:
    'Each trial trains a 2 → 32 → 32 → 3 ReLU network with dropout on 300 spiral points for 300 SGD steps and scores it by its cross-entropy on 300 other points; the data, initial weights and batch order are the same in every trial. The searched ranges: learning rate 10⁻³…10 and λ 10⁻⁶…10⁻¹ (log scale), p 0…0.6. The grid takes the centres of k cells per range, in a shuffled order; random search draws uniformly (log-uniformly in the rates); Bayesian optimisation starts from a few Latin-hypercube points, then fits a Gaussian process to the log losses and tries the point of highest expected improvement.',
  tableCaption: 'Best validation loss so far and regret of each method, by number of trials',
  columns: {
    trial: 'trials',
    grid: 'grid best',
    random: 'random best',
    bayes: 'Bayesian best',
    gridRegret: 'grid regret',
    randomRegret: 'random regret',
    bayesRegret: 'Bayesian regret',
  },
  trialsCaption: 'Every trial of the three searches',
  trialsColumns: {
    method: 'method',
    t: 'trial',
    lr: 'learning rate',
    loss: 'validation loss',
  },
};
