/** The optimiser race on MNIST (src/demos/OptRace.svelte): its words in English. */
export default {
  title: 'Optimiser race on MNIST',
  /** The progress counter's unit: every racer's iterations together. */
  progressUnit: 'iterations, all racers together',
  /** The optimisers' names, by kind. */
  optimisers: {
    sgd: 'SGD',
    momentum: 'Momentum',
    nesterov: 'Nesterov',
    adagrad: 'AdaGrad',
    rmsprop: 'RMSProp',
    adam: 'Adam',
  },
  params: {
    /** The slider of an optimiser's learning rate. */
    rate: (optimiser: string) => `η ${optimiser}`,
    iters: 'iterations',
    hidden: 'hidden units',
    layers: 'hidden layers',
    batch: 'batch size',
  },
  racers: 'Optimisers and their learning rates',
  /** The notice before the first run, in pieces around the bold name of the Run button. */
  idle: {
    before: 'Press ',
    run: 'Run',
    after:
      ' to start the race. It trains one network per optimiser on MNIST in a background thread; the progress bar then says how long it takes on your machine.',
  },
  noRacers: 'Switch on at least one optimiser to start the race.',
  diverged: (optimiser: string, at: number | null, lr: number) =>
    `${optimiser} diverged at iteration ${at} (the loss became NaN or infinite): its learning rate ${lr} is too high. Its curve stops there.`,
  iteration: 'iteration',
  lossAxis: 'training loss (mean of 10 minibatches)',
  lossAria: 'Training loss of each optimiser by iteration',
  caption: (widths: string, batch: number) =>
    `A 784-${widths}-10 ReLU network (He initialisation), the same initial weights and the same minibatches of ${batch} for every optimiser, on the course's 7,996 training digits. Each point is the mean minibatch loss over 10 iterations.`,
  slowest: (iterations: number, optimiser: string, loss: string) =>
    `After ${iterations} iterations the slowest is ${optimiser} (mean loss over the last quarter ${loss}).`,
  tableCaption: 'Training loss by iteration, one column per optimiser',
  columns: {
    iteration: 'iteration',
    loss: (optimiser: string) => `${optimiser} loss`,
  },
  summaryCaption:
    'Summary: mean loss over the last quarter of the iterations, first iteration with loss below 0.5, accuracy on 1,000 test images',
  summaryColumns: {
    optimiser: 'optimiser',
    lr: 'η',
    tailLoss: 'last-quarter loss',
    toHalf: 'iterations to loss < 0.5',
    testAccuracy: 'test accuracy',
    diverged: 'diverged',
  },
  notReached: 'not reached',
  divergedAt: (at: number | null) => `at iteration ${at}`,
  notDiverged: 'no',
};
