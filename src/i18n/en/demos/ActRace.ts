/** The convergence race (src/demos/ActRace.svelte): its words in English. */
export default {
  title: 'The convergence race',
  /** The progress counter's unit: every network's iterations together. */
  progressUnit: 'iterations, all networks together',
  params: {
    lr: 'learning rate',
    hidden: 'hidden units',
    layers: 'hidden layers',
    init: 'initialisation',
    initOptions: { xavier: 'Xavier (1/√n_in)', he: 'He (√(2/n_in))', small: 'N(0, 0.01²)' },
    iters: 'iterations',
    thr: 'loss threshold',
    seeds: 'seeds',
  },
  /** Each activation's name: its switch, its curve, its row and its column (the activations' own names). */
  acts: {
    sigmoid: 'sigmoid',
    tanh: 'tanh',
    relu: 'relu',
    leaky_relu: 'leaky_relu',
    elu: 'elu',
    gelu: 'gelu',
  },
  activations: 'activations',
  threshold: 'threshold',
  tickOne: 'Tick at least one activation.',
  pressRun: (networks: number, iterations: number) =>
    `Press ▶ Run to start the race: ${networks} networks trained side by side for ${iterations} iterations in all. It takes a while on a slow machine; the curves fill in as it goes.`,
  /** `which`: "name (count)" per activation, joined by ', '. */
  diverged: (which: string) =>
    `Some runs diverged (the loss became NaN or infinite): ${which}. Lower the learning rate.`,
  iteration: 'iteration',
  trainingLoss: 'training loss',
  lossAria: 'Training loss of each activation over iterations, with the threshold marked',
  /** `arch`: the layer sizes, 784-50-10; `seed`: the seed whose curves are shown when there are several. */
  caption: (arch: string, seed: number | null) =>
    `${arch} network on 2,000 MNIST training images, plain SGD, batch 32, the same initial weights and batch order for every activation; loss on 1,000 of the training images every 10 iterations${seed === null ? '' : ` (curves: seed ${seed})`}.`,
  /** `list`: "name iterations" per activation, joined by ', '. */
  median: (threshold: number, list: string) => `Median iterations to loss ${threshold}: ${list}.`,
  summaryCaption: 'Iterations to reach the loss threshold, per seed, median, and ratio to ReLU',
  summaryColumns: {
    activation: 'activation',
    seed: (seed: number) => `seed ${seed}`,
    median: 'median iterations',
    ratio: 'ratio to ReLU',
  },
  curvesCaption: 'Loss curves',
  curvesColumns: {
    seed: 'seed',
    iteration: 'iteration',
    loss: (act: string) => `loss (${act})`,
  },
};
