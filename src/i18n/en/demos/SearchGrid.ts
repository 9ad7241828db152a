/** Grid versus random search (src/demos/SearchGrid.svelte): its words in English. */
export default {
  title: 'Grid search versus random search',
  params: { k: 'grid side k (k² trials)' },
  /** The read-out: `countBefore`, the grid's count in bold, `countBetween`, random's in bold, `countAfter`. */
  countBefore: (trials: number) => `With ${trials} trials each, grid search tries `,
  countBetween: ' values of the important parameter a, random search ',
  countAfter: (repeats: number, share: string, randomShortfall: string, gridShortfall: string) =>
    `. Over ${repeats} repetitions with a fresh peak each time, random search ended closer to the peak in ${share} of them (mean shortfall ${randomShortfall} vs ${gridShortfall} for the grid).`,
  methods: { grid: 'grid', random: 'random' },
  score: 'score',
  scoreSeries: 'score g(a)',
  aImportant: 'a (important)',
  bUnimportant: 'b (unimportant)',
  peak: 'peak',
  valuesTried: 'values of a tried',
  planeAria: 'Trial positions of grid and random search in the plane of the two hyperparameters',
  scoreAria: 'The score as a function of the important parameter',
  valuesAria: 'The values of the important parameter each method tried',
  caption:
    'A synthetic score where only a matters: score = g(a) + 0.01·b, with g a narrow bump around a peak drawn from the seed. The grid puts its k² trials on k × k points; random search draws each trial independently.',
  tableCaption: 'Grid versus random search',
  columns: {
    method: 'method',
    trials: 'trials',
    distinctA: 'distinct values of a',
    bestA: 'best a',
    regret: 'shortfall (this seed)',
    meanRegret: 'mean shortfall',
  },
};
