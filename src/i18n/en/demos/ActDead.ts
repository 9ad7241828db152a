/** Dead ReLUs (src/demos/ActDead.svelte): its words in English. */
export default {
  title: 'Dead ReLUs',
  params: {
    act: 'activation',
    actOptions: { relu: 'ReLU', leaky_relu: 'Leaky ReLU', prelu: 'PReLU (learned α)' },
    lr: 'learning rate',
    bias: 'bias at init',
    alpha: 'negative slope α',
    alphaHint: "Leaky ReLU's slope, PReLU's starting slope (ReLU ignores it)",
    hidden: 'hidden units',
    iters: 'iterations',
    example: 'example image',
  },
  series: {
    dead: 'dead (zero output and zero gradient on every image)',
    inactive: 'inactive (z ≤ 0 on every image)',
    off: 'off, averaged per image',
    revived: 'revived so far',
    loss: 'training loss',
  },
  /** A unit's status for the chosen image: on, off for it only, and off for all (ReLU or not). */
  status: {
    on: 'on for this image',
    offHere: 'off for this image only',
    dead: 'dead: off for every image',
    inactive: 'inactive on every image (still gets gradient)',
  },
  diverged:
    "The run diverged (the loss became NaN or infinite) and stopped; lower the learning rate. PReLU's learned slopes make it diverge at lower rates than ReLU.",
  iteration: 'iteration',
  fractionOfUnits: 'fraction of hidden units',
  fractionAria: 'Fraction of dead, inactive, off-per-image and revived hidden units over training',
  trainingLoss: 'training loss',
  lossAria: 'Training loss over iterations',
  /** `allWhat`: deadForAll or inactiveOnAll. */
  unitsTitle: (image: number, on: number, offHere: number, all: number, allWhat: string) =>
    `Hidden units for image ${image}: ${on} on, ${offHere} off for this image only, ${all} ${allWhat}`,
  deadForAll: 'dead for all images',
  inactiveOnAll: 'inactive on all images',
  stripAria: (hidden: number, image: number) => `Status of each of the ${hidden} hidden units for image ${image}`,
  unitTitle: (unit: number, status: string) => `unit ${unit}: ${status}`,
  slopes: (mean: string, min: string, max: string, start: number) =>
    `Learned slopes α: mean ${mean}, from ${min} to ${max} (started at ${start}).`,
  caption: (hidden: number) =>
    `784-${hidden}-10 network, He initialisation, plain SGD on 1,000 MNIST images, batch 32; every 10 iterations each hidden unit is checked on all 1,000 images.`,
  atEnd: (dead: string, inactive: string, revived: string, accuracy: string) =>
    `At the end: ${dead} dead, ${inactive} inactive on every image, ${revived} revived, training accuracy ${accuracy}.`,
  fractionsCaption: 'Unit fractions, mean slope, loss and accuracy by iteration',
  fractionsColumns: {
    iteration: 'iteration',
    dead: 'dead',
    inactive: 'inactive',
    off: 'off per image',
    revived: 'revived',
    alpha: 'mean α',
    loss: 'loss',
    acc: 'accuracy',
  },
  unitsCaption: (image: number) => `Each hidden unit for image ${image}`,
  unitsColumns: {
    unit: 'unit',
    status: 'status',
    alpha: 'learned α (PReLU)',
  },
};
